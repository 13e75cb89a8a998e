import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';

/*
 * Conventions: instants are INTEGER milliseconds since the Unix epoch (UTC), named *_at.
 * Calendar dates (a purchase date, a promised date) are TEXT 'YYYY-MM-DD' in the shop's time
 * zone. Money is INTEGER minor units (fen / cents). Search columns hold foldForSearch() text.
 * Search structures drizzle cannot express (FTS5 tables, triggers, WITHOUT ROWID tables) live
 * in custom migrations; see docs/search.md.
 */

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON, validated with the matching zod schema when read. */
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const customers = sqliteTable(
  'customers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** foldForSearch(name): lower-case, simplified, NFKC. Indexed for prefix search. */
    nameFold: text('name_fold').notNull(),
    email: text('email').notNull().default(''),
    address: text('address').notNull().default(''),
    notes: text('notes').notNull().default(''),
    consentToContact: integer('consent_to_contact', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  // No index on name_fold itself: one-character searches (a surname: 王, 陳) use the expression
  // index customers_initial_idx on (substr(name_fold, 1, 1), id) from migration 0005, which
  // drizzle-kit cannot express; see docs/search.md.
);

export const customerPhones = sqliteTable(
  'customer_phones',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    /** 0 is the primary number. */
    position: integer('position').notNull(),
    /** As typed, tidied (separators removed, a leading + kept). */
    number: text('number').notNull(),
    label: text('label').notNull(),
    /** Digits reversed: "last N digits" becomes a prefix range on this index. */
    digitsRev: text('digits_rev').notNull(),
  },
  (t) => [
    index('customer_phones_digits_rev_idx').on(t.digitsRev),
    index('customer_phones_customer_idx').on(t.customerId, t.position),
  ],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    /** Staff member, once staff exist; null for actions before sign-in existed. */
    actor: text('actor'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    before: text('before'),
    after: text('after'),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

/**
 * Running numbers of document series (warranty cards, later tickets and receipts). The row is
 * read and advanced inside the transaction that stores the document, so a number is used
 * exactly when its document is saved: no gaps, no repeats (db/queries/numbering.ts).
 */
export const numberSeries = sqliteTable('number_series', {
  key: text('key').primaryKey(),
  pattern: text('pattern').notNull(),
  resetYearly: integer('reset_yearly', { mode: 'boolean' }).notNull(),
  /** The year the running number counts in ('' when it never restarts). */
  period: text('period').notNull(),
  nextSeq: integer('next_seq').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * Warranty policies, one per product category. Empty until the shop first edits one: until
 * then the shipped defaults apply (db/queries/policies.ts).
 */
export const warrantyPolicies = sqliteTable('warranty_policies', {
  code: text('code').primaryKey(),
  position: integer('position').notNull(),
  /** WarrantyPolicy JSON, validated with warrantyPolicySchema when read. */
  body: text('body').notNull(),
  /** Extra card terms per language, JSON. */
  terms: text('terms').notNull(),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

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
  ],
);

export const warrantyCards = sqliteTable(
  'warranty_cards',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cardNo: text('card_no').notNull(),
    /** foldSerial(card_no): the key of the uniqueness rule, so "w2026-1" and "W2026-1" clash. */
    cardNoFold: text('card_no_fold').notNull(),
    cardNoRev: text('card_no_rev').notNull(),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    /** The current holder (see warranty_card_owners for who held it before). */
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    /** 'active' or 'void'. Cards are never deleted. */
    status: text('status').notNull(),
    policyCode: text('policy_code').notNull(),
    /** The policy as issued (JSON): later edits of the policy never change a card. */
    policy: text('policy').notNull(),
    terms: text('terms').notNull(),
    startDate: text('start_date').notNull(),
    startBasis: text('start_basis').notNull(),
    startProven: integer('start_proven', { mode: 'boolean' }).notNull(),
    /** Per component, JSON: [{ component, labels, termMonths, expiry, adjusted }]. */
    components: text('components').notNull(),
    /** The latest component expiry, for "in force" lists without parsing JSON. */
    lastExpiry: text('last_expiry').notNull(),
    issuedOn: text('issued_on').notNull(),
    issuedAt: integer('issued_at').notNull(),
    notes: text('notes').notNull().default(''),
    voidReason: text('void_reason'),
    voidedAt: integer('voided_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('warranty_cards_card_no_idx').on(t.cardNoFold),
    index('warranty_cards_card_no_rev_idx').on(t.cardNoRev),
    index('warranty_cards_customer_idx').on(t.customerId),
    // At most one card in force per product: a replacement card voids the old one first.
    uniqueIndex('warranty_cards_one_active_idx')
      .on(t.productId)
      .where(sql`${t.status} = 'active'`),
    index('warranty_cards_product_idx').on(t.productId),
  ],
);

/** Who held a card from when: the issue and every transfer. */
export const warrantyCardOwners = sqliteTable(
  'warranty_card_owners',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    cardId: integer('card_id')
      .notNull()
      .references(() => warrantyCards.id),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    fromDate: text('from_date').notNull(),
    /** null for the current holder. */
    toDate: text('to_date'),
    fromAt: integer('from_at').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('warranty_card_owners_card_idx').on(t.cardId), index('warranty_card_owners_customer_idx').on(t.customerId)],
);
