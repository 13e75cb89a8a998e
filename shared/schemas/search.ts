import { z } from './zod';
import type { CustomerListItem } from './customer';
import type { ProductListItem } from './product';
import type { WarrantyCardListItem } from './warranty';
import type { TicketListItem } from './ticket-types';
import type { ReceiptListItem } from './payment-types';

export const globalSearchSchema = z.object({
  q: z.string().max(200),
  limit: z.number().int().min(1).max(50).default(8),
});

/**
 * Grouped: customers by name or phone, products by serial or model, warranty cards and repair
 * tickets by number (a scanned QR code is the whole number).
 */
export interface GlobalSearchResult {
  q: string;
  customers: CustomerListItem[];
  products: ProductListItem[];
  cards: WarrantyCardListItem[];
  tickets: TicketListItem[];
  /** Receipts and credit notes by number. */
  receipts: ReceiptListItem[];
}
