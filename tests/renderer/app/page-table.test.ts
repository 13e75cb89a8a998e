import { isValidElement, type ComponentType } from 'react';
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PAGE_CODE, PAGE_ROUTES, pagesAt, type Page, type PageRoute } from '../../../renderer/src/app/page-table';
import { routes } from '../../../renderer/src/app/routes';

/** The pages the router itself draws for a path (each page component is named Page(<page>)). */
function routedPages(path: string): string[] {
  return (matchRoutes(routes, path) ?? []).flatMap(({ route }) => {
    const element = route.element;
    if (!isValidElement(element)) return [];
    const name = (element.type as ComponentType).displayName ?? '';
    return name.startsWith('Page(') ? [name.slice(5, -1)] : [];
  });
}

describe('page table', () => {
  it.each<[string, Page[]]>([
    ['', ['home']],
    ['#/', ['home']],
    ['#/customers', ['customers']],
    ['#/customers/', ['customers']],
    ['#/customers/12', ['customer']],
    ['#/tickets', ['tickets']],
    ['#/tickets/mine', ['tickets']],
    ['#/tickets/new', ['intake']],
    ['#/tickets/7', ['ticket']],
    ['#/warranty', ['warranty', 'checkWarranty']],
    ['#/warranty/cards?q=WC-1', ['warranty', 'cards']],
    ['#/warranty/products', ['warranty', 'products']],
    ['#/warranty/cards/3', ['card']],
    ['#/warranty/products/3', ['product']],
    ['#/payments', ['payments']],
    ['#/parts', ['comingSoon']],
    ['#/reports', ['comingSoon']],
    ['#/settings?tab=staff', ['settings']],
    ['#/nowhere', []],
  ])('%s shows %j, as preloaded and as routed', (hash, pages) => {
    expect(pagesAt(hash)).toEqual(pages);
    expect(routedPages(hash.replace(/^#/, '').split('?')[0] || '/')).toEqual(pages);
  });

  it('every page with code is reachable by some route', () => {
    const routed = new Set<Page>();
    const walk = (list: readonly PageRoute[]): void =>
      list.forEach((r) => {
        routed.add(r.page);
        if (r.children) walk(r.children);
      });
    walk(PAGE_ROUTES);
    expect([...routed].sort()).toEqual(Object.keys(PAGE_CODE).sort());
  });
});
