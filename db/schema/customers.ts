import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';

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
