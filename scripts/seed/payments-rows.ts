import type Database from 'better-sqlite3';
import { MultiRowInserts } from './multi-row';

/*
 * The payment tables written many rows per statement, as ticket-tables.ts does for tickets: a
 * call into SQLite per row costs more than the row. Ids are given explicitly (the next ones the
 * AUTOINCREMENT would hand out), so no row needs its id read back and sqlite_sequence ends where
 * row-by-row inserts would leave it.
 */

export type Param = string | number | null;

const TABLES = {
  receipts: {
    head: `INSERT INTO receipts(id, receipt_no, receipt_no_fold, receipt_no_rev, ticket_id, customer_id, purpose, currency,
       lines, discount, tax, subtotal, free_value, discount_amount, tax_amount, total, amount, change_given, credit_added,
       paid_before, balance_after, note, issued_at, issued_on, staff_id, void_at, void_reason, void_by) VALUES `,
    tuple: `(?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, '', ?, ?, ?, ?, ?, ?)`,
  },
  receipt_payments: {
    head: 'INSERT INTO receipt_payments(id, receipt_id, position, method, amount, tendered, reference) VALUES ',
    tuple: '(?, ?, ?, ?, ?, ?, ?)',
  },
  credit_notes: {
    head: `INSERT INTO credit_notes(id, credit_no, credit_no_fold, credit_no_rev, receipt_id, ticket_id, customer_id, currency,
       amount, method, reference, reason, issued_at, issued_on, staff_id) VALUES `,
    tuple: `(?, ?, ?, ?, ?, ?, ?, 'CNY', ?, ?, '', ?, ?, ?, ?)`,
  },
  day_closes: {
    head: `INSERT INTO day_closes(id, day, currency, totals, opening_float, cash_in, cash_refunds, expected_cash, counted_cash,
       difference, note, closed_at, staff_id) VALUES `,
    tuple: `(?, ?, 'CNY', ?, ?, ?, ?, ?, ?, ?, '', ?, ?)`,
  },
  document_chain: {
    head: 'INSERT INTO document_chain(seq, kind, doc_id, doc_no, at, content, prev_hash, hash) VALUES ',
    tuple: '(?, ?, ?, ?, ?, ?, ?, ?)',
  },
} as const;

export type PaymentTable = keyof typeof TABLES;

/** Parents before children where it is up to the order of flush(). */
const ORDER: readonly PaymentTable[] = ['receipts', 'receipt_payments', 'credit_notes', 'day_closes', 'document_chain'];

const ROWS_PER_STATEMENT = 64;
const WIDTH = Object.fromEntries(
  Object.entries(TABLES).map(([table, { tuple }]) => [table, tuple.split('?').length - 1]),
) as Record<PaymentTable, number>;

export class PaymentRows {
  private readonly rows: Record<PaymentTable, Param[]> = {
    receipts: [],
    receipt_payments: [],
    credit_notes: [],
    day_closes: [],
    document_chain: [],
  };
  private readonly ids: Record<PaymentTable, number>;
  private readonly inserts: MultiRowInserts<PaymentTable>;

  constructor(sqlite: Database.Database) {
    this.inserts = new MultiRowInserts(sqlite, TABLES);
    const next = (table: PaymentTable) => {
      const key = table === 'document_chain' ? 'seq' : 'id';
      return sqlite
        .prepare(
          `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0), coalesce((SELECT max(${key}) FROM ${table}), 0)) + 1`,
        )
        .pluck()
        .get(table) as number;
    };
    this.ids = {
      receipts: next('receipts'),
      receipt_payments: next('receipt_payments'),
      credit_notes: next('credit_notes'),
      day_closes: next('day_closes'),
      document_chain: next('document_chain'),
    };
  }

  /**
   * Queues a row (without its id, which it returns), written as soon as a statement's worth is
   * queued: holding a whole chunk's rows (a kilobyte of chained JSON each) only feeds the GC.
   * A child row can so reach the file before its parent: the load runs with foreign keys off
   * (tests/scripts/seed-payments.test.ts runs PRAGMA foreign_key_check on the result).
   */
  add(table: PaymentTable, ...params: Param[]): number {
    const id = this.ids[table]++;
    const list = this.rows[table];
    list.push(id);
    for (const p of params) list.push(p);
    if (list.length === ROWS_PER_STATEMENT * WIDTH[table]) {
      this.inserts.statement(table, ROWS_PER_STATEMENT).run(list);
      this.rows[table] = [];
    }
    return id;
  }

  /** Writes the rows still queued, in the caller's transaction. */
  flush(): void {
    for (const table of ORDER) {
      const list = this.rows[table];
      const w = WIDTH[table];
      if (list.length % w !== 0) throw new Error(`${table}: ${list.length} parameters is not whole rows of ${w}`);
      if (list.length > 0) this.inserts.statement(table, list.length / w).run(list);
      this.rows[table] = [];
    }
  }
}
