/* Query keys and page size of the ticket queries: on their own so main.tsx's early requests
   (app/early-data.ts) can use them without loading the query hooks. */
import type { TicketListInput } from '@shared/schemas/ticket';

export const ticketKeys = {
  all: ['tickets'] as const,
  list: (filter: TicketListInput) => ['tickets', 'list', filter] as const,
  detail: (id: number) => ['tickets', 'detail', id] as const,
  counts: ['tickets', 'counts'] as const,
};

export const PAGE_SIZE = 100;
