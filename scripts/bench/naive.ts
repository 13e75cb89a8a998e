import type Database from 'better-sqlite3';
import { statements } from '../../db/queries/statements';
import type { CustomerListItem } from '../../shared/schemas/customer';
import { classifyQuery, prefixUpperBound } from '../../shared/search/query';
import { significantDigits } from '../../shared/text/phone';
import { reverseDigits } from '../../shared/text/phone';

/**
 * The naive implementations the bench compares against, and the reference results the checks
 * use: plain LIKE full scans, no search structures. Same row shape and the same "newest first,
 * at most N candidates" as db/queries/customers.ts, so the comparison is like for like.
 * Also the measured alternatives for docs/search.md.
 */

export const LIST_COLUMNS = `c.id, c.name, c.name_fold, c.email, c.created_at,
  (SELECT number FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position LIMIT 1) AS phone`;

/** The digits of a stored number, in SQL (what a naive implementation would do). */
const DIGITS = `replace(replace(replace(replace(replace(replace(number, ' ', ''), '-', ''), '(', ''), ')', ''), '+', ''), '.', '')`;

export interface Row {
  id: number;
  name: string;
  name_fold: string;
  email: string;
  created_at: number;
  phone: string | null;
  /** Phone searches only: how many of the customer's numbers are exactly the query. */
  full?: number;
}

export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const sql = statements((db: Database.Database) => ({
  nameLike: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.name_fold LIKE :pat ESCAPE '\\' ORDER BY c.id DESC LIMIT :limit`,
  ),
  // "Digits end with 1234" is `digits_rev LIKE '4321%'`: LIKE cannot use the BINARY index, so a full scan.
  phoneLike: db.prepare(
    `SELECT ${LIST_COLUMNS},
       (SELECT count(*) FROM customer_phones f WHERE f.customer_id = c.id AND f.digits_rev = :rev) AS full
     FROM customers c WHERE c.id IN (SELECT customer_id FROM customer_phones WHERE digits_rev LIKE :rev || '%')
     ORDER BY c.id DESC LIMIT :limit`,
  ),
  phoneReplace: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.id IN (SELECT customer_id FROM customer_phones WHERE ${DIGITS} LIKE :pat)
     ORDER BY c.id DESC LIMIT :limit`,
  ),
  digitsOf: db.prepare('SELECT number FROM customer_phones WHERE customer_id = ? ORDER BY position').pluck(),
  allPage: db.prepare(`SELECT ${LIST_COLUMNS} FROM customers c ORDER BY c.id DESC LIMIT :limit OFFSET :offset`),
  allCount: db.prepare('SELECT count(*) FROM customers').pluck(),
  namePage: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.name_fold LIKE :pat ESCAPE '\\' ORDER BY c.id DESC LIMIT :limit OFFSET :offset`,
  ),
  nameCount: db.prepare(`SELECT count(*) FROM customers WHERE name_fold LIKE :pat ESCAPE '\\'`).pluck(),
  phonePage: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.id IN (SELECT customer_id FROM customer_phones WHERE digits_rev LIKE :rev || '%')
     ORDER BY c.id DESC LIMIT :limit OFFSET :offset`,
  ),
  phoneCount: db.prepare(`SELECT count(DISTINCT customer_id) FROM customer_phones WHERE digits_rev LIKE :rev || '%'`).pluck(),
  // Alternatives.
  ftsLike: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.id IN (
       SELECT rowid FROM customers_fts WHERE name_fold LIKE :pat ORDER BY rowid DESC LIMIT :limit)
     ORDER BY c.id DESC`,
  ),
  prefixIdsFirst: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.id IN (
       SELECT id FROM customers WHERE name_fold >= :lo AND name_fold < :hi ORDER BY id DESC LIMIT :limit)
     ORDER BY c.id DESC`,
  ),
}));

