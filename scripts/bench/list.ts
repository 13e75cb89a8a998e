import type { CustomerPage } from '../../shared/schemas/customer';
import { classifyQuery } from '../../shared/search/query';
import { checkPage, nameMatches } from './checks';
import { cycle, opResult, type BenchEnv, type OpResult } from './env';
import { measureAsync, measureSync, verify } from './measure';
import { digitsOf, naivePage } from './naive';
import type { QueryPool } from './pools';

/** The customers screen's page size (shared/schemas/customer.ts default). */
export const PAGE = 100;

/** One list request: a filter, and where to start (null: the first page). */
interface ListCase {
  q: string;
  cursor: number | null;
  /** Rows before this page in the newest-first list, for the naive LIMIT/OFFSET version. */
  offset: number;
}

interface ListOp {
  operation: string;
  path: string;
  baseline: string;
  cases: (env: BenchEnv) => ListCase[];
}

const first = (qs: readonly string[]): ListCase[] => qs.map((q) => ({ q, cursor: null, offset: 0 }));

/** A cursor `share` of the way into the filtered list, and the offset that reaches the same page. */
function deepCases(env: BenchEnv, qs: readonly string[], share: number): ListCase[] {
  return qs.map((q) => {
    const { total } = naivePage(env.sqlite, q, 1, 0, true);
    const offset = Math.floor(total * share);
    const at = naivePage(env.sqlite, q, 1, offset - 1, false).rows[0];
    if (!at) throw new Error(`no row at ${offset} for "${q}"`);
    return { q, cursor: at.id, offset };
  });
}

const pool = (env: BenchEnv, key: QueryPool): string[] => env.pools[key];

const LIST_OPS: readonly ListOp[] = [
  {
    operation: 'customers.list: first page',
    path: 'rowid range + count(*)',
    baseline: 'same SQL (nothing to improve)',
    cases: () => first(['']),
  },
  {
    operation: 'customers.list: deep page (~90% in)',
    path: 'keyset cursor (id < ?)',
    baseline: 'LIMIT 100 OFFSET n',
    cases: (env) => {
      const newer = env.sqlite.prepare('SELECT count(*) FROM customers WHERE id >= ?').pluck();
      return env.pools.deepCursors.map((cursor) => ({ q: '', cursor, offset: newer.get(cursor) as number }));
    },
  },
  {
    operation: 'customers.list: first page, filter 1-char surname',
    path: 'name_fold prefix range + count',
    baseline: "LIKE 'x%' scan + count",
    cases: (env) => first(pool(env, 'surname')),
  },
  {
    operation: 'customers.list: deep page (~90% in), filter surname',
    path: 'name_fold prefix range, id < cursor',
    baseline: "LIKE 'x%' + OFFSET n",
    cases: (env) => deepCases(env, pool(env, 'surname').slice(0, 10), 0.9),
  },
  {
    operation: 'customers.list: first page, filter 2-char name',
    path: 'grams + count',
    baseline: "LIKE '%x%' scan + count",
    cases: (env) => first(pool(env, 'twoChar')),
  },
  {
    operation: 'customers.list: first page, filter 3+ char Latin',
    path: 'FTS MATCH + count',
    baseline: "LIKE '%x%' scan + count",
    cases: (env) => first(pool(env, 'latin')),
  },
  {
    operation: 'customers.list: first page, filter phone tail',
    path: 'digits_rev range + count',
    baseline: "LIKE '%1234' scan + count",
    cases: (env) => first(pool(env, 'phoneTail')),
  },
];

async function list(env: BenchEnv, c: ListCase): Promise<CustomerPage> {
  const result = await env.dispatch('customers.list', {
    q: c.q,
    cursor: c.cursor === null ? null : String(c.cursor),
    limit: PAGE,
  });
  if (!result.ok) throw new Error(`customers.list failed: ${result.error.code} ${result.error.message}`);
  return result.value as CustomerPage;
}

/** customers.list through the dispatcher (zod validation included), as the customers screen calls it. */
export async function benchList(env: BenchEnv): Promise<OpResult[]> {
  const results: OpResult[] = [];
  const phones = digitsOf(env.sqlite);
  for (const op of LIST_OPS) {
    const cases = op.cases(env);
    // Verify each case against the naive page before timing (pages are awaited, so collect first).
    const pages = new Map<ListCase, CustomerPage>();
    for (const c of cases) pages.set(c, await list(env, c));
    verify(op.operation, cases, (c) => {
      const ref = naivePage(env.sqlite, c.q, PAGE, c.offset, c.cursor === null);
      const q = classifyQuery(c.q);
      return checkPage(pages.get(c)!, {
        limit: PAGE,
        before: c.cursor ?? undefined,
        total: c.cursor === null ? ref.total : -1,
        expectedIds: ref.rows.map((r) => r.id),
        matches:
          q.kind === 'text'
            ? (item) => nameMatches(c.q, item.name)
            : q.kind === 'phone'
              ? (item) => phones(item.id).some((d) => d.endsWith(q.digits))
              : undefined,
      });
    });
    const next = cycle(cases);
    const stats = await measureAsync((i) => list(env, next(i)), env.fast);
    const baseline = measureSync((i) => {
      const c = next(i);
      return naivePage(env.sqlite, c.q, PAGE, c.offset, c.cursor === null);
    }, env.slow);
    results.push(opResult(op.operation, env.size, op.path, stats, { label: op.baseline, stats: baseline }));
    env.log(`${op.operation}: p50 ${stats.p50.toFixed(3)} ms`);
  }
  return results;
}
