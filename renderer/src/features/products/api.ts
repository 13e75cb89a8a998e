import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import type { ProductFieldsInput, ProductUpdateInput } from '@shared/schemas/product';

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

/** Everything a product change can show up in: lists, cards, searches, the check panel. */
export function invalidateWarrantyData(client: ReturnType<typeof useQueryClient>) {
  for (const key of [productKeys.all, ['warrantyCards'], ['warranty.lookup'], ['search.global'], ['numbering']]) {
    void client.invalidateQueries({ queryKey: key });
  }
}

export function useSaveProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ProductFieldsInput | ProductUpdateInput) =>
      'id' in input ? call('products.update', input) : call('products.create', input),
    onSuccess: (product) => {
      client.setQueryData(productKeys.detail(product.id), product);
      invalidateWarrantyData(client);
    },
  });
}
