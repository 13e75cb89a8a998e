import type { AppDb } from '../client';
import { DAY_MS, localDate, startOfLocalDay } from '../../shared/tickets/local-time';
import { DEFAULT_SLA_POLICY } from '../../shared/tickets/sla';
import { AWAITING_PICKUP_STATUSES } from '../../shared/tickets/status';
import { addDays, addMonths } from '../../shared/warranty';
import { statements } from './statements';

/*
 * The owner's monthly figures (DOMAIN.md), ticket side: volume, warranty share, turnaround,
 * promises kept, what breaks, who fixed it, how customers rated it. Revenue and margin come with
 * the payments tables. A month is a calendar month in the shop's time zone: instants are compared
 * with the local midnights that bound it, local dates (intake_on) with its first and next days.
 *
 * A month is added up from its shop days. Each day's share (received by intake_on; made ready,
 * collected and rated by instant) is computed from one index range per kind over the month —
 * tickets_intake_on_idx, ticket_events_status_at_idx, tickets_status_since_idx — and, for days
 * before today, kept in figure_days, so looking at a past month again reads ~30 small rows instead
 * of ~9 000 tickets and their products. The table is a working copy, never the record: the
 * triggers of migration 0010 delete a day the moment anything it counted changes (a late ready
 * event, a product's brand corrected, a rating, a ticket's status), and the next read computes it
 * again. "Uncollected at the end of the month" depends on today's statuses and is always counted
 * live (one range of tickets_status_since_idx). See docs/search.md, "Monthly figures".
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
  /** The current instant (ms), which decides what "today" is; default Date.now(). */
  now?: number;
}

const AWAITING = AWAITING_PICKUP_STATUSES.map((s) => `'${s}'`).join(', ');

const sql = statements((db) => ({
  // The month's intake (a range of tickets_intake_on_idx, ~9 000 rows at 300 a day), per day.
  received: db.prepare(
    `SELECT t.intake_on AS day, t.in_warranty AS inWarranty, t.faults AS faults, p.brand AS brand, p.model AS model
     FROM tickets t JOIN products p ON p.id = t.product_id
     WHERE t.intake_on >= :fromDay AND t.intake_on < :toDay`,
  ),
  // Every time a device was made ready (a range of ticket_events_status_at_idx); a device made
  // ready twice in a month counts once, at the later time (done when the days are added up).
  ready: db.prepare(
    `SELECT e.ticket_id AS ticketId, e.at AS at, e.at - t.intake_at AS turnaround, e.at <= t.promised_at AS onTime, e.staff_id AS staffId
     FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id
     WHERE e.kind = 'status' AND e.to_status = 'ready' AND e.at >= :from AND e.at < :to`,
  ),
  // Tickets collected (a collected ticket's status_at is its pickup) with the rating, if it was
  // given in the same month.
  collected: db.prepare(
    `SELECT t.status_at AS at, r.attitude AS attitude, r.professionalism AS professionalism, r.speed AS speed
     FROM tickets t LEFT JOIN satisfaction r ON r.ticket_id = t.id AND r.at >= :monthFrom AND r.at < :monthTo
     WHERE t.status = 'collected' AND t.status_at >= :from AND t.status_at < :to`,
  ),
  // Waiting since before the month's end minus the SLA's days: count(*) over an index range
  // (~2 ms for 30 000 devices never collected); a sum() over the three months' cut-offs in one
  // pass costs five times that.
  uncollected: db.prepare(`SELECT count(*) FROM tickets WHERE status IN (${AWAITING}) AND status_at < ?`).pluck(),
  keptMonth: db.prepare('SELECT body FROM figure_months WHERE time_zone = ? AND month = ? AND top = ?').pluck(),
  keepMonth: db.prepare('INSERT OR REPLACE INTO figure_months(time_zone, month, top, body) VALUES (?, ?, ?, ?)'),
  staff: db.prepare('SELECT id, name FROM staff'),
  cached: db.prepare('SELECT day, body FROM figure_days WHERE time_zone = ? AND day >= ? AND day < ?'),
  keep: db.prepare(
    'INSERT OR REPLACE INTO figure_days(time_zone, day, from_at, to_at, body) VALUES (@timeZone, @day, @fromAt, @toAt, @body)',
  ),
}));

