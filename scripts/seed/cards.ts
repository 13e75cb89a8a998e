import { statements } from '../../db/queries/statements';
import { insertCard, transferCard, voidCard } from '../../db/queries/warranty-cards';
import { DEFAULT_SERIES } from '../../shared/numbering/pattern';
import { numberFormatter } from './numbering';
import { foldSerial, reverseText } from '../../shared/text/serial';
import {
  computeCardTerms,
  DEFAULT_POLICIES,
  warrantyPolicySchema,
  type CardComponentTerm,
  type CardExpiry,
  type IsoDate,
  type StartDate,
} from '../../shared/warranty';
import type { PolicyTerms } from '../../shared/schemas/warranty';
import type { SeedContext, SeedStep } from './context';
import { buildWhenWorkersRun, deferIndexes } from './deferred';
import type { SeedProduct } from './products-step';
import type { Random } from './random';
import { shopDay } from './ticket-story';

/*
 * Warranty cards, as warrantyCards.issue / .void / .transfer (electron/backend/use-cases/
 * warranty-cards.ts) write them: a share of the products is registered when sold (a card from
 * the category's policy as a new shop has it, numbered in the 'warranty_card' series by the
 * shop-day year of issue), a few cards are voided later (the product went back), a few follow
 * the product to a new owner. Tickets then assess with the card in force at intake, as the
 * counter does (db/queries/warranty-lookup.ts warrantyItem).
 */

/** What happens to a product's card; decided with the product (products-step.ts). */
export interface SeedCard {
  /** When it was issued: the product's record is made at the sale, the card with it. */
  issuedAt: number;
  voided: { at: number; reason: string } | null;
  /** The new holder (the product's owner from then on). */
  transfer: { at: number; customerId: number; note: string } | null;
}

/** Share of products registered at sale (all with proof of purchase), and of cards voided / transferred. */
export const CARD_SHARE = 0.35;
const VOID_SHARE = 0.02;
const TRANSFER_SHARE = 0.03;
const DAY = 86_400_000;
export const VOID_REASON = '产品退货，保修卡作废';
export const TRANSFER_NOTE = '二手转让';

/**
 * Whether a product sold at `issuedAt` gets a card, and what later becomes of it. Only products
 * with proof of purchase are registered (CARD_SHARE of all products; 85% have proof).
 */
export function planCard(
  rng: Random,
  o: { issuedAt: number; proof: boolean; owner: number; customerIds: readonly number[]; end: number },
): SeedCard | null {
  // Draw the same numbers whatever the product, so one product's card never shifts another's.
  const registered = rng.float() < CARD_SHARE / 0.85;
  const fate = rng.float();
  const when = rng.float();
  const other = o.customerIds[Math.floor(rng.float() * o.customerIds.length)]!;
  if (!o.proof || !registered) return null;
  const card: SeedCard = { issuedAt: o.issuedAt, voided: null, transfer: null };
  const room = o.end - o.issuedAt - 2 * DAY;
  if (room <= 0) return card;
  const at = o.issuedAt + DAY + Math.floor(when * room);
  if (fate < VOID_SHARE) card.voided = { at, reason: VOID_REASON };
  else if (fate < VOID_SHARE + TRANSFER_SHARE && other !== o.owner)
    card.transfer = { at, customerId: other, note: TRANSFER_NOTE };
  return card;
}

/** The policy a card is issued under, as getPolicy gives it for a new shop (parsed, plain arrays). */
type CardPolicy = ReturnType<typeof warrantyPolicySchema.parse>;
const cardPolicies = new Map<string, CardPolicy>(DEFAULT_POLICIES.map((p) => [p.code, warrantyPolicySchema.parse(p)]));
export const cardPolicy = (code: string): CardPolicy => cardPolicies.get(code)!;
const EMPTY_TERMS: PolicyTerms = { 'zh-Hans': '', 'zh-Hant': '', en: '' };

interface Terms {
  start: StartDate;
  components: CardComponentTerm[];
  expiries: CardExpiry[];
  /** The components as stored (JSON) and the latest expiry (insertCard's last_expiry). */
  json: string;
  lastExpiry: IsoDate;
}

