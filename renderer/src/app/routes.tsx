import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { pages } from './pages';

/*
 * Every page is its own chunk (pages.ts), loaded on first visit: the first screen evaluates the
 * shell and one page instead of the whole app (AppShell's Suspense shows a spinner meanwhile).
 */
const HomePage = lazy(() => pages.home().then((m) => ({ default: m.HomePage })));
const CustomersPage = lazy(() => pages.customers().then((m) => ({ default: m.CustomersPage })));
const CustomerDetailPage = lazy(() => pages.customer().then((m) => ({ default: m.CustomerDetailPage })));
const SettingsPage = lazy(() => pages.settings().then((m) => ({ default: m.SettingsPage })));
const ComingSoon = lazy(() => pages.comingSoon().then((m) => ({ default: m.ComingSoon })));
const WarrantyLayout = lazy(() => pages.warranty().then((m) => ({ default: m.WarrantyLayout })));
const CheckWarrantyPage = lazy(() => pages.checkWarranty().then((m) => ({ default: m.CheckWarrantyPage })));
const CardsPage = lazy(() => pages.cards().then((m) => ({ default: m.CardsPage })));
const CardDetailPage = lazy(() => pages.card().then((m) => ({ default: m.CardDetailPage })));
const ProductsPage = lazy(() => pages.products().then((m) => ({ default: m.ProductsPage })));
const ProductDetailPage = lazy(() => pages.product().then((m) => ({ default: m.ProductDetailPage })));
const TicketsPage = lazy(() => pages.tickets().then((m) => ({ default: m.TicketsPage })));
const TicketPage = lazy(() => pages.ticket().then((m) => ({ default: m.TicketPage })));
const IntakePage = lazy(() => pages.intake().then((m) => ({ default: m.IntakePage })));
const PaymentsPage = lazy(() => pages.payments().then((m) => ({ default: m.PaymentsPage })));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'customers', element: <CustomersPage /> },
      { path: 'customers/:id', element: <CustomerDetailPage /> },
      { path: 'tickets', element: <TicketsPage key="counter" /> },
      { path: 'tickets/mine', element: <TicketsPage mine key="mine" /> },
      { path: 'tickets/new', element: <IntakePage /> },
      { path: 'tickets/:id', element: <TicketPage /> },
      {
        path: 'warranty',
        element: <WarrantyLayout />,
        children: [
          { index: true, element: <CheckWarrantyPage /> },
          { path: 'cards', element: <CardsPage /> },
          { path: 'products', element: <ProductsPage /> },
        ],
      },
      { path: 'warranty/cards/:id', element: <CardDetailPage /> },
      { path: 'warranty/products/:id', element: <ProductDetailPage /> },
      { path: 'parts', element: <ComingSoon area="parts" /> },
      { path: 'payments', element: <PaymentsPage /> },
      { path: 'reports', element: <ComingSoon area="reports" /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
];
