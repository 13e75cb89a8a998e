import { lazy, useState, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { loadPage, loadedPage, type Page, type PageModule } from './pages';

/*
 * Every page is its own chunk (pages.ts), loaded on first visit: the first screen evaluates the
 * shell and one page instead of the whole app (AppShell's Suspense shows a spinner meanwhile).
 */

/**
 * A page component that loads its code on first visit. A page whose code is already there (the
 * one main.tsx loaded before the first render, or one visited before) renders at once, with the
 * shell: React.lazy would suspend even then, and React reveals content that replaces a fallback
 * only 300 ms after the fallback appeared.
 */
function pageComponent<P extends Page, Props extends object>(
  page: P,
  pick: (module: PageModule<P>) => ComponentType<Props>,
): ComponentType<Props> {
  const Lazy = lazy(() => loadPage(page).then((module) => ({ default: pick(module) })));
  function PageComponent(props: Props) {
    // Chosen once per mount: switching from Lazy to the loaded component would remount the page.
    const [Component] = useState<ComponentType<Props>>(() => {
      const module = loadedPage(page);
      return module ? pick(module) : Lazy;
    });
    return <Component {...props} />;
  }
  PageComponent.displayName = `Page(${page})`;
  return PageComponent;
}

const HomePage = pageComponent('home', (m) => m.HomePage);
const CustomersPage = pageComponent('customers', (m) => m.CustomersPage);
const CustomerDetailPage = pageComponent('customer', (m) => m.CustomerDetailPage);
const SettingsPage = pageComponent('settings', (m) => m.SettingsPage);
const ComingSoon = pageComponent('comingSoon', (m) => m.ComingSoon);
const WarrantyLayout = pageComponent('warranty', (m) => m.WarrantyLayout);
const CheckWarrantyPage = pageComponent('checkWarranty', (m) => m.CheckWarrantyPage);
const CardsPage = pageComponent('cards', (m) => m.CardsPage);
const CardDetailPage = pageComponent('card', (m) => m.CardDetailPage);
const ProductsPage = pageComponent('products', (m) => m.ProductsPage);
const ProductDetailPage = pageComponent('product', (m) => m.ProductDetailPage);
const TicketsPage = pageComponent('tickets', (m) => m.TicketsPage);
const TicketPage = pageComponent('ticket', (m) => m.TicketPage);
const IntakePage = pageComponent('intake', (m) => m.IntakePage);
const PaymentsPage = pageComponent('payments', (m) => m.PaymentsPage);

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
