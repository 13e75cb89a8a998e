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
const INITIAL_INDEX = 'CREATE INDEX bench_alt_initial_idx ON customers(substr(name_fold, 1, 1), id)';

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

/** One-character queries with an index on (first character, id): an index range already in id order. */
function initialIndex(db: Database.Database) {
  let list: Database.Statement | undefined;
  let count: Database.Statement | undefined;
  return {
    setup: () => {
      db.exec(INITIAL_INDEX);
      list = db.prepare(`SELECT ${LIST_COLUMNS} FROM customers c WHERE substr(c.name_fold, 1, 1) = ? ORDER BY c.id DESC LIMIT ?`);
      count = db.prepare('SELECT count(*) FROM customers WHERE substr(name_fold, 1, 1) = ?').pluck();
    },
    teardown: () => db.exec('DROP INDEX IF EXISTS bench_alt_initial_idx'),
    rows: (q: string, limit: number) => list!.all(fold(q), limit) as Row[],
    count: (q: string) => count!.get(fold(q)) as number,
  };
}

function alternatives(env: BenchEnv): Alternative[] {
  const db = env.sqlite;
  const initial = initialIndex(db);
  const prefixCount = db.prepare('SELECT count(*) FROM customers WHERE name_fold >= ? AND name_fold < ?').pluck();
  const countPrefix = (q: string) => prefixCount.get(fold(q), prefixUpperBound(fold(q))) as number;
  const fts = (q: string) => ({ rows: ftsLikeCandidates(db, fold(q), CANDIDATES) });
  const ftsLike = "FTS5 trigram LIKE '%abc%' instead of MATCH";
  const rewrite = 'newest ids from the covering name_fold index first, then the rows (query rewrite)';
  const byInitial = 'index on (substr(name_fold, 1, 1), id) (schema change)';
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
      alternative: rewrite,
      pool: 'surname',
      limit: CANDIDATES,
      run: (q) => ({ rows: prefixIdsFirstCandidates(db, fold(q), CANDIDATES) }),
    },
    {
      operation: surname,
      alternative: byInitial,
      pool: 'surname',
      limit: CANDIDATES,
      ...initial,
      run: (q) => ({ rows: initial.rows(q, CANDIDATES) }),
    },
    {
      operation: listSurname,
      alternative: `${rewrite} + the same count`,
      pool: 'surname',
      limit: PAGE,
      run: (q) => ({ rows: prefixIdsFirstCandidates(db, fold(q), PAGE), total: countPrefix(q) }),
    },
    {
      operation: listSurname,
      alternative: `${byInitial} + count on it`,
      pool: 'surname',
      limit: PAGE,
      ...initial,
      run: (q) => ({ rows: initial.rows(q, PAGE), total: initial.count(q) }),
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
