/*
 * Loading each page's code (page-table.ts says where from). routes.tsx makes components of these
 * that load on first visit; main.tsx loads the one for the address being opened right away (preloadPage), so the
 * page's chunk downloads and compiles while the app's does, and waits for it before the first
 * render: the page is then drawn with the shell, in the same render (loadedPage), instead of a
 * spinner first.
 */

import { PAGE_CODE, pagesAt, type Page, type PageModule } from './page-table';

export type { Page, PageModule };

/**
 * antd's rules the first screen leaves out (antd-first.css has those it draws: the shell, home
 * and customers). Anything else that draws antd components waits for them: the other pages
 * (loadPage) and the dialogs home and customers open.
 */
export function loadRestStyles(): Promise<unknown> {
  return import('./antd-rest');
}

/** Pages drawn with the first screen's stylesheet alone (see renderer/build/split-antd-css.ts). */
const FIRST_SCREEN_STYLES: ReadonlySet<Page> = new Set<Page>(['home', 'customers', 'comingSoon']);

/** Pages whose code has loaded: PageModule<P> under key P. */
const loaded = new Map<Page, unknown>();

/**
 * Loads a page's code, and the rest of antd's stylesheet for a page that needs it (import() runs
 * a module once; later calls get the same module).
 */
export function loadPage<P extends Page>(page: P): Promise<PageModule<P>> {
  const code = PAGE_CODE[page]() as Promise<PageModule<P>>;
  const styles = FIRST_SCREEN_STYLES.has(page) ? undefined : loadRestStyles();
  return Promise.all([code, styles]).then(([module]) => {
    loaded.set(page, module);
    return module;
  });
}

/** The page's module if its code has already loaded, so it can render without suspending. */
export function loadedPage<P extends Page>(page: P): PageModule<P> | undefined {
  return loaded.get(page) as PageModule<P> | undefined;
}

/**
 * Starts loading the page(s) a hash address such as '#/customers' will show; settles (never
 * rejects) once they are loaded. A failed preload is not an error: the route loads (and reports)
 * it again when rendered.
 */
export async function preloadPage(hash: string): Promise<void> {
  await Promise.allSettled(pagesAt(hash).map((page) => loadPage(page)));
}

/**
 * Loads code the user is likely to need next, one module at a time while the browser is idle
 * (after the first screen): a first visit to another page then does not wait for its code and
 * libraries, which the first screen deliberately left out. Failures are ignored (a page loads,
 * and reports, its code again when visited).
 */
export function prefetchWhenIdle(load: readonly (() => Promise<unknown>)[]): void {
  const queue = [...load];
  const next = (): void => {
    const item = queue.shift();
    if (item) whenIdle(() => void item().then(next, next));
  };
  next();
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 50);
}

/** The rest of antd's stylesheet, then every page not loaded yet, the likeliest first. */
export function prefetchPages(): void {
  prefetchWhenIdle([
    loadRestStyles,
    ...(Object.keys(PAGE_CODE) as Page[]).filter((page) => !loaded.has(page)).map((page) => () => loadPage(page)),
  ]);
}
