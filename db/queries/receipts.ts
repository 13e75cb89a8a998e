import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import type { Discount, LineTotals, TaxSetting } from '../../shared/quotes/totals';
import type { PaymentMethod, ReceiptPurpose } from '../../shared/receipts/methods';
import type { PaymentPart } from '../../shared/receipts/settle';
import type { CanonicalValue } from '../../shared/receipts/canonical';
import type { CreditNote, Receipt } from '../../shared/schemas/payment-types';
import type { Currency } from '../../shared/schemas/settings';
import { foldSerial, reverseText } from '../../shared/text/serial';
import { invoicesOfReceipt } from './receipt-invoices';
import { statements } from './statements';

/*
 * Receipts and their payments. Rows are written once (the triggers of migration 0008 refuse
 * any later change except the void stamp); everything shown or printed is read back from them.
 */

export interface NewReceipt {
  receiptNo: string;
  ticketId: number | null;
  customerId: number | null;
  purpose: ReceiptPurpose;
  currency: Currency;
  lines: LineTotals[];
  discount: Discount;
  tax: TaxSetting;
  subtotal: number;
  freeValue: number;
  discountAmount: number;
  taxAmount: number;
  total: number;
  amount: number;
  changeGiven: number;
  creditAdded: number;
  paidBefore: number;
  balanceAfter: number;
  note: string;
  issuedAt: number;
  issuedOn: string;
  staffId: number;
  payments: readonly PaymentPart[];
}

interface ReceiptRow {
  id: number;
  receipt_no: string;
  ticket_id: number | null;
  customer_id: number | null;
  purpose: ReceiptPurpose;
  currency: Currency;
  lines: string;
  discount: string;
  tax: string;
  subtotal: number;
  free_value: number;
  discount_amount: number;
  tax_amount: number;
  total: number;
  amount: number;
  change_given: number;
  credit_added: number;
  paid_before: number;
  balance_after: number;
  note: string;
  issued_at: number;
  issued_on: string;
  staff_id: number;
  void_at: number | null;
  void_reason: string | null;
  void_by: number | null;
}

interface DetailRow extends ReceiptRow {
  ticket_no: string | null;
  customer_name: string | null;
  staff_name: string;
  void_by_name: string | null;
}

interface PaymentRow {
  method: PaymentMethod;
  amount: number;
  tendered: number | null;
  reference: string;
}

interface CreditRow {
  id: number;
  credit_no: string;
  receipt_id: number;
  receipt_no: string;
  amount: number;
  method: PaymentMethod;
  reference: string;
  reason: string;
  currency: Currency;
  issued_at: number;
  issued_on: string;
  staff_id: number;
  staff_name: string;
  ticket_id: number | null;
  customer_id: number | null;
}

const sql = statements((db: Database.Database) => ({
  insert: db.prepare(
    `INSERT INTO receipts(receipt_no, receipt_no_fold, receipt_no_rev, ticket_id, customer_id, purpose, currency, lines,
       discount, tax, subtotal, free_value, discount_amount, tax_amount, total, amount, change_given, credit_added,
       paid_before, balance_after, note, issued_at, issued_on, staff_id)
     VALUES (@receiptNo, @fold, @rev, @ticketId, @customerId, @purpose, @currency, @lines, @discount, @tax, @subtotal,
       @freeValue, @discountAmount, @taxAmount, @total, @amount, @changeGiven, @creditAdded, @paidBefore, @balanceAfter,
       @note, @issuedAt, @issuedOn, @staffId)`,
  ),
  payment: db.prepare(
    'INSERT INTO receipt_payments(receipt_id, position, method, amount, tendered, reference) VALUES (?, ?, ?, ?, ?, ?)',
  ),
  row: db.prepare('SELECT * FROM receipts WHERE id = ?'),
  detail: db.prepare(
    `SELECT r.*, t.ticket_no, c.name AS customer_name, s.name AS staff_name, v.name AS void_by_name
     FROM receipts r LEFT JOIN tickets t ON t.id = r.ticket_id LEFT JOIN customers c ON c.id = r.customer_id
       JOIN staff s ON s.id = r.staff_id LEFT JOIN staff v ON v.id = r.void_by
     WHERE r.id = ?`,
  ),
  payments: db.prepare('SELECT method, amount, tendered, reference FROM receipt_payments WHERE receipt_id = ? ORDER BY position'),
  void: db.prepare('UPDATE receipts SET void_at = ?, void_reason = ?, void_by = ? WHERE id = ? AND void_at IS NULL'),
  insertCredit: db.prepare(
    `INSERT INTO credit_notes(credit_no, credit_no_fold, credit_no_rev, receipt_id, ticket_id, customer_id, currency, amount,
       method, reference, reason, issued_at, issued_on, staff_id)
     VALUES (@creditNo, @fold, @rev, @receiptId, @ticketId, @customerId, @currency, @amount, @method, @reference, @reason,
       @issuedAt, @issuedOn, @staffId)`,
  ),
  credits: db.prepare(
    `SELECT n.*, r.receipt_no, s.name AS staff_name FROM credit_notes n JOIN receipts r ON r.id = n.receipt_id
       JOIN staff s ON s.id = n.staff_id WHERE n.receipt_id = ? ORDER BY n.id`,
  ),
  credit: db.prepare(
    `SELECT n.*, r.receipt_no, s.name AS staff_name FROM credit_notes n JOIN receipts r ON r.id = n.receipt_id
       JOIN staff s ON s.id = n.staff_id WHERE n.id = ?`,
  ),
  refunded: db.prepare('SELECT coalesce(sum(amount), 0) AS n FROM credit_notes WHERE receipt_id = ?'),
  ticketPaid: db.prepare(
    `SELECT coalesce((SELECT sum(amount - credit_added) FROM receipts WHERE ticket_id = @id AND void_at IS NULL), 0)
          - coalesce((SELECT sum(amount) FROM credit_notes WHERE ticket_id = @id), 0) AS paid`,
  ),
}));

