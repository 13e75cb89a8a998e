import type { AppDb } from '../client';
import { DAY_MS, startOfLocalDay } from '../../shared/tickets/local-time';
import { DEFAULT_SLA_POLICY } from '../../shared/tickets/sla';
import { AWAITING_PICKUP_STATUSES } from '../../shared/tickets/status';
import { addMonths } from '../../shared/warranty';
import { statements } from './statements';

/*
 * The owner's monthly figures (DOMAIN.md), ticket side: volume, warranty share, turnaround,
 * promises kept, what breaks, who fixed it, how customers rated it. Revenue and margin come with
 * the payments tables. A month is a calendar month in the shop's time zone: instants are compared
 * with the local midnights that bound it, local dates (intake_on) with its first and next days.
 *
 * Every figure reads one index range: received by tickets_intake_on_idx, collected and ratings
 * by tickets_status_since_idx (a collected ticket's status_at is its pickup), uncollected by the
 * same index per waiting status. "Completed" means the device was made ready in the month (its
 * 'ready' status event): with an index on status events by (to_status, at) that is a range too;
 * without it, a scan of the timeline (see docs/search.md, "Monthly figures").
 */

export interface RankedCount {
  key: string;
  count: number;
}

export interface TechnicianOutput {
  staffId: number | null;
  name: string;
  completed: number;
}

export interface MonthFigures {
  /** 'YYYY-MM' */
  month: string;
  /** Tickets taken in on a day of the month. */
  received: number;
  /** Of those, assessed in warranty at intake; share 0–1, null with none received. */
  inWarranty: number;
  inWarrantyShare: number | null;
  /** Devices made ready for pickup in the month (each ticket once). */
  completed: number;
  /** Devices handed back (ticket collected) in the month. */
  collected: number;
  /** At the end of the month, waiting for pickup for more than the SLA's uncollected days. */
  uncollected: number;
  /** From intake to ready, of the tickets completed in the month, in ms; null with none. */
  turnaroundAverageMs: number | null;
  turnaroundP90Ms: number | null;
  /** Completed by the promised time, of the completed ones. */
  onTime: number;
  onTimeShare: number | null;
  topFaults: RankedCount[];
  topBrands: RankedCount[];
  topModels: RankedCount[];
  /** Devices made ready, per technician (who moved the ticket to ready), most first. */
  technicians: TechnicianOutput[];
  /** Pickup ratings in the month: average of the three 1–5 scores, and of each. */
  ratings: number;
  satisfactionAverage: number | null;
  satisfaction: { attitude: number | null; professionalism: number | null; speed: number | null };
}

export interface MonthlyFigures {
  current: MonthFigures;
  previousMonth: MonthFigures;
  sameMonthLastYear: MonthFigures;
}

export interface MonthlyFiguresQuery {
  month: string;
  timeZone: string;
  /** How many faults, brands and models to list. Default 5. */
  top?: number;
}

const AWAITING = AWAITING_PICKUP_STATUSES.map((s) => `'${s}'`).join(', ');

const sql = statements((db) => ({
  // One pass over the month's intake (a range of tickets_intake_on_idx, ~9 000 rows at 300 a day):
  // the counts and the rankings are added up here rather than by three GROUP BY queries that
  // would each read the same rows and products again.
  received: db.prepare(
    `SELECT t.in_warranty AS inWarranty, t.faults AS faults, p.brand AS brand, p.model AS model
     FROM tickets t JOIN products p ON p.id = t.product_id
     WHERE t.intake_on >= :fromDay AND t.intake_on < :toDay`,
  ),
  // The last time each ticket was made ready in the month (a device sent back to the bench and
  // made ready again counts once); the bare staff_id is the one of that max(at) row.
  completed: db.prepare(
    `WITH done AS (
       SELECT ticket_id, max(at) AS at, staff_id FROM ticket_events
       WHERE kind = 'status' AND to_status = 'ready' AND at >= :from AND at < :to GROUP BY ticket_id)
     SELECT d.at - t.intake_at AS turnaround, d.at <= t.promised_at AS onTime, d.staff_id AS staffId, s.name AS name
     FROM done d JOIN tickets t ON t.id = d.ticket_id LEFT JOIN staff s ON s.id = d.staff_id`,
  ),
  collected: db.prepare(`SELECT count(*) FROM tickets WHERE status = 'collected' AND status_at >= :from AND status_at < :to`),
  ratings: db.prepare(
    `SELECT count(*) AS n, avg((r.attitude + r.professionalism + r.speed) / 3.0) AS overall, avg(r.attitude) AS attitude,
       avg(r.professionalism) AS professionalism, avg(r.speed) AS speed
     FROM tickets t JOIN satisfaction r ON r.ticket_id = t.id
     WHERE t.status = 'collected' AND t.status_at >= :from AND t.status_at < :to AND r.at >= :from AND r.at < :to`,
  ),
  uncollected: db.prepare(`SELECT count(*) FROM tickets WHERE status IN (${AWAITING}) AND status_at < :readyBefore`),
}));

