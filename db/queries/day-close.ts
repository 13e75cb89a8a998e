import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { PAYMENT_METHODS, type PaymentMethod } from '../../shared/receipts/methods';
import type { CanonicalValue } from '../../shared/receipts/canonical';
import type { DayReport, MethodTotals } from '../../shared/schemas/payment-types';
import type { Currency } from '../../shared/schemas/settings';
import { statements } from './statements';

/*
 * 日结: the day's money by method. Received = payments on receipts issued that day and not void;
 * refunded = credit notes issued that day. Expected cash = opening float + cash in − cash refunds.
 * Once closed, the figures are frozen in day_closes (immutable by trigger).
 */

interface CloseRow {
  id: number;
  day: string;
  currency: Currency;
  totals: string;
  opening_float: number;
  cash_in: number;
  cash_refunds: number;
  expected_cash: number;
  counted_cash: number;
  difference: number;
  note: string;
  closed_at: number;
  staff_id: number;
  staff_name: string;
}

const sql = statements((db: Database.Database) => ({
  received: db.prepare(
    `SELECT p.method, sum(p.amount) AS amount, count(DISTINCT r.id) AS n FROM receipts r
       JOIN receipt_payments p ON p.receipt_id = r.id
     WHERE r.issued_on = ? AND r.void_at IS NULL GROUP BY p.method`,
  ),
  refunded: db.prepare('SELECT method, sum(amount) AS amount FROM credit_notes WHERE issued_on = ? GROUP BY method'),
  counts: db.prepare(
    `SELECT count(*) FILTER (WHERE void_at IS NULL) AS receipts, count(*) FILTER (WHERE void_at IS NOT NULL) AS voids
     FROM receipts WHERE issued_on = ?`,
  ),
  closed: db.prepare('SELECT d.*, s.name AS staff_name FROM day_closes d JOIN staff s ON s.id = d.staff_id WHERE d.day = ?'),
  byId: db.prepare('SELECT * FROM day_closes WHERE id = ?'),
  insert: db.prepare(
    `INSERT INTO day_closes(day, currency, totals, opening_float, cash_in, cash_refunds, expected_cash, counted_cash,
       difference, note, closed_at, staff_id)
     VALUES (@day, @currency, @totals, @openingFloat, @cashIn, @cashRefunds, @expectedCash, @countedCash, @difference,
       @note, @closedAt, @staffId)`,
  ),
}));

interface LiveTotals {
  methods: MethodTotals[];
  receiptsCount: number;
  voidCount: number;
}

function liveTotals(db: AppDb, day: string): LiveTotals {
  const s = sql(db.$client);
  const received = new Map(
    (s.received.all(day) as { method: PaymentMethod; amount: number; n: number }[]).map((r) => [r.method, r]),
  );
  const refunded = new Map((s.refunded.all(day) as { method: PaymentMethod; amount: number }[]).map((r) => [r.method, r.amount]));
  const counts = s.counts.get(day) as { receipts: number; voids: number };
  return {
    methods: PAYMENT_METHODS.map((method) => ({
      method,
      received: received.get(method)?.amount ?? 0,
      refunded: refunded.get(method) ?? 0,
      count: received.get(method)?.n ?? 0,
    })),
    receiptsCount: counts.receipts,
    voidCount: counts.voids,
  };
}

export function isDayClosed(db: AppDb, day: string): boolean {
  return sql(db.$client).closed.get(day) !== undefined;
}

/** The day as it stands, or as it was closed. */
export function dayReport(db: AppDb, day: string, currency: Currency): DayReport {
  const closed = sql(db.$client).closed.get(day) as CloseRow | undefined;
  const totals: LiveTotals = closed ? (JSON.parse(closed.totals) as LiveTotals) : liveTotals(db, day);
  const sum = (pick: (m: MethodTotals) => number) => totals.methods.reduce((s, m) => s + pick(m), 0);
  const cash = totals.methods.find((m) => m.method === 'cash');
  return {
    day,
    currency: closed?.currency ?? currency,
    methods: totals.methods,
    receiptsCount: totals.receiptsCount,
    voidCount: totals.voidCount,
    received: sum((m) => m.received),
    refunded: sum((m) => m.refunded),
    cashIn: cash?.received ?? 0,
    cashRefunds: cash?.refunded ?? 0,
    closed: closed
      ? {
          openingFloat: closed.opening_float,
          expectedCash: closed.expected_cash,
          countedCash: closed.counted_cash,
          difference: closed.difference,
          note: closed.note,
          closedAt: closed.closed_at,
          staffName: closed.staff_name,
        }
      : null,
  };
}

export interface NewDayClose {
  day: string;
  currency: Currency;
  openingFloat: number;
  countedCash: number;
  note: string;
  closedAt: number;
  staffId: number;
}

/** Freezes the day's figures; returns the row id. The caller checks it is not closed yet. */
export function insertDayClose(db: AppDb, c: NewDayClose): number {
  const totals = liveTotals(db, c.day);
  const cash = totals.methods.find((m) => m.method === 'cash');
  const cashIn = cash?.received ?? 0;
  const cashRefunds = cash?.refunded ?? 0;
  const expectedCash = c.openingFloat + cashIn - cashRefunds;
  return Number(
    sql(db.$client).insert.run({
      ...c,
      totals: JSON.stringify(totals),
      cashIn,
      cashRefunds,
      expectedCash,
      difference: c.countedCash - expectedCash,
    }).lastInsertRowid,
  );
}

export function dayCloseContent(db: AppDb, id: number): CanonicalValue | null {
  const row = sql(db.$client).byId.get(id) as Omit<CloseRow, 'staff_name'> | undefined;
  return row ? { ...row } : null;
}
