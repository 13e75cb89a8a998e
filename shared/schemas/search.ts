import { z } from './zod';
import type { CustomerListItem } from './customer';

export const globalSearchSchema = z.object({
  q: z.string().max(200),
  limit: z.number().int().min(1).max(50).default(8),
});

export interface GlobalSearchResult {
  q: string;
  customers: CustomerListItem[];
}
