import { AppError } from '../../../shared/api/errors';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { Receipt } from '../../../shared/schemas/payment-types';
import { paymentKey } from '../../../shared/schemas/payment';
import { insertReceiptInvoice, receiptHasInvoice } from '../../../db/queries/receipt-invoices';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { activeStaff, invalidInput, mustGetReceipt, shopClock } from '../guards';

/**
 * Records the official invoice (发票) issued elsewhere for a receipt's payment. The receipt itself
 * is never changed: the record sits beside it, is printed on it and finds it in the search.
 */
export function recordReceiptInvoice(ctx: HandlerContext, input: MethodParsedInput<'receipts.recordInvoice'>): Receipt {
  const clock = shopClock(ctx);
  const staff = activeStaff(ctx, input.staffId);
  const receipt = mustGetReceipt(ctx, input.id);
  if (receipt.voidAt !== null)
    throw new AppError('receipt_is_void', `${receipt.receiptNo} is void`, { receiptNo: receipt.receiptNo });
  if (receiptHasInvoice(ctx.db, receipt.id, input.number))
    throw invalidInput([{ path: ['number'], message: paymentKey('invoiceRecorded') }]);
  const id = insertReceiptInvoice(ctx.db, {
    receiptId: receipt.id,
    kind: input.kind,
    number: input.number,
    at: clock.now,
    staffId: staff.id,
  });
  recordAudit(ctx.db, {
    at: clock.now,
    actor: staff.name,
    action: 'create',
    entity: 'receipt_invoice',
    entityId: id,
    after: { receiptNo: receipt.receiptNo, kind: input.kind, number: input.number },
  });
  return mustGetReceipt(ctx, receipt.id);
}
