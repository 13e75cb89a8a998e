import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { ProductFieldsInput, ProductUpdateInput } from '@shared/schemas/product';
import { refreshAfter } from '../../api/refresh';

export const productKeys = {
  all: ['products'] as const,
  list: (customerId: number | null, q: string) => ['products', 'list', customerId, q] as const,
  detail: (id: number) => ['products', 'detail', id] as const,
};

/** Products of a customer, or all; filtered by serial (whole, end, part) or model. */
export function useProducts(options: { customerId?: number | null; q?: string }) {
  const customerId = options.customerId ?? null;
  const q = options.q ?? '';
  return useQuery({
    queryKey: productKeys.list(customerId, q),
    queryFn: () => call('products.list', { customerId, q, limit: 200 }),
    placeholderData: keepPreviousData,
  });
}

export function useProduct(id: number) {
  return useQuery({ queryKey: productKeys.detail(id), queryFn: () => call('products.get', { id }) });
}

export function useSaveProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProductFieldsInput | ProductUpdateInput) =>
      'id' in input ? call('products.update', input) : call('products.create', input),
    onSuccess: (product, input) => {
      client.setQueryData(productKeys.detail(product.id), product);
      refreshAfter(client, 'id' in input ? 'products.update' : 'products.create');
    },
  });
}
