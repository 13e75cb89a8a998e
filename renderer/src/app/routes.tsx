import { createElement, lazy, useState, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { PAGE_ROUTES, type Page, type PageModule, type PageRoute, type PropsOf } from './page-table';
import { loadPage, loadedPage } from './pages';

/*
 * The router, built from page-table.ts. Every page is its own chunk (pages.ts), loaded on first visit: the first screen evaluates the
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

/** Each page's component; the compiler checks it takes the props page-table.ts gives it. */
const COMPONENTS: { [P in Page]: ComponentType<PropsOf<P>> } = {
  home: pageComponent('home', (m) => m.HomePage),
  customers: pageComponent('customers', (m) => m.CustomersPage),
  customer: pageComponent('customer', (m) => m.CustomerDetailPage),
  tickets: pageComponent('tickets', (m) => m.TicketsPage),
  intake: pageComponent('intake', (m) => m.IntakePage),
  ticket: pageComponent('ticket', (m) => m.TicketPage),
  warranty: pageComponent('warranty', (m) => m.WarrantyLayout),
  checkWarranty: pageComponent('checkWarranty', (m) => m.CheckWarrantyPage),
  cards: pageComponent('cards', (m) => m.CardsPage),
  card: pageComponent('card', (m) => m.CardDetailPage),
  products: pageComponent('products', (m) => m.ProductsPage),
  product: pageComponent('product', (m) => m.ProductDetailPage),
  payments: pageComponent('payments', (m) => m.PaymentsPage),
  settings: pageComponent('settings', (m) => m.SettingsPage),
  comingSoon: pageComponent('comingSoon', (m) => m.ComingSoon),
};

/**
 * One route per table entry. The element is keyed by its path, so two addresses that show the
 * same page (the counter's queue and "mine") each mount their own.
 */
function toRoute(route: PageRoute): RouteObject {
  const component = COMPONENTS[route.page] as ComponentType<object>;
  const element = createElement(component, { key: route.path || 'index', ...route.props });
  const children = route.children?.map(toRoute);
  return route.path ? { path: route.path, element, children } : { index: true, element };
}

export const routes: RouteObject[] = [{ path: '/', element: <AppShell />, children: PAGE_ROUTES.map(toRoute) }];