interface Day {
  day: string;
  from: number;
  to: number;
}

interface Month {
  month: string;
  fromDay: string;
  toDay: string;
  from: number;
  to: number;
  days: Day[];
}

/** [ticket id, when made ready, turnaround ms, on time 0/1, technician id] */
type Ready = [number, number, number, number, number | null];

/**
 * The devices made ready in a day, the last time each (column by column, which is the
 * smallest JSON): ticket ids, turnaround ms, on time (1/0), technician ids.
 */
interface ReadyDay {
  ticket: number[];
  turnaround: number[];
  onTime: number[];
  staff: (number | null)[];
}

/** One shop day's share of the figures: what figure_days keeps as JSON. */
interface DayPart {
  received: number;
  inWarranty: number;
  faults: Record<string, number>;
  brands: Record<string, number>;
  models: Record<string, number>;
  ready: ReadyDay;
  collected: number;
  /** Ratings given: how many and the sum of each score. */
  rated: [number, number, number, number];
}

const emptyPart = (): DayPart => ({
  received: 0,
  inWarranty: 0,
  faults: {},
  brands: {},
  models: {},
  ready: { ticket: [], turnaround: [], onTime: [], staff: [] },
  collected: 0,
  rated: [0, 0, 0, 0],
});

const months = new Map<string, Month>();

/** The month's days and their bounds in the zone (kept: the zone's rules do not change while running). */
function monthOf(month: string, timeZone: string): Month {
  const key = `${month}|${timeZone}`;
  let m = months.get(key);
  if (!m) {
    m = boundsOf(month, timeZone);
    if (months.size > 500) months.clear();
    months.set(key, m);
  }
  return m;
}

function boundsOf(month: string, timeZone: string): Month {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new RangeError(`Not a month: ${JSON.stringify(month)}`);
  const fromDay = `${month}-01`;
  const toDay = addMonths(fromDay, 1);
  const days: Day[] = [];
  let to = startOfLocalDay(toDay, timeZone);
  for (let d = addDays(toDay, -1); d >= fromDay; d = addDays(d, -1)) {
    const from = startOfLocalDay(d, timeZone);
    days.unshift({ day: d, from, to });
    to = from;
  }
  return { month, fromDay, toDay, from: days[0]!.from, to: startOfLocalDay(toDay, timeZone), days };
}

/** The day of `at` among the month's days (they are in order and cover the month). */
function dayAt(days: readonly Day[], at: number): Day | undefined {
  let lo = 0;
  let hi = days.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = days[mid]!;
    if (at < d.from) hi = mid - 1;
    else if (at >= d.to) lo = mid + 1;
    else return d;
  }
  return undefined;
}

const bump = (m: Record<string, number>, key: string, by = 1) => {
  m[key] = (m[key] ?? 0) + by;
};

interface ReceivedRow {
  day: string;
  inWarranty: number;
  faults: string;
  brand: string;
  model: string;
}

interface CollectedRow {
  at: number;
  attitude: number | null;
  professionalism: number | null;
  speed: number | null;
}

