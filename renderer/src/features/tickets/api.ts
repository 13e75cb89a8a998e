import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { MethodInput } from '@shared/api/contract';
import type { TicketListInput, TicketForm } from '@shared/schemas/ticket';
import type { Ticket } from '@shared/schemas/ticket-types';
import type { PaperFormat } from '@shared/schemas/print';
import type { Language } from '@shared/i18n/languages';

import { PAGE_SIZE, ticketKeys } from './keys';
import { refreshAfter } from '../../api/refresh';

export { PAGE_SIZE, ticketKeys };

/** Pages of a queue, loaded as the list scrolls; the previous rows stay while a filter changes. */
export function useTicketPages(filter: Omit<TicketListInput, 'cursor' | 'limit'>) {
  return useInfiniteQuery({
    queryKey: ticketKeys.list(filter),
    queryFn: ({ pageParam }) => call('tickets.list', { ...filter, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

/** A short list (a customer's or a product's tickets). */
export function useTicketList(filter: Omit<TicketListInput, 'cursor'>) {
  return useQuery({ queryKey: ticketKeys.list(filter), queryFn: () => call('tickets.list', filter) });
}

export function useTicket(id: number) {
  return useQuery({ queryKey: ticketKeys.detail(id), queryFn: () => call('tickets.get', { id }) });
}

export function useTicketCounts() {
  // Fresh each time home is shown again (saves invalidate them anyway); the few seconds keep the
  // counts main.tsx asked for with the settings (app/early-data.ts) from being asked for again.
  return useQuery({ queryKey: ticketKeys.counts, queryFn: () => call('tickets.counts', {}), staleTime: 5_000 });
}

type TicketCommand =
  | 'tickets.create'
  | 'tickets.transition'
  | 'tickets.updateWork'
  | 'tickets.reassess'
  | 'tickets.pickup'
  | 'quotes.issue'
  | 'quotes.decide';

/** Any command that returns the ticket: the page shows the answer at once, the queues refresh. */
export function useTicketCommand<K extends TicketCommand>(method: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<K>) => call(method, input) as Promise<Ticket>,
    onSuccess: (ticket) => {
      client.setQueryData(ticketKeys.detail(ticket.id), ticket);
      refreshAfter(client, method);
    },
  });
}

export function useTicketPdf(
  id: number,
  form: TicketForm,
  format: PaperFormat,
  language: Language | null,
  quoteId: number | null,
  enabled: boolean,
) {
  return useQuery({
    queryKey: ['tickets', 'print', id, form, format, language, quoteId],
    queryFn: () => call('tickets.print', { id, form, format, language, quoteId }),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}
