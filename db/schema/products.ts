import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';

export const products = sqliteTable(
  'products',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The current owner; a card transfer moves the product with it. */
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    /** Code of the warranty policy for this kind of product. */
    category: text('category').notNull(),
    brand: text('brand').notNull().default(''),
    model: text('model').notNull(),
    serial: text('serial').notNull().default(''),
    /** foldSerial(serial): upper-case, no separators. */
    serialFold: text('serial_fold').notNull().default(''),
    /** serialFold reversed: "ends with" is a prefix range. */
    serialRev: text('serial_rev').notNull().default(''),
    brandFold: text('brand_fold').notNull().default(''),
    /** foldForSearch(brand + model), for the trigram index. */
    nameFold: text('name_fold').notNull().default(''),
    productionDate: text('production_date'),
    saleDate: text('sale_date'),
    deliveryDate: text('delivery_date'),
    acceptanceDate: text('acceptance_date'),
    proofKind: text('proof_kind'),
    proofNo: text('proof_no').notNull().default(''),
    notes: text('notes').notNull().default(''),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('products_customer_idx').on(t.customerId),
    index('products_serial_rev_idx').on(t.serialRev),
    // One brand does not give two products the same serial; products without one are exempt.
    uniqueIndex('products_brand_serial_idx')
      .on(t.brandFold, t.serialFold)
      .where(sql`${t.serialFold} <> ''`),
    index('products_serial_fold_idx').on(t.serialFold),
    // A brand typed whole in the search (华为, LG), newest first: too short for the trigram index.
    index('products_brand_idx').on(t.brandFold, t.id),
  ],
);
