import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { monthlyFigures } from '../../db/queries/figures';
import { testDb } from '../helpers';

/*
 * A shop in Shanghai (UTC+8, no daylight saving) with a handful of tickets placed on the edges of
 * March 2026: the numbers below can be checked by hand. `utc(…)` is the instant; the comment next
 * to each gives the shop's local time, which decides the month.
 */
const utc = (iso: string) => Date.parse(`${iso}Z`);
const HOUR = 3_600_000;

interface Ticket {
  intakeAt: number;
  intakeOn: string;
  inWarranty?: boolean;
  brand: string;
  model: string;
  fault: string;
  promisedAt: number;
  /** When it was made ready, by which technician (staff id). */
  ready?: { at: number; by: number };
  collectedAt?: number;
  rating?: [number, number, number];
}

function shop(tickets: Ticket[]) {
  const { db, sqlite } = testDb();
  sqlite.exec(`INSERT INTO staff(id, name, role, created_at, updated_at) VALUES (1, '前台小王', 'staff', 0, 0),
    (2, '李师傅', 'technician', 0, 0), (3, '陈师傅', 'technician', 0, 0)`);
  sqlite.exec(`INSERT INTO customers(id, name, name_fold, created_at, updated_at) VALUES (1, '张伟', '张伟', 0, 0)`);
  tickets.forEach((t, i) => add(sqlite, i + 1, t));
  return db;
}

function add(sqlite: Database.Database, id: number, t: Ticket) {
  sqlite
    .prepare(
      `INSERT INTO products(id, customer_id, category, brand, model, created_at, updated_at) VALUES (?, 1, 'consumer_electronics', ?, ?, 0, 0)`,
    )
    .run(id, t.brand, t.model);
  const status = t.collectedAt ? 'collected' : t.ready ? 'ready' : 'received';
  const statusAt = t.collectedAt ?? t.ready?.at ?? t.intakeAt;
  sqlite
    .prepare(
      `INSERT INTO tickets(id, ticket_no, ticket_no_fold, ticket_no_rev, customer_id, product_id, channel, urgency, status, status_at,
         reported_fault, faults, accessories, condition, in_warranty, promised_date, promised_at, intake_at, intake_on,
         intake_staff_id, technician_id, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, 'walk_in', 'normal', ?, ?, '', ?, '[]', '[]', ?, '2026-01-01', ?, ?, ?, 1, ?, ?)`,
    )
    .run(
      id,
      `R-${id}`,
      `r-${id}`,
      `${id}-r`,
      id,
      status,
      statusAt,
      JSON.stringify([{ component: 'host', fault: t.fault, findings: [] }]),
      t.inWarranty ? 1 : 0,
      t.promisedAt,
      t.intakeAt,
      t.intakeOn,
      t.ready?.by ?? null,
      statusAt,
    );
  const event = sqlite.prepare(
    `INSERT INTO ticket_events(ticket_id, at, staff_id, kind, from_status, to_status) VALUES (?, ?, ?, 'status', ?, ?)`,
  );
  event.run(id, t.intakeAt, 1, null, 'received');
  if (t.ready) event.run(id, t.ready.at, t.ready.by, 'in_repair', 'ready');
  if (t.collectedAt) {
    event.run(id, t.collectedAt, 1, 'ready', 'collected');
    if (t.rating)
      sqlite
        .prepare('INSERT INTO satisfaction(ticket_id, at, attitude, professionalism, speed) VALUES (?, ?, ?, ?, ?)')
        .run(id, t.collectedAt, ...t.rating);
  }
}