// Terms by category and sale date, computed once (the objects are only read). With proof of
// purchase and a sale date but no delivery or acceptance date — every generated product —
// resolveStartDate starts the card at the sale date and never reads the production date, so
// the sale date and the category's policy are all computeCardTerms depends on here.
const termsCache = new Map<string, Terms>();
/** The card's start and expiries: computeCardTerms, as the issue handler calls it (no overrides). */
export function cardTerms(category: string, dates: { saleDate: IsoDate; productionDate: IsoDate }): Terms {
  const key = `${category}|${dates.saleDate}`;
  let terms = termsCache.get(key);
  if (!terms) {
    const t = computeCardTerms(
      cardPolicy(category),
      { productionDate: dates.productionDate, saleDate: dates.saleDate, deliveryDate: null, acceptanceDate: null },
      ['invoice'],
    );
    if (!t.ok) throw new Error(`card terms for ${key}: ${JSON.stringify(t.problems)}`);
    if (t.start.basis !== 'sale') throw new Error(`card terms for ${key}: start from ${t.start.basis}`);
    terms = {
      start: t.start,
      components: t.components,
      expiries: t.components.map((c) => ({ component: c.component, expiry: c.expiry })),
      json: JSON.stringify(t.components),
      lastExpiry: t.components.map((c) => c.expiry).reduce((a, b) => (b > a ? b : a), t.start.date),
    };
    termsCache.set(key, terms);
  }
  return terms;
}

/** The card in force for a product when a ticket comes in at `at`, as warrantyItem finds it. */
export function cardInForce(
  category: string,
  p: { saleDate: IsoDate; productionDate: IsoDate; card: SeedCard | null },
  at: number,
): Terms | null {
  const c = p.card;
  if (!c || c.issuedAt > at || (c.voided && c.voided.at <= at)) return null;
  return cardTerms(category, p);
}

/** Who owns a product at `at`: the holder its card was transferred to, from then on. */
export function ownerAt(p: { customerId: number; card: SeedCard | null }, at: number): number {
  const t = p.card?.transfer;
  return t && t.at <= at ? t.customerId : p.customerId;
}

const sql = statements((db) => ({
  card: db.prepare(
    `INSERT INTO warranty_cards(card_no, card_no_fold, card_no_rev, product_id, customer_id, status, policy_code, policy,
       terms, start_date, start_basis, start_proven, components, last_expiry, issued_on, issued_at, notes, void_reason,
       voided_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)`,
  ),
  owner: db.prepare(
    'INSERT INTO warranty_card_owners(card_id, customer_id, from_date, to_date, from_at, note) VALUES (?, ?, ?, ?, ?, ?)',
  ),
  firstId: db.prepare('SELECT coalesce(max(id), 0) + 1 FROM warranty_cards').pluck(),
  used: db
    .prepare(
      `SELECT CAST(substr(card_no, 2, 4) AS INTEGER), max(CAST(substr(card_no, 7) AS INTEGER)) FROM warranty_cards
       WHERE card_no LIKE 'W____-%' GROUP BY 1`,
    )
    .raw(),
  series: db.prepare(
    `INSERT INTO number_series(key, pattern, reset_yearly, period, next_seq, updated_at) VALUES ('warranty_card', ?, 1, ?, ?, ?)
     ON CONFLICT(key) DO UPDATE SET pattern = excluded.pattern, period = excluded.period, next_seq = excluded.next_seq,
       updated_at = excluded.updated_at`,
  ),
}));

interface Issued {
  product: SeedProduct;
  card: SeedCard;
  cardNo: string;
  issuedOn: IsoDate;
  terms: Terms;
}

