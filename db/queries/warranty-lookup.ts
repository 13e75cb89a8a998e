import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { classifyQuery } from '../../shared/search/query';
import { reverseDigits } from '../../shared/text/phone';
import type { WarrantyContext } from '../../shared/warranty';
import type { LookupMatch, WarrantyLookupItem } from '../../shared/schemas/warranty';
import { getPolicy } from './policies';
import { getProduct, matchSerials } from './products';
import { activeCard, getCard, matchCardNumbers } from './warranty-cards';
import { earlierRepairs, exchangesUsed } from './ticket-pickups';
import { openTicketsOfProduct } from './open-tickets';
import { statements } from './statements';

const sql = statements((db: Database.Database) => ({
  productOfCard: db.prepare('SELECT product_id FROM warranty_cards WHERE id = ?').pluck(),
  productsOfPhone: db.prepare(
    `SELECT p.id, ph.digits_rev FROM customer_phones ph JOIN products p ON p.customer_id = ph.customer_id
     WHERE ph.digits_rev >= :rev AND ph.digits_rev < :rev || ':' ORDER BY p.id DESC LIMIT :limit`,
  ),
}));

/** What a scan most likely meant, most certain first: a whole number beats a part of one. */
const RANK: Record<LookupMatch, number> = {
  product: 0,
  cardNo: 1,
  serial: 2,
  phone: 3,
  cardNoPart: 4,
  serialTail: 5,
  phoneTail: 6,
  serialPart: 7,
};

/**
 * The assessment context of one product: the policy and expiries of its card in force, or,
 * without one, its category's current policy; its repairs by this shop (the repair warranties
 * issued at pickup) and the exchanges it already had.
 */
export function warrantyItem(db: AppDb, productId: number, matchedBy: LookupMatch): WarrantyLookupItem | undefined {
  const product = getProduct(db, productId);
  if (!product) return undefined;
  const active = activeCard(db, productId);
  const card = active ? getCard(db, active.id) : undefined;
  const policy = card?.policy ?? getPolicy(db, product.category)?.policy;
  if (!policy) throw new Error(`product ${productId}: no warranty policy ${product.category}`);
  const context: WarrantyContext = {
    policy,
    dates: {
      productionDate: product.productionDate,
      saleDate: product.saleDate,
      deliveryDate: product.deliveryDate,
      acceptanceDate: product.acceptanceDate,
    },
    proof: product.proofKind ? [product.proofKind] : [],
    cardExpiries: card ? card.components.map((c) => ({ component: c.component, expiry: c.expiry })) : [],
    earlierRepairs: earlierRepairs(db, productId),
    exchangesUsed: exchangesUsed(db, productId),
  };
  return {
    matchedBy,
    product,
    card: card ? { id: card.id, cardNo: card.cardNo, start: card.start, issuedOn: card.issuedOn } : null,
    context,
    openTickets: openTicketsOfProduct(db, productId),
  };
}

/**
 * Products a scanned or typed text points at: a card number, a serial (whole, end or part) or
 * the owner's phone (whole or last digits). Each product once, under its most certain match.
 */
export function lookupWarranty(db: AppDb, raw: string, limit: number): { items: WarrantyLookupItem[]; truncated: boolean } {
  const found = new Map<number, LookupMatch>();
  const add = (productId: number, how: LookupMatch) => {
    const known = found.get(productId);
    if (known === undefined || RANK[how] < RANK[known]) found.set(productId, how);
  };
  const s = sql(db.$client);
  for (const m of matchCardNumbers(db, raw, limit + 1)) add(s.productOfCard.get(m.id) as number, m.matchedBy);
  for (const m of matchSerials(db, raw, limit + 1)) add(m.id, m.matchedBy);
  const q = classifyQuery(raw);
  if (q.kind === 'phone') {
    const rev = reverseDigits(q.digits);
    for (const row of s.productsOfPhone.all({ rev, limit: limit + 1 }) as { id: number; digits_rev: string }[]) {
      add(row.id, row.digits_rev === rev ? 'phone' : 'phoneTail');
    }
  }
  const ordered = [...found].sort((a, b) => RANK[a[1]] - RANK[b[1]] || b[0] - a[0]);
  const items = ordered
    .slice(0, limit)
    .map(([id, how]) => warrantyItem(db, id, how))
    .filter((x): x is WarrantyLookupItem => x !== undefined);
  return { items, truncated: ordered.length > limit };
}
