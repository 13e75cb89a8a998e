import { statements } from '../../db/queries/statements';
import { PAYMENT_METHODS, type PaymentMethod } from '../../shared/receipts/methods';
import type { PaymentPart } from '../../shared/receipts/settle';
import { calendarDate, calendarParts } from '../../shared/time/calendar';
import { STAFF } from './catalog';
import type { SeedContext } from './context';
import type { Random } from './random';

/*
 * What both payment paths share: which tickets pay what and when (decided from the seed in
 * ticket order), how an amount is split across methods, and the shop's calendar. The api path
 * (payments-api.ts) and the bulk path (payments-bulk.ts) draw from the same Random in the same
 * order, so they write the same rows.
 */

export const TIME_ZONE = 'Asia/Shanghai';
export const VOID_REASON = '录入错误，重新收款';
export const REFUND_REASON = '部分配件退回';
/** Corrections happen a minute after the receipt, the same day (a closed day is final). */
export const CORRECTION_DELAY = 60_000;

const sql = statements((db) => ({
  collected: db.prepare(
    `SELECT t.id, t.customer_id, t.intake_at, t.status_at, q.total, q.id AS quote_id FROM tickets t
       JOIN quotes q ON q.ticket_id = t.id AND q.status = 'approved'
     WHERE t.status = 'collected' AND NOT EXISTS (SELECT 1 FROM receipts r WHERE r.ticket_id = t.id) ORDER BY t.id`,
  ),
}));

interface CollectedRow {
  id: number;
  customer_id: number;
  intake_at: number;
  status_at: number;
  total: number;
  quote_id: number;
}

export interface Issue {
  at: number;
  ticketId: number;
  customerId: number;
  /** The approved quote the balance is billed from (unused for a deposit). */
  quoteId: number;
  deposit: boolean;
  amount: number;
  paidBefore: number;
  billed: number;
}

export interface PaymentStaff {
  owner: number;
  clerks: number[];
}

/** The owner (who voids) and the clerks (who take money); undefined when the staff is missing. */
export function paymentStaff(ctx: SeedContext): PaymentStaff | undefined {
  const owner = ctx.staffIds.find((_, i) => STAFF[i]?.[1] === 'owner');
  const clerks = ctx.staffIds.filter((_, i) => STAFF[i]?.[1] === 'staff');
  return owner === undefined || clerks.length === 0 ? undefined : { owner, clerks };
}

/**
 * Receipts to issue, in time order: a deposit at intake for some tickets, the balance of the
 * approved quote at pickup. The sort is stable, so equal instants keep ticket order.
 */
export function planIssues(ctx: SeedContext, rnd: Random): Issue[] {
  const issues: Issue[] = [];
  for (const t of sql(ctx.sqlite).collected.all() as CollectedRow[]) {
    if (t.total <= 0) continue;
    const deposit = rnd.chance(0.3) ? Math.min(t.total, rnd.pick([5_000, 10_000, 20_000])) : 0;
    const base = { ticketId: t.id, customerId: t.customer_id, quoteId: t.quote_id, billed: t.total };
    if (deposit > 0) issues.push({ ...base, at: t.intake_at, deposit: true, amount: deposit, paidBefore: 0 });
    if (t.total > deposit)
      issues.push({ ...base, at: t.status_at, deposit: false, amount: t.total - deposit, paidBefore: deposit });
  }
  return issues.sort((a, b) => a.at - b.at);
}

/** One method for most amounts; now and then part WeChat, part cash. */
export function paymentParts(rnd: Random, amount: number): PaymentPart[] {
  const method = (): PaymentMethod => rnd.pick(PAYMENT_METHODS);
  if (amount < 200 || !rnd.chance(0.2)) {
    const m = method();
    return [
      {
        method: m,
        amount,
        tendered: m === 'cash' ? Math.ceil(amount / 10_000) * 10_000 : null,
        reference: m === 'cash' ? '' : rnd.digits(10),
      },
    ];
  }
  const first = rnd.int(1, amount - 1);
  return [
    { method: 'wechat', amount: first, tendered: null, reference: rnd.digits(10) },
    { method: 'cash', amount: amount - first, tendered: amount - first, reference: '' },
  ];
}

export function changeGiven(parts: readonly PaymentPart[]): number {
  return parts.reduce((sum, x) => sum + (x.tendered === null ? 0 : x.tendered - x.amount), 0);
}

export function refundAmount(amount: number): number {
  return Math.max(1, Math.round(amount * 0.1));
}

/** What a day close's counted drawer says: now and then a few yuan short. */
export function countedCash(rnd: Random, expected: number): number {
  return rnd.chance(0.1) ? expected - rnd.int(1, 50) * 100 : expected;
}

export const OPENING_FLOAT = 50_000;

/** Noon in the shop (UTC+8) of a closed day: when its close is recorded. */
export function closeInstant(day: string): number {
  return Date.parse(`${day}T11:00:00Z`);
}

export interface ShopDay {
  date: string;
  year: number;
  month: number;
}

const DAY = 86_400_000;

/** The zone's UTC offset at an instant (whole seconds), from its wall clock there. */
function offsetFormatter(timeZone: string): (at: number) => number {
  const f = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  return (at) => {
    const second = Math.floor(at / 1000) * 1000;
    const n: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const p of f.formatToParts(new Date(second))) n[p.type] = Number(p.value);
    const wall = Date.UTC(n.year ?? 0, (n.month ?? 1) - 1, n.day ?? 1, n.hour ?? 0, n.minute ?? 0, n.second ?? 0);
    return wall - second;
  };
}

/**
 * The shop's calendar day of an instant, as calendarParts()/calendarDate() give it, without an
 * Intl call per receipt (microseconds each, several per receipt, a minute at a million): the
 * zone's offset is looked up twice per UTC day, and where it is the same at both ends (every day
 * but a clock change) the local day is plain arithmetic; a clock-change day asks Intl each time.
 */
export function shopCalendar(timeZone: string): (at: number) => ShopDay {
  const offsetAt = offsetFormatter(timeZone);
  const offsets = new Map<number, number | null>();
  const days = new Map<number, ShopDay>();
  const exact = (at: number): ShopDay => {
    const { year, month } = calendarParts(at, timeZone);
    return { date: calendarDate(at, timeZone), year, month };
  };
  return (at) => {
    const utcDay = Math.floor(at / DAY);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const first = offsetAt(utcDay * DAY);
      offset = first === offsetAt(utcDay * DAY + DAY - 1) ? first : null;
      offsets.set(utcDay, offset);
    }
    if (offset === null) return exact(at);
    const localDay = Math.floor((at + offset) / DAY);
    let day = days.get(localDay);
    if (!day) {
      const d = new Date(localDay * DAY);
      const [year, month] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
      const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
      day = { date, year, month };
      days.set(localDay, day);
    }
    return day;
  };
}
