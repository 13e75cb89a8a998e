import type Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import type { AppDb } from '../client';
import { products } from '../schema';
import { foldForSearch } from '../../shared/text/fold';
import { foldSerial, reverseText } from '../../shared/text/serial';
import { ftsPhrase, prefixUpperBound } from '../../shared/search/query';
import {
  isPreOrder,
  type Product,
  type ProductFields,
  type ProductListItem,
  type ProductMatch,
  type SerialMatch,
} from '../../shared/schemas/product';
import type { ProofKind } from '../../shared/warranty';
import { statements } from './statements';

/** Fewest characters of a serial that count as its tail or a part of it (the trigram minimum). */
export const SERIAL_PART_MIN = 3;

const ITEM_COLUMNS = `p.id, p.customer_id, c.name AS customer_name, p.category, p.brand, p.model, p.serial, p.created_at,
  w.id AS card_id, w.card_no`;
const ITEM_FROM = `products p JOIN customers c ON c.id = p.customer_id
  LEFT JOIN warranty_cards w ON w.product_id = p.id AND w.status = 'active'`;

const sql = statements((db: Database.Database) => ({
  get: db.prepare(
    `SELECT p.*, c.name AS customer_name,
       (SELECT number FROM customer_phones ph WHERE ph.customer_id = c.id ORDER BY position LIMIT 1) AS customer_phone
     FROM products p JOIN customers c ON c.id = p.customer_id WHERE p.id = ?`,
  ),
  byIds: db.prepare(`SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE p.id IN (SELECT value FROM json_each(?))`),
  byCustomer: db.prepare(`SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE p.customer_id = ? ORDER BY p.id DESC LIMIT ?`),
  latest: db.prepare(`SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} ORDER BY p.id DESC LIMIT ?`),
  serialExact: db.prepare('SELECT id FROM products WHERE serial_fold = ? ORDER BY id DESC LIMIT ?').pluck(),
  serialTail: db.prepare('SELECT id FROM products WHERE serial_rev >= ? AND serial_rev < ? ORDER BY id DESC LIMIT ?').pluck(),
  fts: db.prepare('SELECT rowid FROM products_fts WHERE products_fts MATCH ? ORDER BY rowid DESC LIMIT ?').pluck(),
  // A brand's products, newest first (products_brand_idx, migration 0012).
  brand: db.prepare('SELECT id FROM products WHERE brand_fold = ? ORDER BY id DESC LIMIT ?').pluck(),
  sameSerial: db.prepare(
    `SELECT p.id, p.model, c.name AS customer_name FROM products p JOIN customers c ON c.id = p.customer_id
     WHERE p.brand_fold = ? AND p.serial_fold = ? AND p.serial_fold <> '' AND p.id <> ? LIMIT 1`,
  ),
}));

interface ProductRow {
  id: number;
  customer_id: number;
  customer_name: string;
  customer_phone: string | null;
  category: string;
  brand: string;
  model: string;
  serial: string;
  production_date: string | null;
  sale_date: string | null;
  delivery_date: string | null;
  acceptance_date: string | null;
  proof_kind: string | null;
  proof_no: string;
  notes: string;
  created_at: number;
  updated_at: number;
}

interface ItemRow {
  id: number;
  customer_id: number;
  customer_name: string;
  category: string;
  brand: string;
  model: string;
  serial: string;
  created_at: number;
  card_id: number | null;
  card_no: string | null;
}

function columns(fields: ProductFields) {
  const serialFold = foldSerial(fields.serial);
  return {
    customerId: fields.customerId,
    category: fields.category,
    brand: fields.brand,
    model: fields.model,
    serial: fields.serial,
    serialFold,
    serialRev: reverseText(serialFold),
    brandFold: foldForSearch(fields.brand),
    nameFold: foldForSearch(`${fields.brand} ${fields.model}`),
    productionDate: fields.productionDate || null,
    saleDate: fields.saleDate || null,
    deliveryDate: fields.deliveryDate || null,
    acceptanceDate: fields.acceptanceDate || null,
    proofKind: fields.proofKind,
    proofNo: fields.proofNo,
    notes: fields.notes,
  };
}

export function createProduct(db: AppDb, fields: ProductFields, now: number): Product {
  const row = db
    .insert(products)
    .values({ ...columns(fields), createdAt: now, updatedAt: now })
    .returning({ id: products.id })
    .get();
  return getProduct(db, row.id)!;
}

export function updateProduct(db: AppDb, id: number, fields: ProductFields, now: number): Product | undefined {
  const result = db
    .update(products)
    .set({ ...columns(fields), updatedAt: now })
    .where(eq(products.id, id))
    .run();
  return result.changes === 0 ? undefined : getProduct(db, id);
}

/** Moves a product to a new owner (a warranty card transfer). */
export function setProductOwner(db: AppDb, id: number, customerId: number, now: number): void {
  db.update(products).set({ customerId, updatedAt: now }).where(eq(products.id, id)).run();
}