/** The parts of `days` (consecutive days of month `m`) computed from the tickets. */
function computeDays(db: AppDb, m: Month, days: readonly Day[]): Map<string, DayPart> {
  const s = sql(db.$client);
  const parts = new Map(days.map((d) => [d.day, emptyPart()]));
  if (days.length === 0) return parts;
  const first = days[0]!;
  const last = days.at(-1)!;
  const range = { from: first.from, to: last.to };
  for (const r of s.received.all({ fromDay: first.day, toDay: addDays(last.day, 1) }) as ReceivedRow[]) {
    const p = parts.get(r.day);
    if (!p) continue;
    p.received++;
    p.inWarranty += r.inWarranty;
    // Every fault on the ticket counts (a device can come in with two).
    for (const f of JSON.parse(r.faults) as { fault: string }[]) bump(p.faults, f.fault);
    bump(p.brands, r.brand);
    bump(p.models, `${r.brand} ${r.model}`.trim());
  }
  const lastOfDay = new Map<string, Map<number, Ready>>();
  for (const r of s.ready.raw().all(range) as Ready[]) {
    const d = dayAt(days, r[1]);
    if (!d) continue;
    let day = lastOfDay.get(d.day);
    if (!day) lastOfDay.set(d.day, (day = new Map()));
    const seen = day.get(r[0]);
    if (!seen || r[1] > seen[1]) day.set(r[0], r);
  }
  for (const [day, ready] of lastOfDay) {
    const into = parts.get(day)!.ready;
    for (const [ticket, , turnaround, onTime, staff] of ready.values()) {
      into.ticket.push(ticket);
      into.turnaround.push(turnaround);
      into.onTime.push(onTime);
      into.staff.push(staff);
    }
  }
  for (const r of s.collected.all({ ...range, monthFrom: m.from, monthTo: m.to }) as CollectedRow[]) {
    const d = dayAt(days, r.at);
    if (!d) continue;
    const p = parts.get(d.day)!;
    p.collected++;
    if (r.attitude !== null) {
      p.rated[0]++;
      p.rated[1] += r.attitude;
      p.rated[2] += r.professionalism!;
      p.rated[3] += r.speed!;
    }
  }
  return parts;
}

/**
 * The month's days: days before today come from figure_days, computed once and kept (the
 * migration's triggers delete a day whenever something it counted changes); today and later are
 * computed each time. Keeping is best effort: a read-only or busy file still gets its figures.
 */
function monthParts(db: AppDb, m: Month, timeZone: string, today: string): DayPart[] {
  const s = sql(db.$client);
  const closed = m.days.filter((d) => d.day < today);
  const open = m.days.filter((d) => d.day >= today);
  const kept = new Map(
    (s.cached.all(timeZone, m.fromDay, m.toDay) as { day: string; body: string }[]).map((r) => [r.day, r.body]),
  );
  if (closed.some((d) => !kept.has(d.day))) {
    const parts = computeDays(db, m, m.days);
    try {
      db.$client.transaction(() => {
        for (const d of closed)
          if (!kept.has(d.day))
            s.keep.run({ timeZone, day: d.day, fromAt: d.from, toAt: d.to, body: JSON.stringify(parts.get(d.day)) });
      })();
    } catch {
      // Not kept: computed again next time.
    }
    return [...parts.values()];
  }
  const live = computeDays(db, m, open);
  return [...closed.map((d) => JSON.parse(kept.get(d.day)!) as DayPart), ...live.values()];
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The value below which 90 % of the sorted values lie (nearest rank). */
function p90(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.ceil(sorted.length * 0.9) - 1]!;
}

/** Most first, then by name; the first `top`. */
function rank(counts: Map<string, number>, top: number): RankedCount[] {
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, top);
}

const staffNames = (db: AppDb) =>
  new Map((sql(db.$client).staff.all() as { id: number; name: string }[]).map((r) => [r.id, r.name]));

/** Most devices first, then by name. */
const byOutput = (x: TechnicianOutput, y: TechnicianOutput) => y.completed - x.completed || x.name.localeCompare(y.name);

/**
 * A month before today's is kept whole in figure_months once all its days are kept (its row goes
 * with any of them, by trigger); only "uncollected" is counted again, as it depends on today.
 */
function figuresFor(db: AppDb, m: Month, q: Required<MonthlyFiguresQuery>, today: string, uncollected: number): MonthFigures {
  const s = sql(db.$client);
  const closed = m.toDay <= today;
  if (closed) {
    const kept = s.keptMonth.get(q.timeZone, m.month, q.top) as string | undefined;
    if (kept) {
      // Names as they are now (a technician renamed since is shown by the new name).
      const f = JSON.parse(kept) as MonthFigures;
      const names = staffNames(db);
      const technicians = f.technicians
        .map((t) => ({ ...t, name: (t.staffId !== null && names.get(t.staffId)) || '' }))
        .sort(byOutput);
      return { ...f, technicians, uncollected };
    }
  }
  const figures = addUp(db, m, q, today, uncollected);
  if (closed) {
    try {
      s.keepMonth.run(q.timeZone, m.month, q.top, JSON.stringify(figures));
    } catch {
      // Not kept: added up from the days again next time.
    }
  }
  return figures;
}