const TICKETS: Ticket[] = [
  // 1. In at 00:30 on 1 March local (still February in UTC); ready 3 March; collected 23:59 on 31 March.
  {
    intakeAt: utc('2026-02-28T16:30:00'),
    intakeOn: '2026-03-01',
    inWarranty: true,
    brand: 'Apple',
    model: 'iPhone 13',
    fault: 'display',
    promisedAt: utc('2026-03-05T15:59:59'),
    ready: { at: utc('2026-03-03T02:00:00'), by: 2 },
    collectedAt: utc('2026-03-31T15:59:00'),
    rating: [5, 5, 4],
  },
  // 2. In at 23:00 on 31 March local; ready at 00:30 on 1 April local: received in March, completed in April.
  {
    intakeAt: utc('2026-03-31T15:00:00'),
    intakeOn: '2026-03-31',
    brand: '华为',
    model: 'Mate 60 Pro',
    fault: 'no_power',
    promisedAt: utc('2026-04-03T15:59:59'),
    ready: { at: utc('2026-03-31T16:30:00'), by: 3 },
  },
  // 3. In at 23:59 on 28 February local; ready at 08:00 on 1 March, a day late; never collected.
  {
    intakeAt: utc('2026-02-28T15:59:00'),
    intakeOn: '2026-02-28',
    brand: '华为',
    model: 'Mate 60 Pro',
    fault: 'display',
    promisedAt: utc('2026-02-28T20:00:00'),
    ready: { at: utc('2026-03-01T00:00:00'), by: 3 },
  },
  // 4. Collected at 00:00 on 1 March local (16:00 UTC the day before): a March pickup, rated 3/4/2.
  {
    intakeAt: utc('2026-02-20T02:00:00'),
    intakeOn: '2026-02-20',
    brand: 'Apple',
    model: 'iPhone 15 Pro',
    fault: 'battery_charging',
    promisedAt: utc('2026-02-25T15:59:59'),
    ready: { at: utc('2026-02-23T02:00:00'), by: 2 },
    collectedAt: utc('2026-02-28T16:00:00'),
    rating: [3, 4, 2],
  },
  // 5. Collected at 00:00 on 1 April local: not a March pickup.
  {
    intakeAt: utc('2026-03-10T02:00:00'),
    intakeOn: '2026-03-10',
    brand: 'Apple',
    model: 'iPhone 13',
    fault: 'display',
    promisedAt: utc('2026-03-15T15:59:59'),
    ready: { at: utc('2026-03-12T02:00:00'), by: 2 },
    collectedAt: utc('2026-03-31T16:00:00'),
    rating: [1, 1, 1],
  },
  // 6. March a year earlier: in, ready in 10 hours, collected.
  {
    intakeAt: utc('2025-03-10T01:00:00'),
    intakeOn: '2025-03-10',
    inWarranty: true,
    brand: '小米',
    model: 'Redmi Note 13',
    fault: 'no_power',
    promisedAt: utc('2025-03-12T15:59:59'),
    ready: { at: utc('2025-03-10T11:00:00'), by: 3 },
    collectedAt: utc('2025-03-11T03:00:00'),
  },
];

