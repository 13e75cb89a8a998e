import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';
import { products } from './products';

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

/**
 * Warranty policies exactly as a ticket was assessed under them, stored once per distinct
 * policy (by the SHA-256 of its JSON): every assessment names the policy it used without
 * repeating a few kilobytes of policy on each of 100 000 tickets.
 */
export const policySnapshots = sqliteTable('policy_snapshots', {
  hash: text('hash').primaryKey(),
  body: text('body').notNull(),
  createdAt: integer('created_at').notNull(),
});

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
