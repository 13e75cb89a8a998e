import type { Handlers } from '../dispatcher';
import { printReceiptForm } from '../documents/receipt-forms';
import { mustGetReceipt } from '../guards';
import { refundReceipt, voidReceipt } from '../use-cases/receipt-corrections';
import { listReceipts } from '../use-cases/receipt-lists';
import { recordReceiptInvoice } from '../use-cases/receipt-invoices';

export const receiptHandlers = {
  'receipts.get': (ctx, input) => mustGetReceipt(ctx, input.id),
  'receipts.list': listReceipts,
  'receipts.void': voidReceipt,
  'receipts.refund': refundReceipt,
  'receipts.recordInvoice': recordReceiptInvoice,
  'receipts.print': (ctx, input) => printReceiptForm(ctx, mustGetReceipt(ctx, input.id), input),
} satisfies Partial<Handlers>;
