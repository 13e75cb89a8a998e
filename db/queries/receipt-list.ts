import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { foldSerial, reverseText } from '../../shared/text/serial';
import { prefixUpperBound } from '../../shared/search/query';
import type { PaymentMethod, ReceiptPurpose } from '../../shared/receipts/methods';
import type { ReceiptListItem } from '../../shared/schemas/payment-types';
import type { Currency } from '../../shared/schemas/settings';
import { statements } from './statements';

/*
 * Lists of receipts and credit notes (one list, each with its own number): today's, a ticket's,
 * a customer's, or by number — the whole number as scanned from the QR code, its start or end.
 */

/** Fewest characters of a number that find documents by its start or end. */
export const RECEIPT_PART_MIN = 3;

interface Row {
  kind: 'receipt' | 'credit_note';
  id: number;
  receipt_id: number;
  number: string;
  purpose: ReceiptPurpose | null;
  ticket_no: string | null;
  customer_name: string | null;
  amount: number;
  methods: string | null;
  currency: Currency;
  issued_at: number;
  void: number;
  invoice_no?: string;
}

const RECEIPT_FIELDS = `'receipt' AS kind, r.id, r.id AS receipt_id, r.receipt_no AS number, r.purpose, t.ticket_no,
  c.name AS customer_name, r.amount, (SELECT group_concat(method) FROM receipt_payments p WHERE p.receipt_id = r.id) AS methods,
  r.currency, r.issued_at, r.void_at IS NOT NULL AS void`;
const RECEIPT_JOINS = `LEFT JOIN tickets t ON t.id = r.ticket_id LEFT JOIN customers c ON c.id = r.customer_id`;
const RECEIPT_COLUMNS = `${RECEIPT_FIELDS} FROM receipts r ${RECEIPT_JOINS}`;
const CREDIT_COLUMNS = `'credit_note' AS kind, n.id, n.receipt_id, n.credit_no AS number, NULL AS purpose, t.ticket_no,
  c.name AS customer_name, -n.amount AS amount, n.method AS methods, n.currency, n.issued_at, 0 AS void
  FROM credit_notes n LEFT JOIN tickets t ON t.id = n.ticket_id LEFT JOIN customers c ON c.id = n.customer_id`;

const sql = statements((db: Database.Database) => ({
  day: db.prepare(
    `SELECT * FROM (SELECT ${RECEIPT_COLUMNS} WHERE r.issued_on = @day UNION ALL SELECT ${CREDIT_COLUMNS} WHERE n.issued_on = @day)
     ORDER BY issued_at DESC, id DESC LIMIT @limit`,
  ),
  ticket: db.prepare(
    `SELECT * FROM (SELECT ${RECEIPT_COLUMNS} WHERE r.ticket_id = @id UNION ALL SELECT ${CREDIT_COLUMNS} WHERE n.ticket_id = @id)
     ORDER BY issued_at, id LIMIT @limit`,
  ),
  customer: db.prepare(
    `SELECT * FROM (SELECT ${RECEIPT_COLUMNS} WHERE r.customer_id = @id UNION ALL SELECT ${CREDIT_COLUMNS} WHERE n.customer_id = @id)
     ORDER BY issued_at DESC, id DESC LIMIT @limit`,
  ),
  recent: db.prepare(`SELECT ${RECEIPT_COLUMNS} ORDER BY r.id DESC LIMIT @limit`),
  byNumber: db.prepare(
    `SELECT * FROM (
       SELECT ${RECEIPT_COLUMNS} WHERE r.receipt_no_fold = @fold
         OR (@part AND r.receipt_no_fold > @fold AND r.receipt_no_fold < @foldEnd)
         OR (@part AND r.receipt_no_rev >= @rev AND r.receipt_no_rev < @revEnd)
       UNION ALL
       SELECT ${CREDIT_COLUMNS} WHERE n.credit_no_fold = @fold
         OR (@part AND n.credit_no_fold > @fold AND n.credit_no_fold < @foldEnd)
         OR (@part AND n.credit_no_rev >= @rev AND n.credit_no_rev < @revEnd))
     ORDER BY (number = @raw) DESC, issued_at DESC LIMIT @limit`,
  ),
  // Receipts by the official invoice (发票) recorded on them: whole number, its start or its end.
  byInvoice: db.prepare(
    `SELECT ${RECEIPT_FIELDS}, i.number AS invoice_no FROM receipt_invoices i JOIN receipts r ON r.id = i.receipt_id
       ${RECEIPT_JOINS}
     WHERE i.number_fold = @fold
       OR (@part AND i.number_fold > @fold AND i.number_fold < @foldEnd)
       OR (@part AND i.number_rev >= @rev AND i.number_rev < @revEnd)
     ORDER BY (i.number_fold = @fold) DESC, r.issued_at DESC LIMIT @limit`,
  ),
}));

function toItem(row: Row): ReceiptListItem {
  return {
    id: row.id,
    kind: row.kind,
    receiptId: row.receipt_id,
    number: row.number,
    purpose: row.purpose,
    ticketNo: row.ticket_no,
    customerName: row.customer_name,
    amount: row.amount,
    methods: row.methods ? ([...new Set(row.methods.split(','))] as PaymentMethod[]) : [],
    currency: row.currency,
    issuedAt: row.issued_at,
    void: row.void === 1,
    ...(row.invoice_no ? { invoiceNo: row.invoice_no } : {}),
  };
}

export function receiptsOfDay(db: AppDb, day: string, limit: number): ReceiptListItem[] {
  return (sql(db.$client).day.all({ day, limit }) as Row[]).map(toItem);
}

export function receiptsOfTicket(db: AppDb, ticketId: number, limit = 200): ReceiptListItem[] {
  return (sql(db.$client).ticket.all({ id: ticketId, limit }) as Row[]).map(toItem);
}

export function receiptsOfCustomer(db: AppDb, customerId: number, limit: number): ReceiptListItem[] {
  return (sql(db.$client).customer.all({ id: customerId, limit }) as Row[]).map(toItem);
}

export function recentReceipts(db: AppDb, limit: number): ReceiptListItem[] {
  return (sql(db.$client).recent.all({ limit }) as Row[]).map(toItem);
}

/**
 * Receipts and credit notes by number (global search, the Payments search box), then receipts
 * by the official invoice number recorded on them; each receipt once.
 */
export function searchReceiptNumbers(db: AppDb, raw: string, limit: number): ReceiptListItem[] {
  const fold = foldSerial(raw);
  if (!fold) return [];
  const rev = reverseText(fold);
  const part = [...fold].length >= RECEIPT_PART_MIN ? 1 : 0;
  const params = { fold, foldEnd: prefixUpperBound(fold), rev, revEnd: prefixUpperBound(rev), part, limit };
  const s = sql(db.$client);
  const rows = s.byNumber.all({ ...params, raw: raw.trim() }) as Row[];
  const seen = new Set(rows.filter((r) => r.kind === 'receipt').map((r) => r.id));
  if (rows.length < limit) {
    for (const row of s.byInvoice.all(params) as Row[]) {
      if (rows.length >= limit) break;
      if (!seen.has(row.id)) rows.push(row);
      seen.add(row.id);
    }
  }
  return rows.map(toItem);
}