/** The page of candidates a naive LIKE scan gives: newest first, at most `limit`. */
export function naiveCandidates(db: Database.Database, raw: string, limit: number): Row[] {
  const s = sql(db);
  const q = classifyQuery(raw);
  if (q.kind === 'empty') return [];
  if (q.kind === 'phone') return s.phoneLike.all({ rev: reverseDigits(q.digits), limit }) as Row[];
  const pat = q.length === 1 ? `${escapeLike(q.fold)}%` : `%${escapeLike(q.fold)}%`;
  return s.nameLike.all({ pat, limit }) as Row[];
}

/** The customers.list page a naive implementation gives: LIKE filter, LIMIT/OFFSET paging, count(*). */
export function naivePage(
  db: Database.Database,
  raw: string,
  limit: number,
  offset: number,
  withTotal: boolean,
): { rows: Row[]; total: number } {
  const s = sql(db);
  const q = classifyQuery(raw);
  if (q.kind === 'empty') {
    return { rows: s.allPage.all({ limit, offset }) as Row[], total: withTotal ? (s.allCount.get() as number) : -1 };
  }
  if (q.kind === 'phone') {
    const rev = reverseDigits(q.digits);
    return {
      rows: s.phonePage.all({ rev, limit, offset }) as Row[],
      total: withTotal ? (s.phoneCount.get({ rev }) as number) : -1,
    };
  }
  const pat = q.length === 1 ? `${escapeLike(q.fold)}%` : `%${escapeLike(q.fold)}%`;
  return { rows: s.namePage.all({ pat, limit, offset }) as Row[], total: withTotal ? (s.nameCount.get({ pat }) as number) : -1 };
}

/** searchCustomers' ranking applied to the naive candidates: the reference result. */
export function naiveSearch(db: Database.Database, raw: string, limit: number): CustomerListItem[] {
  const q = classifyQuery(raw);
  if (q.kind === 'empty') return [];
  const rows = naiveCandidates(db, raw, Math.max(limit * 8, 64));
  const item = (r: Row): CustomerListItem => ({
    id: r.id,
    name: r.name,
    phone: r.phone ?? '',
    email: r.email,
    createdAt: r.created_at,
  });
  if (q.kind === 'phone') {
    return rows
      .map((r) => ({ ...item(r), matchedBy: r.full ? ('phone' as const) : ('phoneTail' as const) }))
      .sort((a, b) => Number(b.matchedBy === 'phone') - Number(a.matchedBy === 'phone') || b.id - a.id)
      .slice(0, limit);
  }
  const rank = (r: Row) => (r.name_fold === q.fold ? 0 : r.name_fold.startsWith(q.fold) ? 1 : 2);
  return rows
    .sort((a, b) => rank(a) - rank(b) || b.id - a.id)
    .slice(0, limit)
    .map((r) => ({ ...item(r), matchedBy: 'name' as const }));
}

/** A customer's numbers as significant digits (country code and trunk 0 dropped), for the phone checks. */
export function digitsOf(db: Database.Database): (id: number) => string[] {
  const s = sql(db);
  return (id) => (s.digitsOf.all(id) as string[]).map((n) => significantDigits(n));
}

/** Alternative naive phone scan: digits taken from the number as typed, with replace(), per row. */
export function phoneReplaceCandidates(db: Database.Database, digits: string, limit: number): Row[] {
  return sql(db).phoneReplace.all({ pat: `%${digits}`, limit }) as Row[];
}

/** Alternative: FTS5 trigram with LIKE (works for any length, but < 3 characters cannot use the index). */
export function ftsLikeCandidates(db: Database.Database, fold: string, limit: number): Row[] {
  return sql(db).ftsLike.all({ pat: `%${fold}%`, limit }) as Row[];
}

/** Alternative for 1 character: take the newest ids from the covering name_fold index first, then the rows. */
export function prefixIdsFirstCandidates(db: Database.Database, fold: string, limit: number): Row[] {
  return sql(db).prefixIdsFirst.all({ lo: fold, hi: prefixUpperBound(fold), limit }) as Row[];
}