function addUp(db: AppDb, m: Month, q: Required<MonthlyFiguresQuery>, today: string, uncollected: number): MonthFigures {
  const parts = monthParts(db, m, q.timeZone, today);
  const faults = new Map<string, number>();
  const brands = new Map<string, number>();
  const models = new Map<string, number>();
  const add = (into: Map<string, number>, from: Record<string, number>) => {
    for (const key in from) into.set(key, (into.get(key) ?? 0) + from[key]!);
  };
  // A device made ready on two days of the month counts once, on the later day (parts are in day order).
  const lastReady = new Map<number, { turnaround: number; onTime: number; staff: number | null }>();
  let received = 0;
  let inWarranty = 0;
  let collected = 0;
  const rated = [0, 0, 0, 0];
  for (const p of parts) {
    received += p.received;
    inWarranty += p.inWarranty;
    add(faults, p.faults);
    add(brands, p.brands);
    add(models, p.models);
    const r = p.ready;
    for (let i = 0; i < r.ticket.length; i++)
      lastReady.set(r.ticket[i]!, { turnaround: r.turnaround[i]!, onTime: r.onTime[i]!, staff: r.staff[i]! });
    collected += p.collected;
    for (let i = 0; i < 4; i++) rated[i]! += p.rated[i]!;
  }
  const done = [...lastReady.values()];
  const turnarounds = done.map((d) => d.turnaround).sort((x, y) => x - y);
  const onTime = done.filter((d) => d.onTime === 1).length;
  const names = staffNames(db);
  const perTechnician = new Map<number | null, TechnicianOutput>();
  for (const d of done) {
    const staffId = d.staff;
    const t = perTechnician.get(staffId) ?? { staffId, name: (staffId !== null && names.get(staffId)) || '', completed: 0 };
    t.completed++;
    perTechnician.set(staffId, t);
  }
  const [n, attitude, professionalism, speed] = rated as [number, number, number, number];
  const avg = (sum: number) => (n > 0 ? sum / n : null);
  return {
    month: m.month,
    received,
    inWarranty,
    inWarrantyShare: share(inWarranty, received),
    completed: done.length,
    collected,
    uncollected,
    turnaroundAverageMs: turnarounds.length ? turnarounds.reduce((a, x) => a + x, 0) / turnarounds.length : null,
    turnaroundP90Ms: p90(turnarounds),
    onTime,
    onTimeShare: share(onTime, done.length),
    topFaults: rank(faults, q.top),
    topBrands: rank(brands, q.top),
    topModels: rank(models, q.top),
    technicians: [...perTechnician.values()].sort(byOutput),
    ratings: n,
    satisfactionAverage: avg((attitude + professionalism + speed) / 3),
    satisfaction: { attitude: avg(attitude), professionalism: avg(professionalism), speed: avg(speed) },
  };
}

/**
 * The month's figures with the previous month and the same month a year earlier. Uncollected is
 * what waits at the end of each month by the tickets' status today: for a past month, a device
 * collected after that month's end no longer counts.
 */
export function monthlyFigures(db: AppDb, q: MonthlyFiguresQuery): MonthlyFigures {
  const query = { top: 5, now: Date.now(), ...q };
  const first = `${q.month}-01`;
  const month = (day: string) => monthOf(day.slice(0, 7), q.timeZone);
  const current = monthOf(q.month, q.timeZone); // validates before anything else runs
  const previous = month(addMonths(first, -1));
  const lastYear = month(addMonths(first, -12));
  const today = localDate(query.now, q.timeZone);
  const uncollected = (m: Month) =>
    sql(db.$client).uncollected.get(m.to - DEFAULT_SLA_POLICY.uncollectedAfterDays * DAY_MS) as number;
  return {
    current: figuresFor(db, current, query, today, uncollected(current)),
    previousMonth: figuresFor(db, previous, query, today, uncollected(previous)),
    sameMonthLastYear: figuresFor(db, lastYear, query, today, uncollected(lastYear)),
  };
}
