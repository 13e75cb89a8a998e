import type Database from 'better-sqlite3';
import { eq, sql as drizzleSql } from 'drizzle-orm';
import type { AppDb } from '../client';
import { customers, customerPhones } from '../schema';
import { foldForSearch } from '../../shared/text/fold';
import { cleanPhone, phoneDigits, reverseDigits, significantDigits } from '../../shared/text/phone';
import { classifyQuery, ftsPhrase, nameBigrams, type SearchQuery } from '../../shared/search/query';
import type {
  Customer,
  CustomerFields,
  CustomerListItem,
  CustomerPage,
  PhoneLabel,
  PhoneOwner,
} from '../../shared/schemas/customer';
import { preparedQueries, statements } from './statements';

interface ListRow {
  id: number;
  name: string;
  name_fold: string;
  email: string;
  created_at: number;
  phone: string | null;
}

const LIST_COLUMNS = `c.id, c.name, c.name_fold, c.email, c.created_at,
  (SELECT number FROM customer_phones p WHERE p.customer_id = c.id ORDER BY position LIMIT 1) AS phone`;

/** Phone tails are ranges on the reversed digits: '4321' ≤ rev < '4321:' (':' sorts after '9'). */
const PHONE_RANGE = `digits_rev >= :rev AND digits_rev < :rev || ':'`;

