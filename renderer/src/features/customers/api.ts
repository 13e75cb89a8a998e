import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { CustomerCreateInput, CustomerUpdateInput } from '@shared/schemas/customer';

import { customerKeys, PAGE_SIZE } from './keys';
import { refreshAfter } from '../../api/refresh';

export { customerKeys, PAGE_SIZE };

/** Pages of customers, newest first, filtered by `q`; loaded as the list scrolls. */
export function useCustomerPages(q: string) {
  return useInfiniteQuery({
    queryKey: customerKeys.list(q),
    queryFn: ({ pageParam }) => call('customers.list', { q, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // Keep showing the previous rows while a new filter loads: no flashing while typing.
    placeholderData: keepPreviousData,
  });
}

export function useCustomer(id: number) {
  return useQuery({ queryKey: customerKeys.detail(id), queryFn: () => call('customers.get', { id }) });
}

export function usePhoneOwners(phone: string, excludeId: number | null) {
  return useQuery({
    queryKey: customerKeys.phoneOwners(phone, excludeId),
    queryFn: () => call('customers.phoneOwners', { phone, excludeId }),
    enabled: phone.replace(/\D/g, '').length >= 5,
    staleTime: 0,
  });
}

export function useSaveCustomer() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CustomerCreateInput | CustomerUpdateInput) =>
      'id' in input ? call('customers.update', input) : call('customers.create', input),
    onSuccess: (customer, input) => {
      client.setQueryData(customerKeys.detail(customer.id), customer);
      refreshAfter(client, 'id' in input ? 'customers.update' : 'customers.create');
    },
  });
}