describe('monthly figures', () => {
  const figures = monthlyFigures(shop(TICKETS), { month: '2026-03', timeZone: 'Asia/Shanghai' });
  const march = figures.current;

  it('counts tickets in the month of the shop’s calendar, not of UTC', () => {
    // Received: 1 (1 March local), 2 (31 March 23:00), 5; not 3 (28 February 23:59 local).
    expect(march.received).toBe(3);
    expect(march.inWarranty).toBe(1);
    expect(march.inWarrantyShare).toBeCloseTo(1 / 3);
    // Completed: 1 (3 March), 3 (1 March 08:00), 5 (12 March); not 2 (1 April 00:30 local).
    expect(march.completed).toBe(3);
    // Collected: 1 (31 March 23:59 local), 4 (1 March 00:00 local); not 5 (1 April 00:00 local).
    expect(march.collected).toBe(2);
  });

  it('measures turnaround from intake to ready, and promises kept', () => {
    // 1: 57.5 h, 3: 8 h 1 min, 5: 48 h.
    const hours = [57.5, 8 + 1 / 60, 48];
    expect(march.turnaroundAverageMs! / HOUR).toBeCloseTo(hours.reduce((a, h) => a + h) / 3, 6);
    expect(march.turnaroundP90Ms! / HOUR).toBeCloseTo(57.5, 6);
    // 3 was made ready after its promise.
    expect(march.onTime).toBe(2);
    expect(march.onTimeShare).toBeCloseTo(2 / 3);
  });

  it('flags a device ready for more than 30 days at the end of the month', () => {
    // 3 has waited since 1 March 08:00: 30 days and 16 hours at midnight on 1 April.
    expect(march.uncollected).toBe(1);
    expect(figures.previousMonth.uncollected).toBe(0);
  });

  it('ranks faults, brands and models of the tickets received, and credits technicians', () => {
    expect(march.topFaults).toEqual([
      { key: 'display', count: 2 },
      { key: 'no_power', count: 1 },
    ]);
    expect(march.topBrands).toEqual([
      { key: 'Apple', count: 2 },
      { key: '华为', count: 1 },
    ]);
    expect(march.topModels[0]).toEqual({ key: 'Apple iPhone 13', count: 2 });
    expect(march.technicians).toEqual([
      { staffId: 2, name: '李师傅', completed: 2 },
      { staffId: 3, name: '陈师傅', completed: 1 },
    ]);
  });

  it('averages the pickup ratings given in the month', () => {
    // 1 (5, 5, 4) and 4 (3, 4, 2); 5's (1, 1, 1) was given in April.
    expect(march.ratings).toBe(2);
    expect(march.satisfactionAverage).toBeCloseTo((14 / 3 + 9 / 3) / 2);
    expect(march.satisfaction).toEqual({ attitude: 4, professionalism: 4.5, speed: 3 });
  });

  it('sets the month against the one before and the same month last year', () => {
    const feb = figures.previousMonth;
    expect(feb.month).toBe('2026-02');
    expect([feb.received, feb.completed, feb.collected]).toEqual([2, 1, 0]);
    const lastYear = figures.sameMonthLastYear;
    expect(lastYear.month).toBe('2025-03');
    expect([lastYear.received, lastYear.inWarranty, lastYear.completed, lastYear.collected]).toEqual([1, 1, 1, 1]);
    expect(lastYear.turnaroundAverageMs).toBe(10 * HOUR);
    expect(lastYear.ratings).toBe(0);
    expect(lastYear.satisfactionAverage).toBeNull();
  });

  it('gives empty figures for a month with nothing, and refuses what is not a month', () => {
    const db = shop([]);
    const empty = monthlyFigures(db, { month: '2026-01', timeZone: 'Asia/Shanghai' }).current;
    expect(empty).toMatchObject({ received: 0, completed: 0, inWarrantyShare: null, turnaroundP90Ms: null, topFaults: [] });
    expect(() => monthlyFigures(db, { month: '2026-13', timeZone: 'Asia/Shanghai' })).toThrow(RangeError);
    expect(() => monthlyFigures(db, { month: "2026-01' OR 1=1", timeZone: 'Asia/Shanghai' })).toThrow(RangeError);
  });
});

