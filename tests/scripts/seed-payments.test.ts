import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayReport } from '../../db/queries/day-close';
import { seedDatabase } from '../../scripts/seed/main';
import { shopCalendar } from '../../scripts/seed/payments-plan';
import { Random } from '../../scripts/seed/random';
import { calendarDate, calendarParts } from '../../shared/time/calendar';
import { PAYMENT_METHODS } from '../../shared/receipts/methods';
import type { VerifyReport } from '../../shared/schemas/payment-types';
import { tempDir, testCore } from '../helpers';

/*
 * The generated payments: what the app's own "Verify records" says of them, gap-free numbering,
 * money that adds up, and the bulk path writing exactly what the app's queries write (--mode api).
 */

const TABLES = [
  'receipts',
  'receipt_payments',
  'credit_notes',
  'day_closes',
  'document_chain',
  'number_series',
  'sqlite_sequence',
];

function dump(file: string): Record<string, unknown[]> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1`).raw().all()]));
  } finally {
    db.close();
  }
}

describe('generated payments', () => {
  it('use every method, keep each series contiguous per year, reconcile, and verify intact', async () => {
    const file = join(tempDir(), 'seed.sqlite');
    seedDatabase({ file, seed: 5, counts: { customers: 600, tickets: 1500 }, mode: 'bulk' });
    const core = testCore({ file });
    const db = core.context.db.$client;
    const one = (q: string) => db.prepare(q).pluck().get() as number;
    const methods = db.prepare('SELECT DISTINCT method FROM receipt_payments').pluck().all() as string[];
    expect([...methods].sort()).toEqual([...PAYMENT_METHODS].sort());
    // Gap-free: per series and year the numbers run 1..n, and the series row continues after n.
    for (const [table, column, key] of [
      ['receipts', 'receipt_no', 'receipt'],
      ['credit_notes', 'credit_no', 'credit_note'],
    ] as const) {
      const years = db
        .prepare(
          `SELECT substr(${column}, 2, 4) AS y, count(*) AS n, count(DISTINCT ${column}) AS d,
             max(CAST(substr(${column}, 7) AS INTEGER)) AS top FROM ${table} GROUP BY 1 ORDER BY 1`,
        )
        .all() as { y: string; n: number; d: number; top: number }[];
      expect(years.length, table).toBeGreaterThan(0);
      for (const y of years) expect([y.top, y.d], `${table} ${y.y}`).toEqual([y.n, y.n]);
      const last = years[years.length - 1];
      const series = db.prepare('SELECT period, next_seq FROM number_series WHERE key = ?').get(key);
      expect(series, key).toEqual({ period: last?.y, next_seq: (last?.n ?? 0) + 1 });
    }
    const receipts = one('SELECT count(*) FROM receipts');
    const voids = one('SELECT count(*) FROM receipts WHERE void_at IS NOT NULL');
    const refunds = one('SELECT count(*) FROM credit_notes');
    expect(voids / receipts).toBeGreaterThan(0.005);
    expect(voids / receipts).toBeLessThan(0.04);
    expect(refunds / receipts).toBeGreaterThan(0.005);
    expect(refunds / receipts).toBeLessThan(0.04);
    expect(
      one(`SELECT count(*) FROM receipts WHERE void_at IS NOT NULL AND void_by IN (SELECT id FROM staff WHERE role <> 'owner')`),
    ).toBe(0);
    expect(one(`SELECT count(*) FROM receipts WHERE purpose = 'deposit'`)).toBeGreaterThan(0);
    // Every past day with receipts is closed; the last one stays open.
    expect(one('SELECT count(DISTINCT issued_on) FROM receipts')).toBe(one('SELECT count(*) FROM day_closes') + 1);
    // Each receipt's payments add up to its amount; a balance settles the bill.
    expect(
      one(
        `SELECT count(*) FROM receipts r WHERE r.amount <> (SELECT sum(amount) FROM receipt_payments p WHERE p.receipt_id = r.id)`,
      ),
    ).toBe(0);
    expect(
      one(`SELECT count(*) FROM receipts WHERE purpose = 'payment' AND (paid_before + amount <> total OR balance_after <> 0)`),
    ).toBe(0);
    // Money in less money out = what the tickets have paid = what the days (closed and open) took.
    const taken = one(
      `SELECT (SELECT sum(p.amount) FROM receipt_payments p JOIN receipts r ON r.id = p.receipt_id WHERE r.void_at IS NULL)
            - (SELECT sum(amount) FROM credit_notes)`,
    );
    const paid = one(
      `SELECT sum(amount) FROM (SELECT amount FROM receipts WHERE void_at IS NULL UNION ALL SELECT -amount FROM credit_notes)`,
    );
    expect(taken).toBe(paid);
    const days = db.prepare('SELECT totals FROM day_closes').pluck().all() as string[];
    const closed = days
      .map((t) => JSON.parse(t) as { methods: { received: number; refunded: number }[] })
      .reduce((sum, d) => sum + d.methods.reduce((s, m) => s + m.received - m.refunded, 0), 0);
    const openDay = db.prepare('SELECT max(issued_on) FROM receipts').pluck().get() as string;
    const open = dayReport(core.context.db, openDay, 'CNY');
    expect(open.closed).toBeNull();
    expect(closed + open.received - open.refunded).toBe(taken);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // What the app's "Verify records" runs: slice after slice until the end of the chain.
    let after: number | null = 0;
    let checked = 0;
    while (after !== null) {
      const verified = await core.dispatch('records.verify', { after });
      expect(verified).toMatchObject({ ok: true, value: { ok: true, firstBreak: null } });
      if (!verified.ok) break;
      const report = verified.value as VerifyReport;
      checked = report.checked;
      after = report.next;
    }
    expect(checked).toBe(receipts + voids + refunds + days.length);
  }, 120_000);

  it('bulk writes exactly the rows, numbers and hashes of the app queries (--mode api)', () => {
    const dir = tempDir();
    const seed = (mode: 'api' | 'bulk') => {
      const file = join(dir, `${mode}.sqlite`);
      seedDatabase({ file, seed: 11, counts: { customers: 300, tickets: 900 }, mode });
      return dump(file);
    };
    const bulk = seed('bulk');
    const api = seed('api');
    expect((bulk.receipts ?? []).length).toBeGreaterThan(300);
    for (const t of TABLES) expect(bulk[t], t).toEqual(api[t]);
  }, 120_000);

  it('tells the shop day as calendarDate/calendarParts do, clock changes and skipped days included', () => {
    const rnd = new Random(1, 'calendar');
    const start = Date.UTC(2011, 0, 1);
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Apia']) {
      const day = shopCalendar(zone);
      for (let i = 0; i < 4_000; i++) {
        // Random instants, and the minutes either side of whole hours (where clocks change).
        const at =
          i % 2
            ? start + rnd.int(0, 15 * 365) * 86_400_000 + rnd.int(0, 86_399_999)
            : start + rnd.int(0, 131_400) * 3_600_000 + rnd.int(-1, 1) * 60_000;
        const { year, month } = calendarParts(at, zone);
        expect(day(at), `${zone} ${new Date(at).toISOString()}`).toEqual({ date: calendarDate(at, zone), year, month });
      }
    }
  });
});
