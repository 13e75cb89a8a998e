import type Database from 'better-sqlite3';
import { classifyQuery, prefixUpperBound } from '../../shared/search/query';
import { checkSameIds } from './checks';
import { cycle, type AltResult, type BenchEnv, type OpResult } from './env';
import { measureSync, verify, type Stats } from './measure';
import {
  ftsLikeCandidates,
  LIST_COLUMNS,
  naiveCandidates,
  naivePage,
  phoneReplaceCandidates,
  prefixIdsFirstCandidates,
  type Row,
} from './naive';
import { PAGE } from './list';
import type { QueryPool } from './pools';

/**
 * Other ways the same search could be done, measured on the same data and query pools for
 * docs/search.md. Each must return the same rows (ids, order) as the naive reference, and the same
 * count where it counts. They time the SQL only (no ranking in JavaScript, no dispatcher).
 */
interface Alternative {
  operation: string;
  alternative: string;
  pool: QueryPool;
  /** 64 search candidates, or a customers.list page. */
  limit: number;
  /** Takes the raw query, as the search box would; returns the rows and, for list pages, the total. */
  run: (q: string) => { rows: Row[]; total?: number };
  setup?: () => void;
  teardown?: () => void;
}

const CANDIDATES = 64;
const NAME_FOLD_INDEX = 'CREATE INDEX bench_alt_name_fold_idx ON customers(name_fold)';

function fold(q: string): string {
  const c = classifyQuery(q);
  if (c.kind !== 'text') throw new Error(`"${q}" is not a text query`);
  return c.fold;
}

function digits(q: string): string {
  const c = classifyQuery(q);
  if (c.kind !== 'phone') throw new Error(`"${q}" is not a phone query`);
  return c.digits;
}

/**
 * The design before migration 0005: a plain index on name_fold, read as a prefix range, then
 * sorted by id. Kept as an alternative so the bench shows what the initial index bought.
 */
function nameFoldIndex(db: Database.Database) {
  let list: Database.Statement | undefined;
  let count: Database.Statement | undefined;
  return {
    setup: () => {
      db.exec(NAME_FOLD_INDEX);
      list = db.prepare(
        `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.name_fold >= ? AND c.name_fold < ? ORDER BY c.id DESC LIMIT ?`,
      );
      count = db.prepare('SELECT count(*) FROM customers WHERE name_fold >= ? AND name_fold < ?').pluck();
    },
    teardown: () => db.exec('DROP INDEX IF EXISTS bench_alt_name_fold_idx'),
    rows: (q: string, limit: number) => list!.all(fold(q), prefixUpperBound(fold(q)), limit) as Row[],
    count: (q: string) => count!.get(fold(q), prefixUpperBound(fold(q))) as number,
  };
}

function alternatives(env: BenchEnv): Alternative[] {
  const db = env.sqlite;
  const before = nameFoldIndex(db);
  const fts = (q: string) => ({ rows: ftsLikeCandidates(db, fold(q), CANDIDATES) });
  const ftsLike = "FTS5 trigram LIKE '%abc%' instead of MATCH";
  const rewrite = 'name_fold index: newest ids from the covering index first, then the rows';
  const byNameFold = 'name_fold index range, then sort by id (the design before migration 0005)';
  const surname = 'search: 1-char surname (王)';
  const listSurname = 'customers.list: first page, filter 1-char surname';
  return [
    {
      operation: 'search: 2-char Chinese name (张伟)',
      alternative: "FTS5 trigram LIKE '%张伟%' (below 3 chars: no index, scans the FTS table)",
      pool: 'twoChar',
      limit: CANDIDATES,
      run: fts,
    },
    { operation: 'search: 3-char Chinese name', alternative: ftsLike, pool: 'threeChar', limit: CANDIDATES, run: fts },
    { operation: 'search: Latin name fragment', alternative: ftsLike, pool: 'latin', limit: CANDIDATES, run: fts },
    {
      operation: surname,
      alternative: byNameFold,
      pool: 'surname',
      limit: CANDIDATES,
      ...before,
      run: (q) => ({ rows: before.rows(q, CANDIDATES) }),
    },
    {
      operation: surname,
      alternative: rewrite,
      pool: 'surname',
      limit: CANDIDATES,
      ...before,
      run: (q) => ({ rows: prefixIdsFirstCandidates(db, fold(q), CANDIDATES) }),
    },
    {
      operation: listSurname,
      alternative: `${byNameFold} + count on it`,
      pool: 'surname',
      limit: PAGE,
      ...before,
      run: (q) => ({ rows: before.rows(q, PAGE), total: before.count(q) }),
    },
    {
      operation: 'search: phone tail, 4 digits',
      alternative: "naive on the number as typed: replace() separators per row, LIKE '%1234'",
      pool: 'phoneTail',
      limit: CANDIDATES,
      run: (q) => ({ rows: phoneReplaceCandidates(db, digits(q), CANDIDATES) }),
    },
  ];
}

export function benchAlternatives(env: BenchEnv, current: readonly OpResult[]): AltResult[] {
  const out: AltResult[] = [];
  for (const alt of alternatives(env)) {
    const pool = env.pools[alt.pool];
    const currentP50 = current.find((r) => r.operation === alt.operation)?.p50 ?? Number.NaN;
    alt.setup?.();
    try {
      verify(`${alt.operation} / ${alt.alternative}`, pool, (q) => {
        const got = alt.run(q);
        const problems = checkSameIds(got.rows, naiveCandidates(env.sqlite, q, alt.limit));
        if (got.total !== undefined) {
          const want = naivePage(env.sqlite, q, 1, 0, true).total;
          if (got.total !== want) problems.push(`count ${got.total}, expected ${want}`);
        }
        return problems;
      });
      const query = cycle(pool);
      const slow = measureSync((i) => alt.run(query(i)), { runs: 5, warmup: 1 }).p50 > 2;
      const stats: Stats = measureSync((i) => alt.run(query(i)), slow ? env.slow : env.fast);
      out.push({ operation: alt.operation, alternative: alt.alternative, ...stats, currentP50, ratio: stats.p50 / currentP50 });
      env.log(`alt ${alt.operation} / ${alt.alternative}: p50 ${stats.p50.toFixed(3)} ms`);
    } finally {
      alt.teardown?.();
    }
  }
  return out;
}
