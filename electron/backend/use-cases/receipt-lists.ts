import type { MethodParsedInput } from '../../../shared/api/contract';
import type { ReceiptListItem } from '../../../shared/schemas/payment-types';
import { receiptsOfCustomer, receiptsOfDay, receiptsOfTicket, searchReceiptNumbers } from '../../../db/queries/receipt-list';
import type { HandlerContext } from '../context';
import { shopClock } from '../guards';

/** Receipts and credit notes by number, of a ticket, of a customer, or of a day. */
export function listReceipts(ctx: HandlerContext, input: MethodParsedInput<'receipts.list'>): ReceiptListItem[] {
  if (input.q) return searchReceiptNumbers(ctx.db, input.q, input.limit);
  if (input.ticketId) return receiptsOfTicket(ctx.db, input.ticketId, input.limit);
  if (input.customerId) return receiptsOfCustomer(ctx.db, input.customerId, input.limit);
  // No filter: the shop's today, by the main process's clock.
  return receiptsOfDay(ctx.db, input.day || shopClock(ctx).today, input.limit);
}
