import { z } from './zod';
import type { CustomerListItem } from './customer';
import type { ProductListItem } from './product';
import type { WarrantyCardListItem } from './warranty';

export const globalSearchSchema = z.object({
  q: z.string().max(200),
  limit: z.number().int().min(1).max(50).default(8),
});

/** Grouped: customers by name or phone, products by serial or model, warranty cards by number. */
export interface GlobalSearchResult {
  q: string;
  customers: CustomerListItem[];
  products: ProductListItem[];
  cards: WarrantyCardListItem[];
}
