import { statements } from '../../db/queries/statements';
import { foldForSearch } from '../../shared/text/fold';
import { foldSerial, reverseText } from '../../shared/text/serial';
import { serialNumber } from './serials';
import { addDays, type IsoDate } from '../../shared/warranty';
import { CATALOG, STAFF, type CategorySpec } from './catalog';
import type { SeedContext, SeedStep } from './context';
import { buildWhenWorkersRun, deferIndexes } from './deferred';
import { Random, Weighted } from './random';
import { planCard, type SeedCard } from './cards';

/*
 * Staff and the products that come in for repair. Products are written with the same derived
 * columns as db/queries/products.ts createProduct (folded serial, reversed serial, folded brand
 * and name), with prepared statements; the FTS index is kept by the table's own triggers.
 */

export interface SeedProduct {
  id: number;
  customerId: number;
  spec: CategorySpec;
  saleDate: IsoDate;
  productionDate: IsoDate;
  proof: boolean;
  /** Its warranty card, if registered at sale (cards.ts). `customerId` is the owner at the sale. */
  card: SeedCard | null;
}

const DAY = 86_400_000;
const categories = new Weighted(
  CATALOG,
  CATALOG.map((c) => c.weight),
);
const isoDay = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

const sql = statements((db) => ({
  staff: db.prepare('INSERT INTO staff(name, role, active, created_at, updated_at) VALUES (?, ?, 1, ?, ?)'),
  product: db.prepare(
    `INSERT INTO products(customer_id, category, brand, model, serial, serial_fold, serial_rev, brand_fold, name_fold,
       production_date, sale_date, proof_kind, proof_no, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ),
}));

/** Products per ticket: a product comes back now and then, so there are fewer products than tickets. */
export const PRODUCTS_PER_TICKET = 0.8;

export const productsStep = {
  name: 'staff and products',
  run(ctx: SeedContext) {
    const started = performance.now();
    const s = sql(ctx.sqlite);
    const count = Math.ceil((ctx.counts.tickets ?? 0) * PRODUCTS_PER_TICKET);
    if (count === 0 || ctx.customerIds.length === 0) return { rows: 0, ms: performance.now() - started };
    const rng = new Random(ctx.seed, 'products');
    const cardRng = new Random(ctx.seed, 'cards');
    ctx.sqlite.transaction(() => {
      for (const [name, role] of STAFF)
        ctx.staffIds.push(Number(s.staff.run(name, role, ctx.range.start, ctx.range.start).lastInsertRowid));
    })();
    const span = ctx.range.end - ctx.range.start;
    const deferred = deferIndexes(ctx.sqlite, ['products'], ['products']);
    // Serials number on from the products already in the file, so adding to it never repeats one.
    const first = (ctx.sqlite.prepare('SELECT coalesce(max(id), 0) FROM products').pluck().get() as number) + 1;
    const BATCH = 20_000;
    for (let from = 0; from < count; from += BATCH) {
      ctx.sqlite.transaction(() => {
        for (let i = from; i < Math.min(count, from + BATCH); i++) {
          const spec = categories.draw(rng);
          const [brand, model] = rng.pick(spec.models);
          // Sold between two years before the data range and its end; most in its second half.
          const soldAt = ctx.range.start - 730 * DAY + Math.floor(Math.sqrt(rng.float()) * (span + 730 * DAY));
          const saleDate = isoDay(soldAt);
          const productionDate = addDays(saleDate, -rng.int(20, 200));
          const serial = serialNumber(rng, spec.serialStyle, spec.serialPrefix, first + i, productionDate);
          const fold = foldSerial(serial);
          const proof = rng.chance(0.85);
          const customerId = ctx.customerIds[rng.int(0, ctx.customerIds.length - 1)]!;
          const createdAt = Math.min(Math.max(soldAt, ctx.range.start), ctx.range.end);
          const card = planCard(cardRng, {
            issuedAt: createdAt,
            proof,
            owner: customerId,
            customerIds: ctx.customerIds,
            end: ctx.range.end,
          });
          // A transferred card moves the product to its new holder (warrantyCards.transfer).
          const transfer = card?.transfer;
          const id = Number(
            s.product.run(
              transfer ? transfer.customerId : customerId,
              spec.code,
              brand,
              model,
              serial,
              fold,
              reverseText(fold),
              foldForSearch(brand),
              foldForSearch(`${brand} ${model}`),
              productionDate,
              saleDate,
              proof ? 'invoice' : null,
              proof ? `FP${rng.digits(8)}` : '',
              createdAt,
              transfer ? transfer.at : createdAt,
            ).lastInsertRowid,
          );
          ctx.products.push({ id, customerId, spec, saleDate, productionDate, proof, card });
        }
      })();
      ctx.log(`products: ${Math.min(count, from + BATCH)}`);
    }
    buildWhenWorkersRun(ctx, 'products', deferred);
    return { rows: count, ms: performance.now() - started };
  },
} satisfies SeedStep;
