import type Database from 'better-sqlite3';
import { and, eq, isNull } from 'drizzle-orm';
import type { AppDb } from '../client';
import { warrantyCardOwners, warrantyCards } from '../schema';
import { foldSerial, reverseText } from '../../shared/text/serial';
import { phoneDigits, reverseDigits } from '../../shared/text/phone';
import { prefixUpperBound } from '../../shared/search/query';
import { warrantyPolicySchema, type CardComponentTerm, type IsoDate, type StartBasis } from '../../shared/warranty';
import {
  policyTermsSchema,
  type CardMatch,
  type CardOwner,
  type CardStatus,
  type EditablePolicy,
  type PolicyTerms,
  type WarrantyCard,
  type WarrantyCardListItem,
} from '../../shared/schemas/warranty';
import { matchSerials } from './products';
import { statements } from './statements';

/** Fewest characters of a card number that find cards by its end or start. */
export const CARD_PART_MIN = 3;

const ITEM_COLUMNS = `w.id, w.card_no, w.status, w.product_id, p.brand, p.model, p.serial, w.customer_id,
  c.name AS customer_name, w.start_date, w.last_expiry, w.issued_on`;
const ITEM_FROM = 'warranty_cards w JOIN products p ON p.id = w.product_id JOIN customers c ON c.id = w.customer_id';
const ORDER = `ORDER BY (w.status = 'active') DESC, w.id DESC`;

const sql = statements((db: Database.Database) => ({
  get: db.prepare(
    `SELECT w.*, p.category, p.brand, p.model, p.serial, c.name AS customer_name,
       (SELECT number FROM customer_phones ph WHERE ph.customer_id = c.id ORDER BY position LIMIT 1) AS customer_phone
     FROM warranty_cards w JOIN products p ON p.id = w.product_id JOIN customers c ON c.id = w.customer_id WHERE w.id = ?`,
  ),
  owners: db.prepare(
    `SELECT o.customer_id, c.name AS customer_name, o.from_date, o.to_date, o.note
     FROM warranty_card_owners o JOIN customers c ON c.id = o.customer_id WHERE o.card_id = ? ORDER BY o.id`,
  ),
  taken: db.prepare('SELECT 1 FROM warranty_cards WHERE card_no_fold = ?').pluck(),
  active: db.prepare(`SELECT id, card_no FROM warranty_cards WHERE product_id = ? AND status = 'active'`),
  byIds: db.prepare(`SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE w.id IN (SELECT value FROM json_each(?))`),
  byCustomer: db.prepare(`SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE w.customer_id = ? ${ORDER} LIMIT ?`),
  byProduct: db.prepare(`SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} WHERE w.product_id = ? ${ORDER} LIMIT ?`),
  latest: db.prepare(`SELECT ${ITEM_COLUMNS} FROM ${ITEM_FROM} ORDER BY w.id DESC LIMIT ?`),
  noExact: db.prepare('SELECT id FROM warranty_cards WHERE card_no_fold = ?').pluck(),
  noStart: db
    .prepare('SELECT id FROM warranty_cards WHERE card_no_fold > ? AND card_no_fold < ? ORDER BY id DESC LIMIT ?')
    .pluck(),
  noEnd: db.prepare('SELECT id FROM warranty_cards WHERE card_no_rev > ? AND card_no_rev < ? ORDER BY id DESC LIMIT ?').pluck(),
  ofProducts: db
    .prepare(
      `SELECT id FROM warranty_cards WHERE product_id IN (SELECT value FROM json_each(?))
       ORDER BY (status = 'active') DESC, id DESC`,
    )
    .pluck(),
  ofPhone: db
    .prepare(
      `SELECT w.id FROM warranty_cards w WHERE w.customer_id IN (
         SELECT customer_id FROM customer_phones WHERE digits_rev >= ? AND digits_rev < ? || ':')
       ORDER BY w.id DESC LIMIT ?`,
    )
    .pluck(),
}));

interface CardRow {
  id: number;
  card_no: string;
  status: string;
  product_id: number;
  customer_id: number;
  policy: string;
  terms: string;
  start_date: string;
  start_basis: string;
  start_proven: number;
  components: string;
  issued_on: string;
  issued_at: number;
  notes: string;
  void_reason: string | null;
  voided_at: number | null;
  category: string;
  brand: string;
  model: string;
  serial: string;
  customer_name: string;
  customer_phone: string | null;
}