export function getProduct(db: AppDb, id: number): Product | undefined {
  const row = sql(db.$client).get.get(id) as ProductRow | undefined;
  if (!row) return undefined;
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerPhone: row.customer_phone ?? '',
    category: row.category,
    brand: row.brand,
    model: row.model,
    serial: row.serial,
    productionDate: row.production_date,
    saleDate: row.sale_date,
    deliveryDate: row.delivery_date,
    acceptanceDate: row.acceptance_date,
    proofKind: row.proof_kind as ProofKind | null,
    proofNo: row.proof_no,
    notes: row.notes,
    preOrder: isPreOrder({ saleDate: row.sale_date, productionDate: row.production_date }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Another product of the same brand with this serial (the duplicate check), if any. */
export function productWithSameSerial(
  db: AppDb,
  fields: Pick<ProductFields, 'brand' | 'serial'>,
  excludeId: number | null,
): { id: number; model: string; customer_name: string } | undefined {
  const fold = foldSerial(fields.serial);
  if (!fold) return undefined;
  return sql(db.$client).sameSerial.get(foldForSearch(fields.brand), fold, excludeId ?? 0) as
    { id: number; model: string; customer_name: string } | undefined;
}

function toItem(row: ItemRow): ProductListItem {
  return {
    id: row.id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    category: row.category,
    brand: row.brand,
    model: row.model,
    serial: row.serial,
    activeCard: row.card_id !== null && row.card_no !== null ? { id: row.card_id, cardNo: row.card_no } : null,
    createdAt: row.created_at,
  };
}

/** List items for these ids, in the order given. */
export function productItems(db: AppDb, ids: readonly number[]): ProductListItem[] {
  if (ids.length === 0) return [];
  const rows = sql(db.$client).byIds.all(JSON.stringify(ids)) as ItemRow[];
  const byId = new Map(rows.map((r) => [r.id, toItem(r)]));
  return ids.map((id) => byId.get(id)).filter((x): x is ProductListItem => x !== undefined);
}

type Hit<M> = { id: number; matchedBy: M };

/** Ids in the order found, each with the first way it matched, up to `limit`. */
function collect<M>(limit: number) {
  const found = new Map<number, M>();
  return {
    add(ids: unknown[], how: M) {
      for (const id of ids as number[]) if (!found.has(id)) found.set(id, how);
    },
    full: () => found.size >= limit,
    hits: (): Hit<M>[] => [...found].slice(0, limit).map(([id, matchedBy]) => ({ id, matchedBy })),
  };
}

/**
 * Product ids matching a scanned or typed serial, best first: the whole serial, then serials
 * ending with it, then serials containing it; newest first within each kind. What the warranty
 * check and the cards list use: they look a device up, not a brand or model.
 */
export function matchSerials(db: AppDb, raw: string, limit: number): Hit<SerialMatch>[] {
  const s = sql(db.$client);
  const fold = foldSerial(raw);
  if (!fold) return [];
  const { add, full, hits } = collect<SerialMatch>(limit);
  // Cheapest first, and no further once the list is full: the index ranges (whole serial, its
  // end) cost microseconds; a trigram match over the serials costs milliseconds.
  add(s.serialExact.all(fold, limit), 'serial');
  if ([...fold].length >= SERIAL_PART_MIN) {
    const rev = reverseText(fold);
    if (!full()) add(s.serialTail.all(rev, prefixUpperBound(rev), limit), 'serialTail');
    if (!full()) add(s.fts.all(`serial_fold : ${ftsPhrase(fold)}`, limit), 'serialPart');
  }
  return hits();
}

/**
 * Product ids matching a serial (matchSerials), then the brand typed whole, then brand / model
 * names containing the query; newest first within each kind.
 */
export function matchProducts(db: AppDb, raw: string, limit: number): Hit<ProductMatch>[] {
  const s = sql(db.$client);
  if (!foldSerial(raw)) return [];
  const { add, full, hits } = collect<ProductMatch>(limit);
  for (const m of matchSerials(db, raw, limit)) add([m.id], m.matchedBy);
  const name = foldForSearch(raw);
  // A brand typed whole, however short (华为, 小米, LG): the trigram index needs three characters.
  if (name && !full()) add(s.brand.all(name, limit), 'brand');
  if ([...name].length >= SERIAL_PART_MIN && !full()) add(s.fts.all(`name_fold : ${ftsPhrase(name)}`, limit), 'model');
  return hits();
}

/** Search results with how each matched, for the global search and the product list. */
export function searchProducts(db: AppDb, raw: string, limit: number): ProductListItem[] {
  const matches = matchProducts(db, raw, limit);
  const how = new Map(matches.map((m) => [m.id, m.matchedBy]));
  return productItems(
    db,
    matches.map((m) => m.id),
  ).map((item) => ({ ...item, matchedBy: how.get(item.id) }));
}

export function listProducts(db: AppDb, options: { customerId?: number | null; q?: string; limit: number }): ProductListItem[] {
  const s = sql(db.$client);
  const q = (options.q ?? '').trim();
  if (q) {
    const items = searchProducts(db, q, options.customerId ? 500 : options.limit);
    return (options.customerId ? items.filter((i) => i.customerId === options.customerId) : items).slice(0, options.limit);
  }
  const rows = options.customerId ? s.byCustomer.all(options.customerId, options.limit) : s.latest.all(options.limit);
  return (rows as ItemRow[]).map(toItem);
}
