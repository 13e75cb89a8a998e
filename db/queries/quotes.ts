import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { computeQuoteTotals, type Discount, type LineKind, type QuoteInput, type TaxSetting } from '../../shared/quotes';
import type { Quote, QuoteStatus } from '../../shared/schemas/quote';
import type { Currency } from '../../shared/schemas/settings';
import type { DecisionMethod } from '../../shared/tickets/intake';
import { statements } from './statements';

/*
 * Quote versions. Issuing a revision adds a version; the customer answers the latest one only,
 * and an older unanswered version is marked superseded (it stays on file, as printed).
 */

export interface QuoteRow {
  id: number;
  ticket_id: number;
  version: number;
  status: QuoteStatus;
}

const sql = statements((db: Database.Database) => ({
  latest: db.prepare('SELECT id, ticket_id, version, status FROM quotes WHERE ticket_id = ? ORDER BY version DESC LIMIT 1'),
  row: db.prepare('SELECT id, ticket_id, version, status FROM quotes WHERE id = ?'),
  supersede: db.prepare(`UPDATE quotes SET status = 'superseded' WHERE ticket_id = ? AND status = 'issued'`),
  insert: db.prepare(
    `INSERT INTO quotes(ticket_id, version, status, discount, tax, currency, subtotal, free_value, discount_amount, tax_amount,
       total, note, issued_at, issued_by)
     VALUES (@ticketId, @version, 'issued', @discount, @tax, @currency, @subtotal, @freeValue, @discountAmount, @taxAmount,
       @total, @note, @at, @staffId)`,
  ),
  line: db.prepare(
    `INSERT INTO quote_lines(quote_id, position, kind, description, quantity, unit_price, free, free_reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  decide: db.prepare(
    `UPDATE quotes SET status = @status, decided_at = @at, decided_by = @staffId, decision_method = @method,
       decision_note = @note WHERE id = @id AND status = 'issued'`,
  ),
  list: db.prepare(
    `SELECT q.*, i.name AS issued_name, d.name AS decided_name FROM quotes q
       JOIN staff i ON i.id = q.issued_by LEFT JOIN staff d ON d.id = q.decided_by
     WHERE q.ticket_id = ? ORDER BY q.version DESC`,
  ),
  lines: db.prepare(
    `SELECT kind, description, quantity, unit_price, free, free_reason FROM quote_lines WHERE quote_id = ? ORDER BY position`,
  ),
}));

export function latestQuote(db: AppDb, ticketId: number): QuoteRow | undefined {
  return sql(db.$client).latest.get(ticketId) as QuoteRow | undefined;
}

export function getQuoteRow(db: AppDb, id: number): QuoteRow | undefined {
  return sql(db.$client).row.get(id) as QuoteRow | undefined;
}

export interface NewQuote {
  ticketId: number;
  quote: QuoteInput;
  currency: Currency;
  note: string;
  at: number;
  staffId: number;
}

/** Adds the next version (1 for the first quote); returns its id and version. */
export function insertQuote(db: AppDb, q: NewQuote): { id: number; version: number; total: number } {
  const s = sql(db.$client);
  const version = (latestQuote(db, q.ticketId)?.version ?? 0) + 1;
  s.supersede.run(q.ticketId);
  const totals = computeQuoteTotals(q.quote);
  const id = Number(
    s.insert.run({
      ticketId: q.ticketId,
      version,
      discount: JSON.stringify(q.quote.discount),
      tax: JSON.stringify(q.quote.tax),
      currency: q.currency,
      subtotal: totals.subtotal,
      freeValue: totals.freeValue,
      discountAmount: totals.discount,
      taxAmount: totals.tax,
      total: totals.total,
      note: q.note,
      at: q.at,
      staffId: q.staffId,
    }).lastInsertRowid,
  );
  q.quote.lines.forEach((l, i) =>
    s.line.run(id, i, l.kind, l.description, l.quantity, l.unitPrice, l.free ? 1 : 0, l.free ? (l.freeReason ?? null) : null),
  );
  return { id, version, total: totals.total };
}

/** Records the customer's answer on an issued version; false when it was not (any longer) issued. */
export function decideQuote(
  db: AppDb,
  d: { id: number; status: 'approved' | 'declined'; at: number; staffId: number; method: DecisionMethod; note: string },
): boolean {
  return sql(db.$client).decide.run(d).changes === 1;
}

interface Row {
  id: number;
  ticket_id: number;
  version: number;
  status: QuoteStatus;
  discount: string;
  tax: string;
  currency: Currency;
  note: string;
  issued_at: number;
  issued_name: string;
  decided_at: number | null;
  decided_name: string | null;
  decision_method: DecisionMethod | null;
  decision_note: string;
}

interface LineRow {
  kind: LineKind;
  description: string;
  quantity: number;
  unit_price: number;
  free: number;
  free_reason: string | null;
}

/** Every version of a ticket's quote, newest first, with its totals. */
export function listQuotes(db: AppDb, ticketId: number): Quote[] {
  const s = sql(db.$client);
  return (s.list.all(ticketId) as Row[]).map((r) => {
    const lines = (s.lines.all(r.id) as LineRow[]).map((l) => ({
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unit_price,
      free: l.free === 1,
      freeReason: l.free_reason,
    }));
    const discount = JSON.parse(r.discount) as Discount;
    const tax = JSON.parse(r.tax) as TaxSetting;
    return {
      id: r.id,
      ticketId: r.ticket_id,
      version: r.version,
      status: r.status,
      lines,
      discount,
      tax,
      currency: r.currency,
      totals: computeQuoteTotals({ lines, discount, tax }),
      note: r.note,
      issuedAt: r.issued_at,
      issuedBy: r.issued_name,
      decidedAt: r.decided_at,
      decidedBy: r.decided_name,
      decisionMethod: r.decision_method,
      decisionNote: r.decision_note,
    };
  });
}
