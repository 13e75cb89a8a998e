import type Database from 'better-sqlite3';
import { statements } from '../../db/queries/statements';
import { chainHash, GENESIS_HASH, type ChainKind } from '../../db/queries/document-chain';
import { DEFAULT_SERIES, type NumberParts, type SeriesKey } from '../../shared/numbering/pattern';
import { PAYMENT_METHODS, type PaymentMethod } from '../../shared/receipts/methods';
import type { PaymentPart } from '../../shared/receipts/settle';
import { numberFormatter } from './payments-content';
import type { PaymentRows } from './payments-rows';
import type { ShopDay } from './payments-plan';

/*
 * The bookkeeping the app's queries do with a SELECT per document, kept in memory by the bulk
 * path instead: the last chain hash (appendToChain reads it back each time), the position of a
 * number series (nextNumber reads and writes its row each time) and each day's takings by method
 * (insertDayClose sums them with GROUP BY queries). Valid because the bulk path only runs on a
 * file without documents, so nothing else has used a number or extended the chain.
 */

const sql = statements((db) => ({
  series: db.prepare('SELECT pattern, reset_yearly, period, next_seq FROM number_series WHERE key = ?'),
  // The upsert db/queries/numbering.ts write() makes through drizzle.
  saveSeries: db.prepare(
    `INSERT INTO number_series(key, pattern, reset_yearly, period, next_seq, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET pattern = excluded.pattern, reset_yearly = excluded.reset_yearly,
       period = excluded.period, next_seq = excluded.next_seq, updated_at = excluded.updated_at`,
  ),
}));

/** appendToChain with the previous hash remembered rather than read back; `text` is canonical JSON. */
export class ChainWriter {
  private prev = GENESIS_HASH;
  constructor(private readonly rows: PaymentRows) {}

  append(kind: ChainKind, docId: number, docNo: string, at: number, text: string): void {
    const hash = chainHash(this.prev, kind, docNo, text);
    this.rows.add('document_chain', kind, docId, docNo, at, text, this.prev, hash);
    this.prev = hash;
  }
}

interface SeriesState {
  pattern: string;
  resetYearly: boolean;
  period: string;
  next: number;
  updatedAt: number;
}

/**
 * nextNumber in memory: the same position rules (a yearly series restarts at 1 in a new year),
 * the row written once by save() with what the last nextNumber call would have left.
 */
export class SeriesCounter {
  private state: SeriesState | undefined;
  private readonly pattern: string;
  private readonly resetYearly: boolean;
  private readonly format: (parts: NumberParts) => string;
  constructor(
    private readonly sqlite: Database.Database,
    private readonly key: SeriesKey,
  ) {
    const row = sql(sqlite).series.get(key) as
      { pattern: string; reset_yearly: number; period: string; next_seq: number } | undefined;
    const config = row ? { pattern: row.pattern, resetYearly: row.reset_yearly === 1 } : DEFAULT_SERIES[key];
    this.pattern = config.pattern;
    this.resetYearly = config.resetYearly;
    this.format = numberFormatter(config.pattern);
    this.state = row && { ...config, period: row.period, next: row.next_seq, updatedAt: 0 };
  }

  /** Changed: the row needs saving. Untouched series keep their row (or lack of one), as nextNumber would. */
  private used = false;

  next(now: number, day: ShopDay): string {
    const period = this.resetYearly ? String(day.year) : '';
    const seq = this.state && this.state.period === period ? this.state.next : 1;
    this.state = { pattern: this.pattern, resetYearly: this.resetYearly, period, next: seq + 1, updatedAt: now };
    this.used = true;
    return this.format({ year: day.year, month: day.month, seq });
  }

  save(): void {
    const s = this.state;
    if (!this.used || !s) return;
    sql(this.sqlite).saveSeries.run(this.key, s.pattern, s.resetYearly ? 1 : 0, s.period, s.next, s.updatedAt);
  }
}

interface DayTotals {
  received: Map<PaymentMethod, number>;
  /** Receipts with a payment in the method (count(DISTINCT r.id) in day-close.ts). */
  count: Map<PaymentMethod, number>;
  refunded: Map<PaymentMethod, number>;
  receipts: number;
  voids: number;
}

/** The figures day-close.ts liveTotals() would query, summed as receipts are written. */
export class DayLedger {
  private readonly days = new Map<string, DayTotals>();

  private day(date: string): DayTotals {
    let d = this.days.get(date);
    if (!d) {
      d = { received: new Map(), count: new Map(), refunded: new Map(), receipts: 0, voids: 0 };
      this.days.set(date, d);
    }
    return d;
  }

  receipt(date: string, parts: readonly PaymentPart[], isVoid: boolean): void {
    const d = this.day(date);
    if (isVoid) {
      d.voids++;
      return;
    }
    d.receipts++;
    for (const p of parts) d.received.set(p.method, (d.received.get(p.method) ?? 0) + p.amount);
    for (const m of new Set(parts.map((p) => p.method))) d.count.set(m, (d.count.get(m) ?? 0) + 1);
  }

  refund(date: string, method: PaymentMethod, amount: number): void {
    const d = this.day(date);
    d.refunded.set(method, (d.refunded.get(method) ?? 0) + amount);
  }

  /** Days with receipts, in the order of SQL's ORDER BY on 'YYYY-MM-DD' text. */
  dates(): string[] {
    return [...this.days.keys()].sort();
  }

  /** The `totals` JSON a close stores (same keys, same order) and its cash figures. */
  close(date: string): { totals: string; cashIn: number; cashRefunds: number } {
    const d = this.day(date);
    const methods = PAYMENT_METHODS.map((method) => ({
      method,
      received: d.received.get(method) ?? 0,
      refunded: d.refunded.get(method) ?? 0,
      count: d.count.get(method) ?? 0,
    }));
    const totals = JSON.stringify({ methods, receiptsCount: d.receipts, voidCount: d.voids });
    return { totals, cashIn: d.received.get('cash') ?? 0, cashRefunds: d.refunded.get('cash') ?? 0 };
  }
}
