import type { Handlers } from '../dispatcher';
import { printReceiptForm } from '../documents/receipt-forms';
import { mustGetReceipt } from '../guards';
import { refundReceipt, voidReceipt } from '../use-cases/receipt-corrections';
import { listReceipts } from '../use-cases/receipt-lists';

export const receiptHandlers = {
  'receipts.get': (ctx, input) => mustGetReceipt(ctx, input.id),
  'receipts.list': listReceipts,
  'receipts.void': voidReceipt,
  'receipts.refund': refundReceipt,
  'receipts.print': (ctx, input) => printReceiptForm(ctx, mustGetReceipt(ctx, input.id), input),
} satisfies Partial<Handlers>;
