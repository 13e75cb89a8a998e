import { monthlyFigures } from '../../db/queries/figures';
import { assessWarranty, buildAssessmentInput } from '../../shared/warranty';
import type { WarrantyLookupResult } from '../../shared/schemas/warranty';
import { Random } from '../seed/random';
import { TIME_ZONE } from '../seed/ticket-story';
import { cycle, opResult, type BenchEnv, type OpResult } from './env';
import { measureAsync, measureSync, verify } from './measure';

/*
 * The owner's monthly figures and the counter's warranty assessment.
 *
 * Figures are measured as the migrations leave the file (with ticket_events_status_at_idx,
 * migration 0009) and, as the baseline, with that index dropped on the bench's working copy:
 * "completed in the month" then reads the whole timeline.
 */

const STATUS_INDEX = 'ticket_events_status_at_idx';

/** The 24 months before the data's last one (the seed's data ends on 2025-12-31). */
function months(env: BenchEnv): string[] {
  const last = env.sqlite.prepare('SELECT max(intake_on) FROM tickets').pluck().get() as string | null;
  if (!last) return [];
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: 24 }, (_, i) => {
    const n = y * 12 + (m - 1) - 1 - i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

export function benchFigures(env: BenchEnv): OpResult[] {
  const pool = months(env);
  if (pool.length === 0) return [];
  const count = env.sqlite.prepare(`SELECT count(*) FROM tickets WHERE intake_on >= ? AND intake_on < ?`).pluck();
  const next = cycle(pool);
  const run = (i: number) => monthlyFigures(env.db, { month: next(i), timeZone: TIME_ZONE });
  const path = 'db/queries/figures.ts: month, previous month, same month last year';
  verify('monthly figures', pool, (month) => {
    const f = monthlyFigures(env.db, { month, timeZone: TIME_ZONE }).current;
    const expected = count.get(`${month}-01`, `${month}-99`) as number;
    return f.received === expected && f.completed > 0 && f.collected > 0
      ? []
      : [`${month}: received ${f.received} ≠ ${expected}`];
  });
  const indexed = measureSync(run, env.fast);
  env.log(`monthly figures: p50 ${indexed.p50.toFixed(1)} ms`);
  const definition = env.sqlite
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?")
    .pluck()
    .get(STATUS_INDEX) as string | undefined;
  if (!definition) throw new Error(`monthly figures: ${STATUS_INDEX} missing — is the file migrated?`);
  env.sqlite.exec(`DROP INDEX ${STATUS_INDEX}`);
  let plain;
  try {
    // Without the index every call reads the whole timeline three times (seconds at 1M
    // tickets): a few runs are enough to show it.
    plain = measureSync(run, { runs: 5, warmup: 1, budgetMs: 1, minRuns: 3 });
  } finally {
    env.sqlite.exec(definition);
  }
  env.log(`monthly figures (without ${STATUS_INDEX}): p50 ${plain.p50.toFixed(1)} ms`);
  return [
    opResult('monthly figures (3 months)', env.tickets, path, indexed, {
      label: `without ${STATUS_INDEX}`,
      stats: plain,
    }),
  ];
}

export async function benchAssessment(env: BenchEnv): Promise<OpResult> {
  const rng = new Random(env.seed, 'bench-assessment');
  const max = env.sqlite.prepare('SELECT max(product_id) FROM repair_warranties').pluck().get() as number | null;
  if (!max) throw new Error('warranty assessment: no repaired products in the data');
  const repaired = env.sqlite
    .prepare('SELECT product_id FROM repair_warranties WHERE product_id >= ? ORDER BY product_id LIMIT 1')
    .pluck();
  const products = [...new Set(Array.from({ length: 40 }, () => repaired.get(rng.int(1, max)) as number))];
  const lookup = async (productId: number) => {
    const r = await env.dispatch('warranty.lookup', { productId });
    if (!r.ok) throw new Error(`warranty.lookup failed: ${r.error.message}`);
    return r.value as WarrantyLookupResult;
  };
  const assess = (l: WarrantyLookupResult) => {
    const item = l.items[0]!;
    const component = item.context.policy.components[0]!.code;
    return assessWarranty(buildAssessmentInput(item.context, { faults: [{ component }], findings: [] }, l.assessmentDate));
  };
  const found = new Map<number, WarrantyLookupResult>();
  for (const id of products) found.set(id, await lookup(id));
  verify('warranty assessment', products, (id) => {
    const l = found.get(id)!;
    if (l.items[0]?.product.id !== id) return [`${id}: not found`];
    const a = assess(l);
    return l.items[0].context.earlierRepairs.length > 0 && a.components.length === 1 ? [] : [`${id}: no earlier repairs`];
  });
  const next = cycle(products);
  const stats = await measureAsync(async (i) => assess(await lookup(next(i))), env.fast);
  const engine = measureSync((i) => assess(found.get(next(i))!), env.fast);
  env.log(`warranty assessment: p50 ${stats.p50.toFixed(3)} ms`);
  return opResult(
    'warranty assessment: lookup + engine (repaired product)',
    env.tickets,
    'warranty.lookup + assessWarranty',
    stats,
    {
      label: 'engine alone, no I/O (reference, not naive)',
      stats: engine,
    },
  );
}