const sql = statements((db: Database.Database) => ({
  insertGram: db.prepare('INSERT OR IGNORE INTO customer_name_grams(gram, customer_id) VALUES (?, ?)'),
  deleteGrams: db.prepare('DELETE FROM customer_name_grams WHERE customer_id = ?'),
  listAll: db.prepare(`SELECT ${LIST_COLUMNS} FROM customers c WHERE c.id < :before ORDER BY c.id DESC LIMIT :limit`),
  countAll: db.prepare('SELECT count(*) FROM customers').pluck(),
  listFts: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.id IN (
       SELECT rowid FROM customers_fts WHERE customers_fts MATCH :match AND rowid < :before
       ORDER BY rowid DESC LIMIT :limit)
     ORDER BY c.id DESC`,
  ),
  countFts: db.prepare('SELECT count(*) FROM customers_fts WHERE customers_fts MATCH :match').pluck(),
  listGram: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.id IN (
       SELECT customer_id FROM customer_name_grams WHERE gram = :gram AND customer_id < :before
       ORDER BY customer_id DESC LIMIT :limit)
     ORDER BY c.id DESC`,
  ),
  countGram: db.prepare('SELECT count(*) FROM customer_name_grams WHERE gram = :gram').pluck(),
  listInitial: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c
     WHERE substr(c.name_fold, 1, 1) = :initial AND c.id < :before
     ORDER BY c.id DESC LIMIT :limit`,
  ),
  countInitial: db.prepare('SELECT count(*) FROM customers WHERE substr(name_fold, 1, 1) = :initial').pluck(),
  listPhone: db.prepare(
    `SELECT ${LIST_COLUMNS} FROM customers c WHERE c.id IN (
       SELECT customer_id FROM customer_phones WHERE ${PHONE_RANGE} AND customer_id < :before)
     ORDER BY c.id DESC LIMIT :limit`,
  ),
  countPhone: db.prepare(`SELECT count(DISTINCT customer_id) FROM customer_phones WHERE ${PHONE_RANGE}`).pluck(),
  phoneMatches: db.prepare(
    `SELECT customer_id, number FROM customer_phones WHERE ${PHONE_RANGE} AND customer_id IN
       (SELECT value FROM json_each(:ids))`,
  ),
  phoneOwners: db.prepare(
    `SELECT c.id, c.name, p.number AS phone FROM customer_phones p JOIN customers c ON c.id = p.customer_id
     WHERE p.digits_rev >= :rev AND p.digits_rev < :rev || ':' AND c.id <> :exclude ORDER BY c.id LIMIT 200`,
  ),
}));

function writePhones(db: AppDb, customerId: number, phones: CustomerFields['phones']): void {
  db.delete(customerPhones).where(eq(customerPhones.customerId, customerId)).run();
  phones.forEach((p, position) => {
    const number = cleanPhone(p.number);
    db.insert(customerPhones)
      .values({ customerId, position, number, label: p.label, digitsRev: reverseDigits(phoneDigits(number)) })
      .run();
  });
}

function writeGrams(db: AppDb, customerId: number, nameFold: string): void {
  const s = sql(db.$client);
  s.deleteGrams.run(customerId);
  for (const gram of nameBigrams(nameFold)) s.insertGram.run(gram, customerId);
}

export function createCustomer(db: AppDb, fields: CustomerFields, now: number): Customer {
  const nameFold = foldForSearch(fields.name);
  const row = db
    .insert(customers)
    .values({
      name: fields.name,
      nameFold,
      email: fields.email,
      address: fields.address,
      notes: fields.notes,
      consentToContact: fields.consentToContact,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: customers.id })
    .get();
  writePhones(db, row.id, fields.phones);
  writeGrams(db, row.id, nameFold);
  return getCustomer(db, row.id)!;
}

/** Returns the customer after the update, or undefined when no customer has that id. */
export function updateCustomer(db: AppDb, id: number, fields: CustomerFields, now: number): Customer | undefined {
  const nameFold = foldForSearch(fields.name);
  const result = db
    .update(customers)
    .set({
      name: fields.name,
      nameFold,
      email: fields.email,
      address: fields.address,
      notes: fields.notes,
      consentToContact: fields.consentToContact,
      updatedAt: now,
    })
    .where(eq(customers.id, id))
    .run();
  if (result.changes === 0) return undefined;
  writePhones(db, id, fields.phones);
  writeGrams(db, id, nameFold);
  return getCustomer(db, id);
}

const byId = preparedQueries((db) => ({
  customer: db
    .select()
    .from(customers)
    .where(eq(customers.id, drizzleSql.placeholder('id')))
    .prepare(),
  phones: db
    .select({ number: customerPhones.number, label: customerPhones.label })
    .from(customerPhones)
    .where(eq(customerPhones.customerId, drizzleSql.placeholder('id')))
    .orderBy(customerPhones.position)
    .prepare(),
}));

export function getCustomer(db: AppDb, id: number): Customer | undefined {
  const q = byId(db);
  const row = q.customer.get({ id });
  if (!row) return undefined;
  const phones = q.phones.all({ id });
  return {
    id: row.id,
    name: row.name,
    phones: phones.map((p) => ({ number: p.number, label: p.label as PhoneLabel })),
    email: row.email,
    address: row.address,
    notes: row.notes,
    consentToContact: row.consentToContact,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * Other customers who have this phone number (the duplicate-phone warning), however it was
 * written: "+86 138 0013 8000" and "138-0013-8000" are the same phone.
 */
export function phoneOwners(db: AppDb, phone: string, excludeId?: number | null): PhoneOwner[] {
  const digits = significantDigits(phone);
  if (digits.length < 5) return [];
  const candidates = sql(db.$client).phoneOwners.all({ rev: reverseDigits(digits), exclude: excludeId ?? 0 }) as PhoneOwner[];
  const seen = new Set<number>();
  return candidates.filter((o) => significantDigits(o.phone) === digits && !seen.has(o.id) && seen.add(o.id)).slice(0, 20);
}

function toItem(row: ListRow): CustomerListItem {
  return { id: row.id, name: row.name, phone: row.phone ?? '', email: row.email, createdAt: row.created_at };
}

interface Page {
  rows: ListRow[];
  total: number;
}

function queryPage(s: ReturnType<typeof sql>, q: SearchQuery, before: number, limit: number, withTotal: boolean): Page {
  switch (q.kind) {
    case 'empty':
      return {
        rows: s.listAll.all({ before, limit }) as ListRow[],
        total: withTotal ? (s.countAll.get() as number) : 0,
      };
    case 'phone': {
      const rev = reverseDigits(q.digits);
      return {
        rows: s.listPhone.all({ rev, before, limit }) as ListRow[],
        total: withTotal ? (s.countPhone.get({ rev }) as number) : 0,
      };
    }
    case 'text': {
      if (q.length >= 3) {
        const match = ftsPhrase(q.fold);
        return {
          rows: s.listFts.all({ match, before, limit }) as ListRow[],
          total: withTotal ? (s.countFts.get({ match }) as number) : 0,
        };
      }
      if (q.length === 2 && !q.fold.includes(' ')) {
        return {
          rows: s.listGram.all({ gram: q.fold, before, limit }) as ListRow[],
          total: withTotal ? (s.countGram.get({ gram: q.fold }) as number) : 0,
        };
      }
      // One character: names starting with it (a surname).
      const initial = [...q.fold][0]!;
      return {
        rows: s.listInitial.all({ initial, before, limit }) as ListRow[],
        total: withTotal ? (s.countInitial.get({ initial }) as number) : 0,
      };
    }
  }
}

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) return Number.MAX_SAFE_INTEGER;
  const n = Number(cursor);
  return Number.isSafeInteger(n) && n > 0 ? n : Number.MAX_SAFE_INTEGER;
}

/** Newest first, in pages; optionally filtered by name fragment or phone (tail). */
export function listCustomers(db: AppDb, options: { cursor?: string | null; limit: number; q?: string }): CustomerPage {
  const s = sql(db.$client);
  const q = classifyQuery(options.q ?? '');
  const first = !options.cursor;
  const { rows, total } = queryPage(s, q, decodeCursor(options.cursor), options.limit, first);
  const items = rows.map(toItem);
  const last = rows.at(-1);
  return {
    items,
    nextCursor: rows.length === options.limit && last ? String(last.id) : null,
    total: first ? total : -1,
  };
}

/**
 * The best few customers for a search box: exact name first, then names starting with the
 * query, then other matches; newest first within each. Phone matches say whether the whole
 * number or only its tail matched.
 */
export function searchCustomers(db: AppDb, raw: string, limit: number): CustomerListItem[] {
  const s = sql(db.$client);
  const q = classifyQuery(raw);
  if (q.kind === 'empty') return [];
  const candidates = queryPage(s, q, Number.MAX_SAFE_INTEGER, Math.max(limit * 8, 64), false).rows;
  if (q.kind === 'phone') {
    const rev = reverseDigits(q.digits);
    const full = new Set(
      (s.phoneMatches.all({ rev, ids: JSON.stringify(candidates.map((c) => c.id)) }) as { customer_id: number; number: string }[])
        .filter((m) => significantDigits(m.number) === q.digits)
        .map((m) => m.customer_id),
    );
    return candidates
      .map((row) => ({ ...toItem(row), matchedBy: full.has(row.id) ? ('phone' as const) : ('phoneTail' as const) }))
      .sort((a, b) => Number(b.matchedBy === 'phone') - Number(a.matchedBy === 'phone') || b.id - a.id)
      .slice(0, limit);
  }
  const rank = (row: ListRow) => (row.name_fold === q.fold ? 0 : row.name_fold.startsWith(q.fold) ? 1 : 2);
  return candidates
    .sort((a, b) => rank(a) - rank(b) || b.id - a.id)
    .slice(0, limit)
    .map((row) => ({ ...toItem(row), matchedBy: 'name' as const }));
}
