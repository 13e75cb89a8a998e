import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';

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
  (t) => [index('customers_name_fold_idx').on(t.nameFold)],
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