export function insertReceipt(db: AppDb, r: NewReceipt): number {
  const s = sql(db.$client);
  const fold = foldSerial(r.receiptNo);
  const { payments: _payments, ...columns } = r;
  const id = Number(
    s.insert.run({
      ...columns,
      fold,
      rev: reverseText(fold),
      lines: JSON.stringify(r.lines),
      discount: JSON.stringify(r.discount),
      tax: JSON.stringify(r.tax),
    }).lastInsertRowid,
  );
  r.payments.forEach((p, i) => s.payment.run(id, i, p.method, p.amount, p.tendered, p.reference));
  return id;
}

export function getReceiptRow(db: AppDb, id: number): ReceiptRow | undefined {
  return sql(db.$client).row.get(id) as ReceiptRow | undefined;
}

export function receiptPayments(db: AppDb, id: number): PaymentPart[] {
  return (sql(db.$client).payments.all(id) as PaymentRow[]).map((p) => ({ ...p }));
}

export function refundedOn(db: AppDb, receiptId: number): number {
  return (sql(db.$client).refunded.get(receiptId) as { n: number }).n;
}

function toCreditNote(row: CreditRow): CreditNote {
  return {
    id: row.id,
    creditNo: row.credit_no,
    receiptId: row.receipt_id,
    receiptNo: row.receipt_no,
    amount: row.amount,
    method: row.method,
    reference: row.reference,
    reason: row.reason,
    currency: row.currency,
    issuedAt: row.issued_at,
    issuedOn: row.issued_on,
    staffName: row.staff_name,
  };
}

export function getCreditNote(db: AppDb, id: number): CreditNote | undefined {
  const row = sql(db.$client).credit.get(id) as CreditRow | undefined;
  return row ? toCreditNote(row) : undefined;
}

export function getReceipt(db: AppDb, id: number): Receipt | undefined {
  const s = sql(db.$client);
  const row = s.detail.get(id) as DetailRow | undefined;
  if (!row) return undefined;
  const creditNotes = (s.credits.all(id) as CreditRow[]).map(toCreditNote);
  const refunded = creditNotes.reduce((sum, n) => sum + n.amount, 0);
  return {
    id: row.id,
    receiptNo: row.receipt_no,
    purpose: row.purpose,
    ticketId: row.ticket_id,
    ticketNo: row.ticket_no,
    customerId: row.customer_id,
    customerName: row.customer_name,
    currency: row.currency,
    lines: JSON.parse(row.lines) as LineTotals[],
    discount: JSON.parse(row.discount) as Discount,
    tax: JSON.parse(row.tax) as TaxSetting,
    subtotal: row.subtotal,
    freeValue: row.free_value,
    discountAmount: row.discount_amount,
    taxAmount: row.tax_amount,
    total: row.total,
    amount: row.amount,
    changeGiven: row.change_given,
    creditAdded: row.credit_added,
    paidBefore: row.paid_before,
    balanceAfter: row.balance_after,
    note: row.note,
    payments: receiptPayments(db, id),
    issuedAt: row.issued_at,
    issuedOn: row.issued_on,
    staffName: row.staff_name,
    voidAt: row.void_at,
    voidReason: row.void_reason,
    voidByName: row.void_by_name,
    creditNotes,
    invoices: invoicesOfReceipt(db, id),
    refundable: row.void_at === null ? row.amount - refunded : 0,
  };
}

/** Stamps the receipt void (the one change the triggers allow); false if it already was. */
export function stampVoid(db: AppDb, id: number, at: number, reason: string, staffId: number): boolean {
  return sql(db.$client).void.run(at, reason, staffId, id).changes === 1;
}

export interface NewCreditNote {
  creditNo: string;
  receiptId: number;
  ticketId: number | null;
  customerId: number | null;
  currency: Currency;
  amount: number;
  method: PaymentMethod;
  reference: string;
  reason: string;
  issuedAt: number;
  issuedOn: string;
  staffId: number;
}

export function insertCreditNote(db: AppDb, n: NewCreditNote): number {
  const fold = foldSerial(n.creditNo);
  return Number(sql(db.$client).insertCredit.run({ ...n, fold, rev: reverseText(fold) }).lastInsertRowid);
}

/** What a ticket has paid: receipts not void (less any part kept as credit), less refunds. */
export function ticketPaid(db: AppDb, ticketId: number): number {
  return (sql(db.$client).ticketPaid.get({ id: ticketId }) as { paid: number }).paid;
}

/** The receipt as issued, for the hash chain: every column but the void stamp, and its payments. */
export function receiptContent(db: AppDb, id: number): CanonicalValue | null {
  const row = getReceiptRow(db, id);
  if (!row) return null;
  const { void_at: _a, void_reason: _r, void_by: _b, ...issued } = row;
  const payments = receiptPayments(db, id).map((p) => ({ ...p }));
  return { ...issued, payments };
}

/** The void stamp of a receipt, for its 'void' chain entry. */
export function voidContent(db: AppDb, id: number): CanonicalValue | null {
  const row = getReceiptRow(db, id);
  if (!row || row.void_at === null) return null;
  return { receiptNo: row.receipt_no, voidAt: row.void_at, voidReason: row.void_reason, voidBy: row.void_by };
}

export function creditNoteContent(db: AppDb, id: number): CanonicalValue | null {
  const row = sql(db.$client).credit.get(id) as CreditRow | undefined;
  if (!row) return null;
  const { staff_name: _s, receipt_no: _n, ...issued } = row;
  return { ...issued };
}
