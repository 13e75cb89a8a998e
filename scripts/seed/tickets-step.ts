import { createHash } from 'node:crypto';
import { statements } from '../../db/queries/statements';
import { DEFAULT_SERIES } from '../../shared/numbering/pattern';
import { DEFAULT_POLICIES } from '../../shared/warranty';
import { STAFF } from './catalog';
import type { SeedContext, SeedStep } from './context';
import { buildPostponed, deferIndexes } from './deferred';
import { compactProduct, placeQuotes, type TicketPlan } from './ticket-rows';
import { inThread, inWorker } from './ticket-source';
import { TicketTableWriter } from './ticket-tables';

/*
 * Repair tickets across every status, with their timeline, assessment, quotes, parts, pickups,
 * ratings and repair warranties (ticket-story.ts), turned into rows by ticket-rows.ts (in a worker
 * when ctx.workers is set) and written here many rows per statement, one transaction per chunk.
 */

const sql = statements((db) => ({
  snapshot: db.prepare('INSERT OR IGNORE INTO policy_snapshots(hash, body, created_at) VALUES (?, ?, ?)'),
  series: db.prepare(
    `INSERT INTO number_series(key, pattern, reset_yearly, period, next_seq, updated_at) VALUES ('ticket', ?, 1, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET pattern = excluded.pattern, period = excluded.period, next_seq = excluded.next_seq`,
  ),
  nextId: db.prepare(`SELECT coalesce(max(id), 0) + 1 FROM tickets`).pluck(),
  nextQuoteId: db.prepare(`SELECT coalesce(max(id), 0) + 1 FROM quotes`).pluck(),
  // Numbers read 'R2025-000123' (DEFAULT_SERIES.ticket): the year, then the running number.
  usedSeq: db
    .prepare(
      `SELECT CAST(substr(ticket_no, 2, 4) AS INTEGER), max(CAST(substr(ticket_no, 7) AS INTEGER)) FROM tickets GROUP BY 1`,
    )
    .raw(),
}));

/** The tables the step fills, whose secondary indexes are built once after the load. */
const TABLES = [
  'tickets',
  'ticket_events',
  'ticket_assessments',
  'quotes',
  'quote_lines',
  'ticket_parts',
  'ticket_pickups',
  'satisfaction',
  'repair_warranties',
];

export const ticketsStep = {
  name: 'tickets',
  run(ctx: SeedContext) {
    const started = performance.now();
    const count = ctx.counts.tickets ?? 0;
    if (count === 0 || ctx.products.length === 0) {
      buildPostponed(ctx);
      return { rows: 0, ms: performance.now() - started };
    }
    const s = sql(ctx.sqlite);
    const hashes: [string, string][] = [];
    for (const policy of DEFAULT_POLICIES) {
      const body = JSON.stringify(policy);
      const hash = createHash('sha256').update(body).digest('hex');
      hashes.push([policy.code, hash]);
      s.snapshot.run(hash, body, ctx.range.start);
    }
    const role = (r: string) => ctx.staffIds.filter((_, i) => STAFF[i]?.[1] === r);
    const plan: TicketPlan = {
      seed: ctx.seed,
      count,
      range: ctx.range,
      products: ctx.products.map(compactProduct),
      clerks: role('staff'),
      technicians: role('technician'),
      names: ctx.staffIds.map((id, i) => [id, STAFF[i]?.[0] ?? ''] as const),
      hashes,
      firstTicketId: s.nextId.get() as number,
      firstQuoteId: s.nextQuoteId.get() as number,
      usedSeq: s.usedSeq.all() as [number, number][],
    };
    const deferred = deferIndexes(ctx.sqlite, TABLES);
    const writer = new TicketTableWriter(ctx.sqlite);
    const source = ctx.workers ? inWorker(plan, ctx.bootedWorkers) : inThread(plan);
    // The workers have their plan: the earlier steps' indexes are built while they start telling.
    buildPostponed(ctx);
    let quoteId = plan.firstQuoteId;
    try {
      for (let set = source.next(); set; set = source.next()) {
        const { parts, series, done } = set;
        ctx.sqlite.transaction(() => {
          for (const { rows } of parts) {
            quoteId = placeQuotes(rows, quoteId);
            writer.write(rows);
          }
          s.series.run(DEFAULT_SERIES.ticket.pattern, series.period, series.next, ctx.range.end);
        })();
        ctx.log(`tickets: ${done} (${Math.round((done / (performance.now() - started)) * 1000)} rows/s)`);
      }
    } finally {
      source.close();
    }
    deferred.restore((m) => ctx.log(`tickets: ${m}`));
    return { rows: count, ms: performance.now() - started };
  },
} satisfies SeedStep;
