import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { foldSerial, reverseText } from '../../shared/text/serial';
import type { OfficialInvoice, OfficialInvoiceKind } from '../../shared/receipts/official-invoice';
import { statements } from './statements';

/*
 * Official invoices (发票) recorded against receipts: kept beside the immutable receipt, found by
 * their number (whole, its start or its last digits) in the receipts search.
 */

const sql = statements((db: Database.Database) => ({
  insert: db.prepare(
    `INSERT INTO receipt_invoices(receipt_id, kind, number, number_fold, number_rev, recorded_at, staff_id)
     VALUES (@receiptId, @kind, @number, @fold, @rev, @at, @staffId)`,
  ),
  ofReceipt: db.prepare(
    `SELECT i.id, i.kind, i.number, i.recorded_at, s.name AS staff_name
     FROM receipt_invoices i JOIN staff s ON s.id = i.staff_id WHERE i.receipt_id = ? ORDER BY i.id`,
  ),
  same: db.prepare('SELECT id FROM receipt_invoices WHERE receipt_id = ? AND number_fold = ?').pluck(),
}));

export function insertReceiptInvoice(
  db: AppDb,
  v: { receiptId: number; kind: OfficialInvoiceKind; number: string; at: number; staffId: number },
): number {
  const fold = foldSerial(v.number);
  return Number(sql(db.$client).insert.run({ ...v, fold, rev: reverseText(fold) }).lastInsertRowid);
}

/** Whether this number is already recorded on the receipt (typed twice). */
export function receiptHasInvoice(db: AppDb, receiptId: number, number: string): boolean {
  return sql(db.$client).same.get(receiptId, foldSerial(number)) !== undefined;
}

export function invoicesOfReceipt(db: AppDb, receiptId: number): OfficialInvoice[] {
  const rows = sql(db.$client).ofReceipt.all(receiptId) as {
    id: number;
    kind: OfficialInvoiceKind;
    number: string;
    recorded_at: number;
    staff_name: string;
  }[];
  return rows.map((r) => ({ id: r.id, kind: r.kind, number: r.number, recordedAt: r.recorded_at, staffName: r.staff_name }));
}
