import type { RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { HomePage } from '../features/home/HomePage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { CustomerDetailPage } from '../features/customers/CustomerDetailPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ComingSoon } from '../features/coming-soon/ComingSoon';
import { WarrantyLayout } from '../features/warranty/WarrantyLayout';
import { CheckWarrantyPage } from '../features/warranty/CheckWarrantyPage';
import { CardsPage } from '../features/warranty/CardsPage';
import { CardDetailPage } from '../features/warranty/CardDetailPage';
import { ProductsPage } from '../features/products/ProductsPage';
import { ProductDetailPage } from '../features/products/ProductDetailPage';
import { TicketsPage } from '../features/tickets/TicketsPage';
import { TicketPage } from '../features/tickets/TicketPage';
import { IntakePage } from '../features/tickets/intake/IntakePage';

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
      { path: 'payments', element: <ComingSoon area="payments" /> },
      { path: 'reports', element: <ComingSoon area="reports" /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
];