interface Bounds {
  month: string;
  fromDay: string;
  toDay: string;
  from: number;
  to: number;
}

function bounds(month: string, timeZone: string): Bounds {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`Not a month: ${JSON.stringify(month)}`);
  const fromDay = `${month}-01`;
  const toDay = addMonths(fromDay, 1);
  return { month, fromDay, toDay, from: startOfLocalDay(fromDay, timeZone), to: startOfLocalDay(toDay, timeZone) };
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The value below which 90 % of the sorted values lie (nearest rank). */
function p90(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.ceil(sorted.length * 0.9) - 1]!;
}

interface ReceivedRow {
  inWarranty: number;
  faults: string;
  brand: string;
  model: string;
}

/** Most first, then by name; the first `top`. */
function rank(counts: Map<string, number>, top: number): RankedCount[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, top);
}

function receivedFigures(rows: readonly ReceivedRow[], top: number) {
  const faults = new Map<string, number>();
  const brands = new Map<string, number>();
  const models = new Map<string, number>();
  const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  let inWarranty = 0;
  for (const r of rows) {
    inWarranty += r.inWarranty;
    // Every fault on the ticket counts (a device can come in with two).
    for (const f of JSON.parse(r.faults) as { fault: string }[]) add(faults, f.fault);
    add(brands, r.brand);
    add(models, `${r.brand} ${r.model}`.trim());
  }
  return { count: rows.length, inWarranty, faults: rank(faults, top), brands: rank(brands, top), models: rank(models, top) };
}

function figuresFor(db: AppDb, b: Bounds, top: number): MonthFigures {
  const s = sql(db.$client);
  const days = { fromDay: b.fromDay, toDay: b.toDay };
  const instants = { from: b.from, to: b.to };
  const received = receivedFigures(s.received.all(days) as ReceivedRow[], top);
  const done = s.completed.all(instants) as { turnaround: number; onTime: number; staffId: number | null; name: string | null }[];
  const turnarounds = done.map((d) => d.turnaround).sort((x, y) => x - y);
  const onTime = done.filter((d) => d.onTime === 1).length;
  const perTechnician = new Map<number | null, TechnicianOutput>();
  for (const d of done) {
    const t = perTechnician.get(d.staffId) ?? { staffId: d.staffId, name: d.name ?? '', completed: 0 };
    t.completed++;
    perTechnician.set(d.staffId, t);
  }
  const ratings = s.ratings.get(instants) as {
    n: number;
    overall: number | null;
    attitude: number | null;
    professionalism: number | null;
    speed: number | null;
  };
  return {
    month: b.month,
    received: received.count,
    inWarranty: received.inWarranty,
    inWarrantyShare: share(received.inWarranty, received.count),
    completed: done.length,
    collected: s.collected.pluck().get(instants) as number,
    uncollected: s.uncollected.pluck().get({ readyBefore: b.to - DEFAULT_SLA_POLICY.uncollectedAfterDays * DAY_MS }) as number,
    turnaroundAverageMs: turnarounds.length ? turnarounds.reduce((a, x) => a + x, 0) / turnarounds.length : null,
    turnaroundP90Ms: p90(turnarounds),
    onTime,
    onTimeShare: share(onTime, done.length),
    topFaults: received.faults,
    topBrands: received.brands,
    topModels: received.models,
    technicians: [...perTechnician.values()].sort((x, y) => y.completed - x.completed || x.name.localeCompare(y.name)),
    ratings: ratings.n,
    satisfactionAverage: ratings.overall,
    satisfaction: { attitude: ratings.attitude, professionalism: ratings.professionalism, speed: ratings.speed },
  };
}

/**
 * The month's figures with the previous month and the same month a year earlier. Uncollected is
 * what waits at the end of each month by the tickets' status today: for a past month, a device
 * collected after that month's end no longer counts.
 */
export function monthlyFigures(db: AppDb, q: MonthlyFiguresQuery): MonthlyFigures {
  const top = q.top ?? 5;
  const first = `${q.month}-01`;
  const monthOf = (day: string) => day.slice(0, 7);
  bounds(q.month, q.timeZone); // validates before anything else runs
  return {
    current: figuresFor(db, bounds(q.month, q.timeZone), top),
    previousMonth: figuresFor(db, bounds(monthOf(addMonths(first, -1)), q.timeZone), top),
    sameMonthLastYear: figuresFor(db, bounds(monthOf(addMonths(first, -12)), q.timeZone), top),
  };
}
