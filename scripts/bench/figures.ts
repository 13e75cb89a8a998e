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
 * Figures (month + previous month + same month last year) are measured three ways: a past month
 * looked at again (its days and the month kept in figure_days / figure_months, migration 0010),
 * the current month (earlier days kept, today counted live), and, as the baseline, the first look
 * with nothing kept: every run empties figure_days, so all three months are added up from the
 * tickets, their products and the timeline (the ranges of tickets_intake_on_idx and
 * ticket_events_status_at_idx).
 */

/** The 24 months before the data's last one (the seed's data ends on 2025-12-31). */
function months(env: BenchEnv): string[] {
  const last = lastDay(env);
  if (!last) return [];
  const [y, m] = last.split('-').map(Number) as [number, number];
  return Array.from({ length: 24 }, (_, i) => {
    const n = y * 12 + (m - 1) - 1 - i;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

const lastDay = (env: BenchEnv) => env.sqlite.prepare('SELECT max(intake_on) FROM tickets').pluck().get() as string | null;

export function benchFigures(env: BenchEnv): OpResult[] {
  const pool = months(env);
  const last = lastDay(env);
  if (pool.length === 0 || !last) return [];
  const count = env.sqlite.prepare(`SELECT count(*) FROM tickets WHERE intake_on >= ? AND intake_on < ?`).pluck();
  const forget = () => env.sqlite.exec('DELETE FROM figure_days');
  const next = cycle(pool);
  const run = (i: number) => monthlyFigures(env.db, { month: next(i), timeZone: TIME_ZONE });
  const path = 'db/queries/figures.ts: month, previous month, same month last year';
  forget();
  const firstLook = measureSync(
    (i) => {
      forget();
      return run(i);
    },
    { runs: 12, warmup: 1, budgetMs: 20_000, minRuns: 5 },
  );
  env.log(`monthly figures, nothing kept: p50 ${firstLook.p50.toFixed(1)} ms`);
  verify('monthly figures', pool, (month) => {
    const kept = monthlyFigures(env.db, { month, timeZone: TIME_ZONE });
    const f = kept.current;
    const expected = count.get(`${month}-01`, `${month}-99`) as number;
    const problems =
      f.received === expected && f.completed > 0 && f.collected > 0 ? [] : [`${month}: received ${f.received} ≠ ${expected}`];
    return problems;
  });
  // Kept figures are the computed ones: compare a few months with a fresh computation.
  for (const month of pool.slice(0, 3)) {
    const kept = JSON.stringify(monthlyFigures(env.db, { month, timeZone: TIME_ZONE }));
    forget();
    const fresh = JSON.stringify(monthlyFigures(env.db, { month, timeZone: TIME_ZONE }));
    if (kept !== fresh) throw new Error(`monthly figures: ${month} kept ≠ computed`);
  }
  for (const month of pool) monthlyFigures(env.db, { month, timeZone: TIME_ZONE });
  const kept = measureSync(run, env.fast);
  env.log(`monthly figures, past month kept: p50 ${kept.p50.toFixed(2)} ms`);
  // The data's last day as today, at 15:00 in the shop.
  const now = Date.parse(`${last}T07:00:00Z`);
  const current = { month: last.slice(0, 7), timeZone: TIME_ZONE, now };
  monthlyFigures(env.db, current);
  const live = measureSync(() => monthlyFigures(env.db, current), env.fast);
  env.log(`monthly figures, current month: p50 ${live.p50.toFixed(2)} ms`);
  return [
    opResult('monthly figures (3 months): past month seen before', env.tickets, path, kept, {
      label: 'first look, nothing kept (added up from the tickets)',
      stats: firstLook,
    }),
    opResult('monthly figures (3 months): current month, today live', env.tickets, path, live, {
      label: 'first look, nothing kept (added up from the tickets)',
      stats: firstLook,
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