interface ItemRow {
  id: number;
  card_no: string;
  status: string;
  product_id: number;
  brand: string;
  model: string;
  serial: string;
  customer_id: number;
  customer_name: string;
  start_date: string;
  last_expiry: string;
  issued_on: string;
}

export interface NewCard {
  cardNo: string;
  productId: number;
  customerId: number;
  policy: EditablePolicy;
  terms: PolicyTerms;
  start: { date: IsoDate; basis: StartBasis; proven: boolean };
  components: CardComponentTerm[];
  issuedOn: IsoDate;
  notes: string;
}

/** Whether a card already carries this number (in any spelling: case and separators ignored). */
export function cardNoTaken(db: AppDb, cardNo: string): boolean {
  return sql(db.$client).taken.get(foldSerial(cardNo)) !== undefined;
}

/** The card in force for a product, if any. */
export function activeCard(db: AppDb, productId: number): { id: number; card_no: string } | undefined {
  return sql(db.$client).active.get(productId) as { id: number; card_no: string } | undefined;
}

export function insertCard(db: AppDb, card: NewCard, now: number): number {
  const fold = foldSerial(card.cardNo);
  const lastExpiry = card.components.map((c) => c.expiry).reduce((a, b) => (b > a ? b : a), card.start.date);
  const row = db
    .insert(warrantyCards)
    .values({
      cardNo: card.cardNo,
      cardNoFold: fold,
      cardNoRev: reverseText(fold),
      productId: card.productId,
      customerId: card.customerId,
      status: 'active',
      policyCode: card.policy.code,
      policy: JSON.stringify(card.policy),
      terms: JSON.stringify(card.terms),
      startDate: card.start.date,
      startBasis: card.start.basis,
      startProven: card.start.proven,
      components: JSON.stringify(card.components),
      lastExpiry,
      issuedOn: card.issuedOn,
      issuedAt: now,
      notes: card.notes,
      updatedAt: now,
    })
    .returning({ id: warrantyCards.id })
    .get();
  db.insert(warrantyCardOwners)
    .values({ cardId: row.id, customerId: card.customerId, fromDate: card.issuedOn, fromAt: now, note: '' })
    .run();
  return row.id;
}

export function getCard(db: AppDb, id: number): WarrantyCard | undefined {
  const s = sql(db.$client);
  const row = s.get.get(id) as CardRow | undefined;
  if (!row) return undefined;
  const owners = s.owners.all(id) as {
    customer_id: number;
    customer_name: string;
    from_date: string;
    to_date: string | null;
    note: string;
  }[];
  const terms = policyTermsSchema.safeParse(JSON.parse(row.terms));
  return {
    id: row.id,
    cardNo: row.card_no,
    status: row.status as CardStatus,
    productId: row.product_id,
    product: { category: row.category, brand: row.brand, model: row.model, serial: row.serial },
    customerId: row.customer_id,
    customerName: row.customer_name,
    customerPhone: row.customer_phone ?? '',
    // Stored by this app when the card was issued; parsed (not trusted) so a damaged row fails here.
    policy: warrantyPolicySchema.parse(JSON.parse(row.policy)),
    terms: terms.success ? terms.data : { 'zh-Hans': '', 'zh-Hant': '', en: '' },
    start: { date: row.start_date, basis: row.start_basis as StartBasis, proven: row.start_proven === 1 },
    components: JSON.parse(row.components) as CardComponentTerm[],
    issuedOn: row.issued_on,
    issuedAt: row.issued_at,
    notes: row.notes,
    voidReason: row.void_reason,
    voidedAt: row.voided_at,
    owners: owners.map((o): CardOwner => ({
      customerId: o.customer_id,
      customerName: o.customer_name,
      fromDate: o.from_date,
      toDate: o.to_date,
      note: o.note,
    })),
  };
}

export function voidCard(db: AppDb, id: number, reason: string, now: number): void {
  db.update(warrantyCards)
    .set({ status: 'void', voidReason: reason, voidedAt: now, updatedAt: now })
    .where(eq(warrantyCards.id, id))
    .run();
}

