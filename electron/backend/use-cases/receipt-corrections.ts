import { AppError } from '../../../shared/api/errors';
import { formatMoney } from '../../../shared/money';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { Receipt } from '../../../shared/schemas/payment-types';
import { nextNumber } from '../../../db/queries/numbering';
import { creditNoteContent, insertCreditNote, stampVoid, voidContent } from '../../../db/queries/receipts';
import { appendToChain } from '../../../db/queries/document-chain';
import { addEvent } from '../../../db/queries/tickets';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { activeStaff, mustBeOpenDay, mustGetReceipt, shopClock } from '../guards';

/*
 * Corrections never edit a receipt. A void stamps it (owner only; once; with a reason; the
 * number stays and reprints say VOID) and appends a 'void' entry to the hash chain. A refund is
 * a credit note with its own number in its own series, linked to the receipt.
 */

export function voidReceipt(ctx: HandlerContext, input: MethodParsedInput<'receipts.void'>): Receipt {
  const clock = shopClock(ctx);
  const staff = activeStaff(ctx, input.staffId);
  const receipt = mustGetReceipt(ctx, input.id);
  const params = { receiptNo: receipt.receiptNo };
  if (staff.role !== 'owner') throw new AppError('receipt_void_owner_only', 'only the owner may void a receipt', params);
  if (receipt.voidAt !== null) throw new AppError('receipt_already_void', `${receipt.receiptNo} is already void`, params);
  if (receipt.creditNotes.length > 0)
    throw new AppError('receipt_has_refunds', `${receipt.receiptNo} has refunds`, {
      ...params,
      creditNo: receipt.creditNotes.map((n) => n.creditNo).join(', '),
    });
  // A closed day's figures are final: a receipt from it is corrected by a refund instead.
  mustBeOpenDay(ctx, receipt.issuedOn);
  if (!stampVoid(ctx.db, receipt.id, clock.now, input.reason, staff.id))
    throw new AppError('receipt_already_void', `${receipt.receiptNo} is already void`, params);
  appendToChain(ctx.db, {
    kind: 'void',
    docId: receipt.id,
    docNo: receipt.receiptNo,
    at: clock.now,
    content: voidContent(ctx.db, receipt.id),
  });
  if (receipt.ticketId !== null)
    addEvent(ctx.db, {
      ticketId: receipt.ticketId,
      at: clock.now,
      staffId: staff.id,
      kind: 'void',
      note: input.reason,
      data: { receiptNo: receipt.receiptNo, amount: receipt.amount, currency: receipt.currency },
    });
  recordAudit(ctx.db, {
    at: clock.now,
    actor: staff.name,
    action: 'void',
    entity: 'receipt',
    entityId: receipt.id,
    after: { reason: input.reason },
  });
  return mustGetReceipt(ctx, receipt.id);
}

export function refundReceipt(ctx: HandlerContext, input: MethodParsedInput<'receipts.refund'>): Receipt {
  const clock = shopClock(ctx);
  const staff = activeStaff(ctx, input.staffId);
  const receipt = mustGetReceipt(ctx, input.id);
  const params = { receiptNo: receipt.receiptNo };
  if (receipt.voidAt !== null) throw new AppError('receipt_is_void', `${receipt.receiptNo} is void`, params);
  if (input.amount > receipt.refundable)
    throw new AppError('refund_exceeds_paid', `refund above ${receipt.refundable}`, {
      ...params,
      max: formatMoney(receipt.refundable, receipt.currency),
    });
  mustBeOpenDay(ctx, clock.today);
  const creditNo = nextNumber(ctx.db, 'credit_note', clock.now, clock.timeZone);
  const id = insertCreditNote(ctx.db, {
    creditNo,
    receiptId: receipt.id,
    ticketId: receipt.ticketId,
    customerId: receipt.customerId,
    currency: receipt.currency,
    amount: input.amount,
    method: input.method,
    reference: input.reference,
    reason: input.reason,
    issuedAt: clock.now,
    issuedOn: clock.today,
    staffId: staff.id,
  });
  appendToChain(ctx.db, {
    kind: 'credit_note',
    docId: id,
    docNo: creditNo,
    at: clock.now,
    content: creditNoteContent(ctx.db, id),
  });
  if (receipt.ticketId !== null)
    addEvent(ctx.db, {
      ticketId: receipt.ticketId,
      at: clock.now,
      staffId: staff.id,
      kind: 'refund',
      note: input.reason,
      data: { creditNo, receiptNo: receipt.receiptNo, amount: input.amount, currency: receipt.currency },
    });
  recordAudit(ctx.db, {
    at: clock.now,
    actor: staff.name,
    action: 'refund',
    entity: 'receipt',
    entityId: receipt.id,
    after: { creditNo, amount: input.amount, method: input.method, reason: input.reason },
  });
  return mustGetReceipt(ctx, receipt.id);
}
