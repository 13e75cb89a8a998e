import { createHash } from 'node:crypto';
import { statements } from '../../db/queries/statements';
import { DEFAULT_SERIES, formatNumber } from '../../shared/numbering/pattern';
import { foldSerial, reverseText } from '../../shared/text/serial';
import { DEFAULT_POLICIES, type EarlierRepair } from '../../shared/warranty';
import { STAFF } from './catalog';
import type { SeedContext, SeedStep } from './context';
import type { SeedProduct } from './products-step';
import { Random } from './random';
import { shopDay, ticketStory, type TicketStory } from './ticket-story';

/*
 * Repair tickets across every status, with their timeline, assessment, quotes, parts, pickups,
 * ratings and repair warranties (ticket-story.ts), written with prepared statements in batches:
 * the same columns the handlers write (db/queries/tickets.ts and friends), at bulk speed.
 */

const sql = statements((db) => ({
  snapshot: db.prepare('INSERT OR IGNORE INTO policy_snapshots(hash, body, created_at) VALUES (?, ?, ?)'),
  ticket: db.prepare(
    `INSERT INTO tickets(ticket_no, ticket_no_fold, ticket_no_rev, customer_id, product_id, channel, urgency, status, status_at,
       reported_fault, faults, accessories, accessories_note, condition, condition_note, passcode, deposit, notes, in_warranty,
       promised_date, promised_at, intake_at, intake_on, intake_staff_id, technician_id, diagnosis, work_done, closed_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, '', ?, 0, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  assessment: db.prepare(
    `INSERT INTO ticket_assessments(ticket_id, kind, at, staff_id, policy_hash, input, output, sentences, language, in_warranty)
     VALUES (?, 'intake', ?, ?, ?, ?, ?, ?, 'zh-Hans', ?)`,
  ),
  event: db.prepare(
    'INSERT INTO ticket_events(ticket_id, at, staff_id, kind, from_status, to_status, note, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ),
  quote: db.prepare(
    `INSERT INTO quotes(ticket_id, version, status, discount, tax, currency, subtotal, free_value, discount_amount, tax_amount,
       total, note, issued_at, issued_by, decided_at, decided_by, decision_method, decision_note)
     VALUES (?, ?, ?, ?, ?, 'CNY', ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?)`,
  ),
  line: db.prepare(
    `INSERT INTO quote_lines(quote_id, position, kind, description, quantity, unit_price, free, free_reason)
     VALUES (?, ?, ?, ?, ?, ?, 0, NULL)`,
  ),
  part: db.prepare(
    'INSERT INTO ticket_parts(ticket_id, position, description, quantity, component, old_part) VALUES (?, 0, ?, 1000, ?, ?)',
  ),
  pickup: db.prepare(
    `INSERT INTO ticket_pickups(ticket_id, at, staff_id, collected_by, id_checked, id_note, resolution, note)
     VALUES (?, ?, ?, ?, ?, '', 'repaired', '')`,
  ),
  rating: db.prepare(
    'INSERT INTO satisfaction(ticket_id, at, attitude, professionalism, speed, comment) VALUES (?, ?, ?, ?, ?, ?)',
  ),
  warranty: db.prepare(
    `INSERT INTO repair_warranties(ticket_id, product_id, repair_date, component, fault, parts_replaced, fault_until, parts_until,
       created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
  series: db.prepare(
    `INSERT INTO number_series(key, pattern, reset_yearly, period, next_seq, updated_at) VALUES ('ticket', ?, 1, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET pattern = excluded.pattern, period = excluded.period, next_seq = excluded.next_seq`,
  ),
}));

const FAULT_TEXT: Record<string, string> = {
  no_power: '开不了机',
  display: '屏幕显示不正常',
  battery_charging: '充不进电，掉电快',
  not_cooling_heating: '不制冷',
  timekeeping: '走时不准',
  weak_output: '输出功率不足',
};

function write(ctx: SeedContext, ticketNo: string, p: SeedProduct, t: TicketStory, hashes: Map<string, string>, clerk: number) {
  const s = sql(ctx.sqlite);
  const fold = foldSerial(ticketNo);
  const faults = [{ component: t.component, fault: t.fault, findings: t.findings }];
  const intakeAt = t.events[0]!.at;
  const id = Number(
    s.ticket.run(
      ticketNo,
      fold,
      reverseText(fold),
      p.customerId,
      p.id,
      t.channel,
      t.urgency,
      t.status,
      t.statusAt,
      FAULT_TEXT[t.fault] ?? '有故障，需检测',
      JSON.stringify(faults),
      JSON.stringify(['charger']),
      JSON.stringify(t.status === 'collected' ? [] : ['scratches']),
      t.closedAt === null ? '1234' : null,
      t.inWarranty ? 1 : 0,
      t.promised.date,
      t.promised.at,
      intakeAt,
      t.intakeOn,
      clerk,
      t.technician,
      t.diagnosis,
      t.workDone,
      t.closedAt,
      t.statusAt,
    ).lastInsertRowid,
  );
  const { policy, ...input } = t.input;
  s.assessment.run(
    id,
    intakeAt,
    clerk,
    hashes.get(policy.code)!,
    JSON.stringify(input),
    JSON.stringify(t.output),
    JSON.stringify(t.sentences),
    t.inWarranty ? 1 : 0,
  );
  for (const e of t.events) s.event.run(id, e.at, e.staff, e.kind, e.from, e.to, e.note, e.data ? JSON.stringify(e.data) : null);
  for (const q of t.quotes) {
    const quoteId = Number(
      s.quote.run(
        id,
        q.version,
        q.status,
        JSON.stringify(q.input.discount),
        JSON.stringify(q.input.tax),
        q.totals.subtotal,
        q.totals.freeValue,
        q.totals.discount,
        q.totals.tax,
        q.totals.total,
        q.issuedAt,
        q.issuedBy,
        q.decidedAt,
        q.decidedBy,
        q.method,
        q.note,
      ).lastInsertRowid,
    );
    q.input.lines.forEach((l, i) => s.line.run(quoteId, i, l.kind, l.description, l.quantity, l.unitPrice));
  }
  if (t.part) s.part.run(id, t.part.description, t.part.component, t.part.oldPart);
  if (t.pickup) {
    s.pickup.run(id, t.pickup.at, t.pickup.staff, '本人', t.pickup.idChecked ? 1 : 0);
    if (t.pickup.rating) s.rating.run(id, t.pickup.at, ...t.pickup.rating, '');
  }
  if (t.warranty) {
    s.warranty.run(
      id,
      p.id,
      t.warranty.repairDate,
      t.component,
      t.fault,
      JSON.stringify(t.part ? [t.part.component] : []),
      t.warranty.faultUntil,
      t.warranty.partsUntil,
      t.pickup?.at ?? t.statusAt,
    );
  }
}

/** The tables the step fills, whose secondary indexes are built once after the load. */
const TABLES = ['tickets', 'ticket_events', 'ticket_assessments', 'quotes', 'quote_lines', 'ticket_parts', 'repair_warranties'];

/**
 * On an empty tickets table the secondary indexes are dropped and built again after the load:
 * one sort per index instead of 100 000 B-tree inserts each. The same SQL is run again, so the
 * file ends up with exactly the indexes the migrations made.
 */
function deferIndexes(ctx: SeedContext): () => void {
  if ((ctx.sqlite.prepare('SELECT count(*) FROM tickets').pluck().get() as number) > 0) return () => {};
  const list = ctx.sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN (${TABLES.map(() => '?').join(',')}) AND name NOT LIKE '%no_idx' AND name NOT LIKE 'quotes_ticket_version_idx'`,
    )
    .all(...TABLES) as { name: string; sql: string }[];
  for (const i of list) ctx.sqlite.exec(`DROP INDEX "${i.name}"`);
  return () => {
    for (const i of list) ctx.sqlite.exec(i.sql);
  };
}

export const ticketsStep = {
  name: 'tickets',
  run(ctx: SeedContext) {
    const started = performance.now();
    const count = ctx.counts.tickets ?? 0;
    if (count === 0 || ctx.products.length === 0) return { rows: 0, ms: performance.now() - started };
    const rng = new Random(ctx.seed, 'tickets');
    const s = sql(ctx.sqlite);
    const hashes = new Map<string, string>();
    for (const policy of DEFAULT_POLICIES) {
      const body = JSON.stringify(policy);
      const hash = createHash('sha256').update(body).digest('hex');
      hashes.set(policy.code, hash);
      s.snapshot.run(hash, body, ctx.range.start);
    }
    const role = (r: string) => ctx.staffIds.filter((_, i) => STAFF[i]?.[1] === r);
    const names = new Map(ctx.staffIds.map((id, i) => [id, STAFF[i]?.[0] ?? '']));
    const clerks = role('staff');
    const technicians = role('technician');
    // Products in the order they were sold: a ticket picks among those sold before it came in.
    const sold = [...ctx.products].sort((a, b) => (a.saleDate < b.saleDate ? -1 : a.saleDate > b.saleDate ? 1 : a.id - b.id));
    const history = new Map<number, EarlierRepair[]>();
    const seq = new Map<number, number>();
    const pattern = DEFAULT_SERIES.ticket.pattern;
    const span = ctx.range.end - ctx.range.start;
    let available = 0;
    let lastYear = 0;
    const restoreIndexes = deferIndexes(ctx);
    const BATCH = 5000;
    for (let from = 0; from < count; from += BATCH) {
      ctx.sqlite.transaction(() => {
        for (let i = from; i < Math.min(count, from + BATCH); i++) {
          const spread = ctx.range.start + Math.floor(((i + rng.float()) / count) * span);
          const day = shopDay(spread);
          while (available < sold.length && sold[available]!.saleDate <= day) available++;
          const product = sold[rng.int(0, Math.max(available - 1, 0))]!;
          // Only the very first tickets can meet no product sold yet: they come in on its sale day.
          const intakeAt = Math.max(spread, Date.parse(`${product.saleDate}T04:00:00Z`));
          const story = ticketStory({
            rng,
            product,
            intakeAt,
            now: ctx.range.end,
            history: history.get(product.id) ?? [],
            clerks,
            technicians,
            names,
          });
          const [year, month] = story.intakeOn.split('-').map(Number) as [number, number];
          const n = (seq.get(year) ?? 0) + 1;
          seq.set(year, n);
          lastYear = year;
          const ticketNo = formatNumber(pattern, { year, month, seq: n });
          write(ctx, ticketNo, product, story, hashes, story.events[0]!.staff);
          if (story.warranty) {
            const list = history.get(product.id) ?? [];
            list.push({
              date: story.warranty.repairDate,
              component: story.component,
              fault: story.fault,
              partsReplaced: story.part ? [story.part.component] : [],
            });
            history.set(product.id, list);
          }
        }
      })();
      const done = Math.min(count, from + BATCH);
      ctx.log(`tickets: ${done} (${Math.round((done / (performance.now() - started)) * 1000)} rows/s)`);
    }
    s.series.run(pattern, String(lastYear), (seq.get(lastYear) ?? 0) + 1, ctx.range.end);
    ctx.log('tickets: building indexes');
    restoreIndexes();
    return { rows: count, ms: performance.now() - started };
  },
} satisfies SeedStep;