describe('monthly figures kept per day (figure_days)', () => {
  // Today is 10 April 2026 in Shanghai: March is a closed month, kept after the first look.
  const now = utc('2026-04-10T04:00:00');
  const look = (db: ReturnType<typeof shop>) => monthlyFigures(db, { month: '2026-03', timeZone: 'Asia/Shanghai', now });
  const fresh = (db: ReturnType<typeof shop>) => {
    db.$client.exec('DELETE FROM figure_days');
    return look(db);
  };
  const keptDays = (db: ReturnType<typeof shop>) =>
    db.$client.prepare("SELECT count(*) FROM figure_days WHERE day LIKE '2026-03-%'").pluck().get();

  it('keeps the days of a past month and gives the same figures from them', () => {
    const db = shop(TICKETS);
    const first = look(db);
    expect(keptDays(db)).toBe(31);
    // Read back from the kept days: identical to the computation from the tickets.
    expect(look(db)).toEqual(first);
    expect(fresh(db)).toEqual(first);
    expect(first.current.received).toBe(3);
  });

  it('shows a corrected brand, fault, rating, pickup or technician name in a month already looked at', () => {
    const db = shop(TICKETS);
    look(db);
    const sqlite = db.$client;
    // Ticket 2's device was a Honor, not a Huawei; ticket 5 came in for its battery, not the display.
    sqlite.prepare("UPDATE products SET brand = 'Honor' WHERE id = 2").run();
    sqlite
      .prepare('UPDATE tickets SET faults = ? WHERE id = 5')
      .run(JSON.stringify([{ component: 'host', fault: 'battery_charging', findings: [] }]));
    sqlite.prepare("UPDATE staff SET name = '李国强' WHERE id = 2").run();
    let march = look(db).current;
    expect(march.topBrands).toEqual([
      { key: 'Apple', count: 2 },
      { key: 'Honor', count: 1 },
    ]);
    expect(march.topFaults.find((f) => f.key === 'battery_charging')).toEqual({ key: 'battery_charging', count: 1 });
    expect(march.technicians[0]).toEqual({ staffId: 2, name: '李国强', completed: 2 });
    // Ticket 1 (collected 31 March) is taken back for a second look: no longer a March pickup, its rating goes too.
    sqlite.prepare("UPDATE tickets SET status = 'diagnosing', status_at = ? WHERE id = 1").run(utc('2026-04-09T02:00:00'));
    march = look(db).current;
    expect(march.collected).toBe(1);
    expect(march.ratings).toBe(1);
    expect(march.satisfaction).toEqual({ attitude: 3, professionalism: 4, speed: 2 });
    expect(look(db)).toEqual(fresh(db));
  });

  it('counts a late-recorded ready event and a removed rating', () => {
    const db = shop(TICKETS);
    look(db);
    const sqlite = db.$client;
    // Ticket 2 had also been made ready on 20 March (recorded late, with that time).
    sqlite
      .prepare(
        `INSERT INTO ticket_events(ticket_id, at, staff_id, kind, from_status, to_status) VALUES (2, ?, 2, 'status', 'in_repair', 'ready')`,
      )
      .run(utc('2026-03-20T02:00:00'));
    sqlite.prepare('DELETE FROM satisfaction WHERE ticket_id = 4').run();
    const march = look(db).current;
    expect(march.completed).toBe(4);
    expect(march.ratings).toBe(1);
    expect(look(db)).toEqual(fresh(db));
  });

  it('counts today live: a ticket taken in today shows at once, and today is not kept', () => {
    const db = shop(TICKETS);
    const today = { month: '2026-04', timeZone: 'Asia/Shanghai', now };
    expect(monthlyFigures(db, today).current.received).toBe(0);
    add(db.$client, 100, {
      intakeAt: utc('2026-04-10T03:00:00'),
      intakeOn: '2026-04-10',
      brand: 'OPPO',
      model: 'Find X7',
      fault: 'display',
      promisedAt: utc('2026-04-12T15:59:59'),
    });
    const april = monthlyFigures(db, today).current;
    expect(april.received).toBe(1);
    expect(april.topBrands).toEqual([{ key: 'OPPO', count: 1 }]);
    expect(db.$client.prepare("SELECT count(*) FROM figure_days WHERE day >= '2026-04-10'").pluck().get()).toBe(0);
  });

  it('still answers when the file cannot be written', () => {
    const db = shop(TICKETS);
    const expected = look(db);
    db.$client.exec('DELETE FROM figure_days');
    db.$client.pragma('query_only = ON');
    try {
      expect(look(db)).toEqual(expected);
      expect(keptDays(db)).toBe(0);
    } finally {
      db.$client.pragma('query_only = OFF');
    }
  });
});
