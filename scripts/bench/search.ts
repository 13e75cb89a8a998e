import { searchCustomers } from '../../db/queries/customers';
import type { CustomerListItem } from '../../shared/schemas/customer';
import { classifyQuery } from '../../shared/search/query';
import {
  checkEmpty,
  checkFindsSimplified,
  checkFullPhone,
  checkNameResults,
  checkNonEmpty,
  checkPhoneResults,
  checkSameIds,
} from './checks';
import { cycle, opResult, type BenchEnv, type OpResult } from './env';
import { measureSync, verify } from './measure';
import { digitsOf, naiveSearch } from './naive';
import type { QueryPool } from './pools';

/** The search box's limit (shared/schemas/search.ts default). */
export const SEARCH_LIMIT = 8;

interface SearchOp {
  operation: string;
  pool: QueryPool;
  path: string;
  baseline: string;
  check: (q: string, results: CustomerListItem[], env: BenchEnv) => string[];
}

const phoneDigitsOfQuery = (q: string) => {
  const c = classifyQuery(q);
  return c.kind === 'phone' ? c.digits : '';
};

const NAME_LIKE = "name_fold LIKE '%x%' full scan";
const SEARCH_OPS: readonly SearchOp[] = [
  {
    operation: 'search: 2-char Chinese name (张伟)',
    pool: 'twoChar',
    path: 'customer_name_grams (gram, customer_id) primary key',
    baseline: NAME_LIKE,
    check: (q, r) => [...checkNonEmpty(r), ...checkNameResults(q, r)],
  },
  {
    operation: 'search: 3-char Chinese name',
    pool: 'threeChar',
    path: 'customers_fts MATCH (trigram)',
    baseline: NAME_LIKE,
    check: (q, r) => [...checkNonEmpty(r), ...checkNameResults(q, r)],
  },
  {
    operation: 'search: 1-char surname (王)',
    pool: 'surname',
    path: 'customers_initial_idx (first character, id), newest first',
    baseline: "name_fold LIKE 'x%' full scan",
    check: (q, r) => [...checkNonEmpty(r), ...checkNameResults(q, r)],
  },
  {
    operation: 'search: traditional finds simplified (陳大)',
    pool: 'traditional',
    path: 'folded query → grams (2 chars) / FTS (3 chars)',
    baseline: NAME_LIKE,
    check: (q, r) => checkFindsSimplified(q, r),
  },
  {
    operation: 'search: Latin name fragment',
    pool: 'latin',
    path: 'customers_fts MATCH (trigram)',
    baseline: NAME_LIKE,
    check: (q, r) => [...checkNonEmpty(r), ...checkNameResults(q, r)],
  },
  {
    operation: 'search: phone tail, 4 digits',
    pool: 'phoneTail',
    path: 'customer_phones_digits_rev_idx range',
    baseline: "digits LIKE '%1234' full scan",
    check: (q, r, env) => [...checkNonEmpty(r), ...checkPhoneResults(phoneDigitsOfQuery(q), r, digitsOf(env.sqlite))],
  },
  {
    operation: 'search: full phone number',
    pool: 'fullPhone',
    path: 'customer_phones_digits_rev_idx range',
    baseline: "digits LIKE '%…' full scan",
    check: (q, r, env) => checkFullPhone(phoneDigitsOfQuery(q), r, digitsOf(env.sqlite)),
  },
  {
    operation: 'search: no match',
    pool: 'noMatch',
    path: 'grams / FTS / digits_rev (by query)',
    baseline: 'LIKE full scan',
    check: (_q, r) => checkEmpty(r),
  },
  {
    operation: 'search: FTS/LIKE syntax, emoji, 200 chars',
    pool: 'syntax',
    path: 'quoted FTS phrase / prefix range',
    baseline: 'LIKE full scan (escaped)',
    check: (q, r) => checkNameResults(q, r),
  },
];

/** Every search operation: verified against the naive reference, then timed, then the baseline timed. */
export function benchSearch(env: BenchEnv): OpResult[] {
  const results: OpResult[] = [];
  for (const op of SEARCH_OPS) {
    const pool = env.pools[op.pool];
    verify(op.operation, pool, (q) => {
      const got = searchCustomers(env.db, q, SEARCH_LIMIT);
      return [...op.check(q, got, env), ...checkSameIds(got, naiveSearch(env.sqlite, q, SEARCH_LIMIT))];
    });
    const query = cycle(pool);
    const stats = measureSync((i) => searchCustomers(env.db, query(i), SEARCH_LIMIT), env.fast);
    const baseline = measureSync((i) => naiveSearch(env.sqlite, query(i), SEARCH_LIMIT), env.slow);
    results.push(opResult(op.operation, env.size, op.path, stats, { label: op.baseline, stats: baseline }));
    env.log(`${op.operation}: p50 ${stats.p50.toFixed(3)} ms`);
  }
  return results;
}
