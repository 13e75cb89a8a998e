/*
 * The one table of the app's pages. PAGE_CODE says where each page's code is loaded from;
 * PAGE_ROUTES which pages each address shows. routes.tsx builds the router from it, pages.ts
 * preloads and prefetches from it, early-data.ts finds the first screen's requests with it.
 * Nothing heavy is imported here (the page modules are dynamic imports): this module is part of
 * the entry, which must run before any library.
 */

import type { Area } from '../features/coming-soon/ComingSoon';

export const PAGE_CODE = {
  // In the order prefetchPages loads them: the counter's most frequent screens first.
  home: () => import('../features/home/HomePage'),
  customers: () => import('../features/customers/CustomersPage'),
  customer: () => import('../features/customers/CustomerDetailPage'),
  tickets: () => import('../features/tickets/TicketsPage'),
  intake: () => import('../features/tickets/intake/IntakePage'),
  ticket: () => import('../features/tickets/TicketPage'),
  warranty: () => import('../features/warranty/WarrantyLayout'),
  checkWarranty: () => import('../features/warranty/CheckWarrantyPage'),
  cards: () => import('../features/warranty/CardsPage'),
  card: () => import('../features/warranty/CardDetailPage'),
  products: () => import('../features/products/ProductsPage'),
  product: () => import('../features/products/ProductDetailPage'),
  payments: () => import('../features/payments/PaymentsPage'),
  settings: () => import('../features/settings/SettingsPage'),
  comingSoon: () => import('../features/coming-soon/ComingSoon'),
} as const;

export type Page = keyof typeof PAGE_CODE;
export type PageModule<P extends Page> = Awaited<ReturnType<(typeof PAGE_CODE)[P]>>;

/** What a route gives its page besides the address (routes.tsx checks them against the component). */
export interface PageProps {
  tickets: { mine?: boolean };
  comingSoon: { area: Area };
}
export type PropsOf<P extends Page> = P extends keyof PageProps ? PageProps[P] : Record<string, never>;

/** A route: its path under its parent ('' is the parent's own address), the page it draws, and its children. */
export type PageRoute = {
  [P in Page]: { path: string; page: P; children?: readonly PageRoute[] } & (P extends keyof PageProps
    ? { props: PageProps[P] }
    : { props?: undefined });
}[Page];

export const PAGE_ROUTES: readonly PageRoute[] = [
  { path: '', page: 'home' },
  { path: 'customers', page: 'customers' },
  { path: 'customers/:id', page: 'customer' },
  { path: 'tickets', page: 'tickets', props: {} },
  { path: 'tickets/mine', page: 'tickets', props: { mine: true } },
  { path: 'tickets/new', page: 'intake' },
  { path: 'tickets/:id', page: 'ticket' },
  {
    path: 'warranty',
    page: 'warranty',
    children: [
      { path: '', page: 'checkWarranty' },
      { path: 'cards', page: 'cards' },
      { path: 'products', page: 'products' },
    ],
  },
  { path: 'warranty/cards/:id', page: 'card' },
  { path: 'warranty/products/:id', page: 'product' },
  { path: 'parts', page: 'comingSoon', props: { area: 'parts' } },
  { path: 'payments', page: 'payments' },
  { path: 'reports', page: 'comingSoon', props: { area: 'reports' } },
  { path: 'settings', page: 'settings' },
];

/** A route's full path as a pattern: ':param' matches one segment, a trailing '/' is optional. */
function pattern(path: string): RegExp {
  const segments = path.split('/').filter(Boolean);
  const body = segments.map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/');
  return new RegExp(`^/${body}/?$`);
}

/** Every route flattened to its full path and the pages it draws (a layout, then its child). */
const FLAT: readonly { pattern: RegExp; pages: readonly Page[]; static: boolean }[] = (() => {
  const out: { pattern: RegExp; pages: Page[]; static: boolean }[] = [];
  const walk = (routes: readonly PageRoute[], prefix: string, parents: Page[]): void => {
    for (const r of routes) {
      const path = [prefix, r.path].filter(Boolean).join('/');
      if (r.children) walk(r.children, path, [...parents, r.page]);
      else out.push({ pattern: pattern(path), pages: [...parents, r.page], static: !path.includes(':') });
    }
  };
  walk(PAGE_ROUTES, '', []);
  // As the router ranks them: a fixed path ('tickets/new') before a parameter ('tickets/:id').
  return [...out.filter((r) => r.static), ...out.filter((r) => !r.static)];
})();

/** The pages a hash address such as '#/warranty/cards?q=1' shows; [] for an unknown one. */
export function pagesAt(hash: string): readonly Page[] {
  const path = hash.replace(/^#/, '').split('?')[0] || '/';
  return FLAT.find((r) => r.pattern.test(path))?.pages ?? [];
}