/** Ends the current holder's period and starts the new holder's; the card follows the owner. */
export function transferCard(db: AppDb, id: number, customerId: number, today: IsoDate, note: string, now: number): void {
  db.update(warrantyCardOwners)
    .set({ toDate: today })
    .where(and(eq(warrantyCardOwners.cardId, id), isNull(warrantyCardOwners.toDate)))
    .run();
  db.insert(warrantyCardOwners).values({ cardId: id, customerId, fromDate: today, fromAt: now, note }).run();
  db.update(warrantyCards).set({ customerId, updatedAt: now }).where(eq(warrantyCards.id, id)).run();
}

function toItem(row: ItemRow): WarrantyCardListItem {
  return {
    id: row.id,
    cardNo: row.card_no,
    status: row.status as CardStatus,
    productId: row.product_id,
    brand: row.brand,
    model: row.model,
    serial: row.serial,
    customerId: row.customer_id,
    customerName: row.customer_name,
    startDate: row.start_date,
    lastExpiry: row.last_expiry,
    issuedOn: row.issued_on,
  };
}

function items(db: AppDb, ids: readonly number[]): WarrantyCardListItem[] {
  if (ids.length === 0) return [];
  const byId = new Map((sql(db.$client).byIds.all(JSON.stringify(ids)) as ItemRow[]).map((r) => [r.id, toItem(r)]));
  return ids.map((id) => byId.get(id)).filter((x): x is WarrantyCardListItem => x !== undefined);
}

/** Card ids by number: the whole number, then numbers starting with it, then numbers ending with it. */
export function matchCardNumbers(db: AppDb, raw: string, limit: number): { id: number; matchedBy: CardMatch }[] {
  const s = sql(db.$client);
  const fold = foldSerial(raw);
  if (!fold) return [];
  const found = new Map<number, CardMatch>();
  for (const id of s.noExact.all(fold) as number[]) found.set(id, 'cardNo');
  if ([...fold].length >= CARD_PART_MIN) {
    const rev = reverseText(fold);
    const parts = [
      ...(s.noStart.all(fold, prefixUpperBound(fold), limit) as number[]),
      ...(s.noEnd.all(rev, prefixUpperBound(rev), limit) as number[]),
    ];
    for (const id of parts) if (!found.has(id)) found.set(id, 'cardNoPart');
  }
  return [...found].slice(0, limit).map(([id, matchedBy]) => ({ id, matchedBy }));
}

/** Cards by number, for the global search. */
export function searchCards(db: AppDb, raw: string, limit: number): WarrantyCardListItem[] {
  const matches = matchCardNumbers(db, raw, limit);
  const how = new Map(matches.map((m) => [m.id, m.matchedBy]));
  return items(
    db,
    matches.map((m) => m.id),
  ).map((i) => ({ ...i, matchedBy: how.get(i.id) }));
}

/**
 * The card list: a customer's or a product's cards, or the newest; filtered by card number,
 * the product's serial, or the holder's phone (whole number or its last digits).
 */
export function listCards(
  db: AppDb,
  options: { customerId?: number | null; productId?: number | null; q?: string; limit: number },
): WarrantyCardListItem[] {
  const s = sql(db.$client);
  const q = (options.q ?? '').trim();
  if (!q) {
    const raw = options.customerId
      ? s.byCustomer.all(options.customerId, options.limit)
      : options.productId
        ? s.byProduct.all(options.productId, options.limit)
        : s.latest.all(options.limit);
    return (raw as ItemRow[]).map(toItem);
  }
  const found = new Map<number, CardMatch>();
  const add = (ids: number[], how: CardMatch) => ids.forEach((id) => found.has(id) || found.set(id, how));
  for (const m of matchCardNumbers(db, q, 200)) add([m.id], m.matchedBy);
  const productIds = matchSerials(db, q, 200).map((m) => m.id);
  if (productIds.length > 0) add(s.ofProducts.all(JSON.stringify(productIds)) as number[], 'serial');
  const digits = phoneDigits(q);
  if (digits.length >= 4 && /^[\d\s\-+()]+$/.test(q)) {
    const rev = reverseDigits(digits);
    add(s.ofPhone.all(rev, rev, 200) as number[], 'phone');
  }
  return items(db, [...found.keys()])
    .map((i) => ({ ...i, matchedBy: found.get(i.id) }))
    .filter(
      (r) =>
        (!options.customerId || r.customerId === options.customerId) && (!options.productId || r.productId === options.productId),
    )
    .slice(0, options.limit);
}
