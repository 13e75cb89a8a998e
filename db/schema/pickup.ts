import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { products } from './products';
import { staff } from './staff';
import { tickets } from './tickets';

/** The hand-back: who collected, whether ID was checked, how it ended. One per ticket. */
export const ticketPickups = sqliteTable('ticket_pickups', {
  ticketId: integer('ticket_id')
    .primaryKey()
    .references(() => tickets.id),
  at: integer('at').notNull(),
  staffId: integer('staff_id')
    .notNull()
    .references(() => staff.id),
  collectedBy: text('collected_by').notNull(),
  idChecked: integer('id_checked', { mode: 'boolean' }).notNull(),
  idNote: text('id_note').notNull().default(''),
  /** 'repaired' | 'exchanged'. */
  resolution: text('resolution').notNull(),
  note: text('note').notNull().default(''),
});

/** The customer's rating at pickup (skippable): 1–5 each, and a comment. */
export const satisfaction = sqliteTable('satisfaction', {
  ticketId: integer('ticket_id')
    .primaryKey()
    .references(() => tickets.id),
  at: integer('at').notNull(),
  attitude: integer('attitude').notNull(),
  professionalism: integer('professionalism').notNull(),
  speed: integer('speed').notNull(),
  comment: text('comment').notNull().default(''),
});

/**
 * Repair warranties issued at pickup, one per repaired fault: the engine's `earlierRepairs` for
 * later tickets of the same product (shared/warranty/repairs.ts).
 */
export const repairWarranties = sqliteTable(
  'repair_warranties',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    repairDate: text('repair_date').notNull(),
    component: text('component').notNull(),
    /** The fault category: a later ticket with the same component and fault is a repeat. */
    fault: text('fault'),
    /** Component codes of the parts replaced, JSON string[]. */
    partsReplaced: text('parts_replaced').notNull(),
    /** Last day the repaired fault is covered, as printed on the pickup report. */
    faultUntil: text('fault_until').notNull(),
    /** Last day the replaced parts are covered, or null when none were replaced. */
    partsUntil: text('parts_until'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [
    index('repair_warranties_product_idx').on(t.productId, t.repairDate),
    index('repair_warranties_ticket_idx').on(t.ticketId),
  ],
);
