import type { RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { HomePage } from '../features/home/HomePage';
import { CustomersPage } from '../features/customers/CustomersPage';
import { CustomerDetailPage } from '../features/customers/CustomerDetailPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ComingSoon } from '../features/coming-soon/ComingSoon';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'customers', element: <CustomersPage /> },
      { path: 'customers/:id', element: <CustomerDetailPage /> },
      { path: 'tickets', element: <ComingSoon area="tickets" /> },
      { path: 'warranty', element: <ComingSoon area="warranty" /> },
      { path: 'parts', element: <ComingSoon area="parts" /> },
      { path: 'payments', element: <ComingSoon area="payments" /> },
      { path: 'reports', element: <ComingSoon area="reports" /> },
      { path: 'settings', element: <SettingsPage /> },
    ],
  },
];
