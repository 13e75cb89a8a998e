import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';
import { tickets } from './tickets';

/** Quote versions: a revision adds a version and marks the earlier one superseded. */
export const quotes = sqliteTable(
  'quotes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    version: integer('version').notNull(),
    /** 'issued' | 'approved' | 'declined' | 'superseded'. */
    status: text('status').notNull(),
    /** Discount and TaxSetting JSON (shared/quotes/totals.ts); the tax is the shop's at issue. */
    discount: text('discount').notNull(),
    tax: text('tax').notNull(),
    currency: text('currency').notNull(),
    /** computeQuoteTotals at issue, minor units: for lists and reports without recomputing. */
    subtotal: integer('subtotal').notNull(),
    freeValue: integer('free_value').notNull(),
    discountAmount: integer('discount_amount').notNull(),
    taxAmount: integer('tax_amount').notNull(),
    total: integer('total').notNull(),
    note: text('note').notNull().default(''),
    issuedAt: integer('issued_at').notNull(),
    issuedBy: integer('issued_by')
      .notNull()
      .references(() => staff.id),
    decidedAt: integer('decided_at'),
    decidedBy: integer('decided_by').references(() => staff.id),
    /** 'in_person' | 'phone' | 'message'. */
    decisionMethod: text('decision_method'),
    decisionNote: text('decision_note').notNull().default(''),
  },
  (t) => [uniqueIndex('quotes_ticket_version_idx').on(t.ticketId, t.version)],
);

export const quoteLines = sqliteTable(
  'quote_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    quoteId: integer('quote_id')
      .notNull()
      .references(() => quotes.id),
    position: integer('position').notNull(),
    /** LineKind: 'labour' | 'part' | 'on_site' | 'other'. */
    kind: text('kind').notNull(),
    description: text('description').notNull(),
    quantity: integer('quantity').notNull(),
    unitPrice: integer('unit_price').notNull(),
    free: integer('free', { mode: 'boolean' }).notNull(),
    freeReason: text('free_reason'),
  },
  (t) => [index('quote_lines_quote_idx').on(t.quoteId, t.position)],
);
