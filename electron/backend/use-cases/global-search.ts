import type { MethodParsedInput } from '../../../shared/api/contract';
import type { GlobalSearchResult } from '../../../shared/schemas/search';
import { searchCustomers } from '../../../db/queries/customers';
import { searchProducts } from '../../../db/queries/products';
import { searchReceiptNumbers } from '../../../db/queries/receipt-list';
import { searchTickets } from '../../../db/queries/ticket-search';
import { searchCards } from '../../../db/queries/warranty-cards';
import type { HandlerContext } from '../context';

/** The search box at the top: the same text against customers, products, cards, tickets and receipt numbers. */
export function globalSearch(ctx: HandlerContext, input: MethodParsedInput<'search.global'>): GlobalSearchResult {
  return {
    q: input.q,
    customers: searchCustomers(ctx.db, input.q, input.limit),
    products: searchProducts(ctx.db, input.q, input.limit),
    cards: searchCards(ctx.db, input.q, input.limit),
    tickets: searchTickets(ctx.db, input.q, input.limit, ctx.now()),
    receipts: searchReceiptNumbers(ctx.db, input.q, input.limit),
  };
}
