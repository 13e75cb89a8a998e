import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { MethodInput } from '@shared/api/contract';
import type { PaperFormat } from '@shared/schemas/print';
import type { Language } from '@shared/i18n/languages';
import type { NumberSeriesUpdateInput } from '@shared/numbering/pattern';
import type { PolicySaveInput, WarrantyCard } from '@shared/schemas/warranty';
import { refreshAfter } from '../../api/refresh';

export const cardKeys = {
  all: ['warrantyCards'] as const,
  list: (filter: { customerId?: number | null; productId?: number | null; q?: string }) =>
    ['warrantyCards', 'list', filter.customerId ?? null, filter.productId ?? null, filter.q ?? ''] as const,
  detail: (id: number) => ['warrantyCards', 'detail', id] as const,
  print: (id: number, format: PaperFormat, language: Language | null) =>
    ['warrantyCards', 'print', id, format, language] as const,
};

export const policiesKey = ['policies'] as const;
export const numberingKey = ['numbering'] as const;

export function usePolicies() {
  return useQuery({ queryKey: policiesKey, queryFn: () => call('policies.list', {}), staleTime: 5 * 60_000 });
}

export function useCards(filter: { customerId?: number | null; productId?: number | null; q?: string }) {
  return useQuery({
    queryKey: cardKeys.list(filter),
    queryFn: () => call('warrantyCards.list', { ...filter, limit: 200 }),
    placeholderData: keepPreviousData,
  });
}

export function useCard(id: number) {
  return useQuery({ queryKey: cardKeys.detail(id), queryFn: () => call('warrantyCards.get', { id }) });
}

/** The card's PDF; made again when the paper or the language changes. */
export function useCardPdf(id: number, format: PaperFormat, language: Language | null, enabled: boolean) {
  return useQuery({
    queryKey: cardKeys.print(id, format, language),
    queryFn: () => call('warrantyCards.print', { id, format, language }),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

/** Products (with card and policy) for a scanned serial, card number or phone, or one product. */
export function useWarrantyLookup(input: { q: string; productId: number | null }) {
  return useQuery({
    queryKey: ['warranty.lookup', input.q, input.productId],
    queryFn: () => call('warranty.lookup', { q: input.q, productId: input.productId }),
    enabled: input.q.trim() !== '' || input.productId !== null,
    staleTime: 0,
  });
}

function useCardMutation<K extends 'warrantyCards.issue' | 'warrantyCards.void' | 'warrantyCards.transfer'>(method: K) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<K>) => call(method, input) as Promise<WarrantyCard>,
    onSuccess: (card) => {
      client.setQueryData(cardKeys.detail(card.id), card);
      refreshAfter(client, method);
    },
  });
}

export const useIssueCard = () => useCardMutation('warrantyCards.issue');
export const useVoidCard = () => useCardMutation('warrantyCards.void');
export const useTransferCard = () => useCardMutation('warrantyCards.transfer');

export function useNumbering() {
  return useQuery({ queryKey: numberingKey, queryFn: () => call('numbering.list', {}), staleTime: 0 });
}

export function useUpdateNumbering() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NumberSeriesUpdateInput) => call('numbering.update', input),
    onSuccess: () => refreshAfter(client, 'numbering.update'),
  });
}

export function useSavePolicy() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ input, isNew }: { input: PolicySaveInput; isNew: boolean }) =>
      isNew ? call('policies.create', input) : call('policies.update', input),
    onSuccess: (_policy, { isNew }) => refreshAfter(client, isNew ? 'policies.create' : 'policies.update'),
  });
}