export const cardsStep = {
  name: 'warranty cards',
  run(ctx: SeedContext) {
    const started = performance.now();
    const s = sql(ctx.sqlite);
    // In the order they were issued: the series numbers them so, per year of the shop day.
    const carded = ctx.products.filter((p) => p.card).sort((a, b) => a.card!.issuedAt - b.card!.issuedAt || a.id - b.id);
    if (carded.length === 0) return { rows: 0, ms: performance.now() - started };
    const seq = new Map(s.used.all() as [number, number][]);
    const pattern = DEFAULT_SERIES.warranty_card.pattern;
    const formatNumber = numberFormatter(pattern);
    const issued: Issued[] = carded.map((product) => {
      const card = product.card!;
      const issuedOn = shopDay(card.issuedAt);
      const year = Number(issuedOn.slice(0, 4));
      const n = (seq.get(year) ?? 0) + 1;
      seq.set(year, n);
      const cardNo = formatNumber({ year, month: Number(issuedOn.slice(5, 7)), seq: n });
      return { product, card, cardNo, issuedOn, terms: cardTerms(product.spec.code, product) };
    });
    const deferred = deferIndexes(ctx.sqlite, ['warranty_cards', 'warranty_card_owners']);
    const firstId = s.firstId.get() as number;
    // Transfers happen years after most issues: their owner rows come after every issue's.
    const transfers = issued
      .map((c, i) => ({ c, id: firstId + i }))
      .filter(({ c }) => c.card.transfer)
      .sort((a, b) => a.c.card.transfer!.at - b.c.card.transfer!.at || a.id - b.id);
    const policyJson = new Map<string, string>();
    const policyOf = (code: string) => {
      let json = policyJson.get(code);
      if (!json) policyJson.set(code, (json = JSON.stringify(cardPolicy(code))));
      return json;
    };
    const termsJson = JSON.stringify(EMPTY_TERMS);
    const BATCH = 20_000;
    for (let from = 0; from < issued.length; from += BATCH) {
      ctx.sqlite.transaction(() => {
        for (let i = from; i < Math.min(issued.length, from + BATCH); i++) {
          const { product, card, cardNo, issuedOn, terms } = issued[i]!;
          const id = firstId + i;
          if (ctx.mode === 'api') {
            insertCard(
              ctx.db,
              {
                cardNo,
                productId: product.id,
                customerId: product.customerId,
                policy: cardPolicy(product.spec.code),
                terms: EMPTY_TERMS,
                start: terms.start,
                components: terms.components,
                issuedOn,
                notes: '',
              },
              card.issuedAt,
            );
            if (card.voided) voidCard(ctx.db, id, card.voided.reason, card.voided.at);
            continue;
          }
          const fold = foldSerial(cardNo);
          const { voided, transfer } = card;
          s.card.run(
            cardNo,
            fold,
            reverseText(fold),
            product.id,
            transfer ? transfer.customerId : product.customerId,
            voided ? 'void' : 'active',
            product.spec.code,
            policyOf(product.spec.code),
            termsJson,
            terms.start.date,
            terms.start.basis,
            terms.start.proven ? 1 : 0,
            terms.json,
            terms.lastExpiry,
            issuedOn,
            card.issuedAt,
            voided ? voided.reason : null,
            voided ? voided.at : null,
            voided ? voided.at : transfer ? transfer.at : card.issuedAt,
          );
          s.owner.run(id, product.customerId, issuedOn, transfer ? shopDay(transfer.at) : null, card.issuedAt, '');
        }
      })();
      ctx.log(`warranty cards: ${Math.min(issued.length, from + BATCH)}`);
    }
    ctx.sqlite.transaction(() => {
      for (const { c, id } of transfers) {
        const t = c.card.transfer!;
        if (ctx.mode === 'api') transferCard(ctx.db, id, t.customerId, shopDay(t.at), t.note, t.at);
        else s.owner.run(id, t.customerId, shopDay(t.at), null, t.at, t.note);
      }
      const last = issued.at(-1)!;
      const year = Number(last.issuedOn.slice(0, 4));
      s.series.run(pattern, String(year), (seq.get(year) ?? 0) + 1, last.card.issuedAt);
    })();
    buildWhenWorkersRun(ctx, 'warranty cards', deferred);
    return { rows: issued.length, ms: performance.now() - started };
  },
} satisfies SeedStep;
