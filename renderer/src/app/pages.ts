/*
 * Where each page's code is loaded from. routes.tsx makes lazy components of these; main.tsx
 * calls the one for the address being opened right away (preloadPage), so the page's chunk
 * downloads and compiles while the app's does, instead of after the app has rendered.
 * import() runs a module once: the lazy component then finds it already loaded.
 */

export const pages = {
  home: () => import('../features/home/HomePage'),
  customers: () => import('../features/customers/CustomersPage'),
  customer: () => import('../features/customers/CustomerDetailPage'),
  settings: () => import('../features/settings/SettingsPage'),
  comingSoon: () => import('../features/coming-soon/ComingSoon'),
  warranty: () => import('../features/warranty/WarrantyLayout'),
  checkWarranty: () => import('../features/warranty/CheckWarrantyPage'),
  cards: () => import('../features/warranty/CardsPage'),
  card: () => import('../features/warranty/CardDetailPage'),
  products: () => import('../features/products/ProductsPage'),
  product: () => import('../features/products/ProductDetailPage'),
  tickets: () => import('../features/tickets/TicketsPage'),
  ticket: () => import('../features/tickets/TicketPage'),
  intake: () => import('../features/tickets/intake/IntakePage'),
  payments: () => import('../features/payments/PaymentsPage'),
} as const;

type Page = keyof typeof pages;

/** Hash paths (as routes.tsx declares them) → the pages they show; the first match wins. */
const BY_PATH: readonly [RegExp, readonly Page[]][] = [
  [/^\/?$/, ['home']],
  [/^\/customers\/?$/, ['customers']],
  [/^\/customers\/[^/]+/, ['customer']],
  [/^\/tickets(\/mine)?\/?$/, ['tickets']],
  [/^\/tickets\/new/, ['intake']],
  [/^\/tickets\/[^/]+/, ['ticket']],
  [/^\/warranty\/?$/, ['warranty', 'checkWarranty']],
  [/^\/warranty\/cards\/?$/, ['warranty', 'cards']],
  [/^\/warranty\/products\/?$/, ['warranty', 'products']],
  [/^\/warranty\/cards\/[^/]+/, ['card']],
  [/^\/warranty\/products\/[^/]+/, ['product']],
  [/^\/payments/, ['payments']],
  [/^\/settings/, ['settings']],
];

/** Starts loading the page(s) a hash address such as '#/customers' will show. */
export function preloadPage(hash: string): void {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const found = BY_PATH.find(([pattern]) => pattern.test(path));
  // A failed preload is not an error: the route loads (and reports) it again when rendered.
  for (const page of found?.[1] ?? []) pages[page]().catch(() => {});
}
