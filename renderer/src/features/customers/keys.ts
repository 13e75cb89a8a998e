/* Query keys and page size of the customer queries: on their own so main.tsx's early requests
   (app/early-data.ts) can use them without loading the query hooks. */

export const customerKeys = {
  all: ['customers'] as const,
  list: (q: string) => ['customers', 'list', q] as const,
  /** The total alone (home screen). */
  count: ['customers', 'count'] as const,
  detail: (id: number) => ['customers', 'detail', id] as const,
  phoneOwners: (phone: string, excludeId: number | null) => ['customers', 'phoneOwners', phone, excludeId] as const,
};

export const PAGE_SIZE = 100;
