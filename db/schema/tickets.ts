import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';
import { products } from './products';
import { staff } from './staff';
import { policySnapshots } from './warranty';

/*
 * Repair tickets. Status lives on the row (for queues) and in ticket_events (the timeline).
 * Queue indexes: each filter and sort the queue offers has one, named for it. The partial one
 * (a technician's open tickets) repeats OPEN_STATUSES of shared/tickets/flags.ts, and the query
 * must use the very same expression (db/queries/ticket-list.ts; a test compares them). Overdue
 * tickets are ranges of (status, promised_at), one per status still in progress.
 */
const OPEN = sql`status IN ('received','diagnosing','quoted','approved','in_repair','waiting_parts','ready','declined')`;

export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketNo: text('ticket_no').notNull(),
    /** foldSerial(ticket_no), unique; and reversed, for "ends with" (a scanned or typed tail). */
    ticketNoFold: text('ticket_no_fold').notNull(),
    ticketNoRev: text('ticket_no_rev').notNull(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id),
    productId: integer('product_id')
      .notNull()
      .references(() => products.id),
    /** SlaChannel / SlaUrgency. */
    channel: text('channel').notNull(),
    urgency: text('urgency').notNull(),
    /** TicketStatus, and since when (for "waiting too long" flags). */
    status: text('status').notNull(),
    statusAt: integer('status_at').notNull(),
    reportedFault: text('reported_fault').notNull(),
    /** The faults of the latest assessment, JSON [{ component, fault, findings }]. */
    faults: text('faults').notNull(),
    /** JSON arrays of codes (shared/tickets/intake.ts) plus free text. */
    accessories: text('accessories').notNull(),
    accessoriesNote: text('accessories_note').notNull().default(''),
    condition: text('condition').notNull(),
    conditionNote: text('condition_note').notNull().default(''),
    /** The device passcode, kept only until the device leaves the shop; never printed. */
    passcode: text('passcode'),
    /** Minor units taken at intake (recorded here; payments are a later issue). */
    deposit: integer('deposit').notNull().default(0),
    notes: text('notes').notNull().default(''),
    /** The whole repair is free by the latest assessment: the quote approval is skipped. */
    inWarranty: integer('in_warranty', { mode: 'boolean' }).notNull(),
    /** Promised back by this day (shop calendar) and its last instant. */
    promisedDate: text('promised_date').notNull(),
    promisedAt: integer('promised_at').notNull(),
    intakeAt: integer('intake_at').notNull(),
    /** The intake day in the shop's calendar ("received today"). */
    intakeOn: text('intake_on').notNull(),
    intakeStaffId: integer('intake_staff_id')
      .notNull()
      .references(() => staff.id),
    technicianId: integer('technician_id').references(() => staff.id),
    diagnosis: text('diagnosis').notNull().default(''),
    workDone: text('work_done').notNull().default(''),
    closedAt: integer('closed_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('tickets_no_idx').on(t.ticketNoFold),
    index('tickets_no_rev_idx').on(t.ticketNoRev),
    index('tickets_status_idx').on(t.status, t.id),
    index('tickets_status_since_idx').on(t.status, t.statusAt),
    index('tickets_status_promised_idx').on(t.status, t.promisedAt, t.id),
    index('tickets_technician_idx').on(t.technicianId, t.id),
    index('tickets_technician_open_idx').on(t.technicianId, t.promisedAt, t.id).where(OPEN),
    index('tickets_intake_on_idx').on(t.intakeOn, t.id),
    index('tickets_customer_idx').on(t.customerId, t.id),
    index('tickets_product_idx').on(t.productId, t.id),
  ],
);

/** Each warranty assessment of a ticket: at intake, and again after diagnosis; all kept. */
export const ticketAssessments = sqliteTable(
  'ticket_assessments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    /** 'intake' | 'diagnosis'. */
    kind: text('kind').notNull(),
    at: integer('at').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    policyHash: text('policy_hash')
      .notNull()
      .references(() => policySnapshots.hash),
    /** The engine's input without the policy (that is policy_hash), and its output, JSON. */
    input: text('input').notNull(),
    output: text('output').notNull(),
    /** What the customer was told, in `language`, JSON string[]. */
    sentences: text('sentences').notNull(),
    language: text('language').notNull(),
    inWarranty: integer('in_warranty', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('ticket_assessments_ticket_idx').on(t.ticketId, t.id)],
);

/** The timeline: every status change and every decision, stamped with time and staff member. */
export const ticketEvents = sqliteTable(
  'ticket_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    at: integer('at').notNull(),
    staffId: integer('staff_id').references(() => staff.id),
    /** 'status' | 'quote_issued' | 'quote_approved' | 'quote_declined' | 'reassessed' | 'work' | 'technician'. */
    kind: text('kind').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    note: text('note').notNull().default(''),
    /** Details of the event, JSON (quote version and total, technician…), or null. */
    data: text('data'),
  },
  (t) => [index('ticket_events_ticket_idx').on(t.ticketId, t.id)],
);

/** Parts used on a ticket (free text until the parts list exists). */
export const ticketParts = sqliteTable(
  'ticket_parts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    position: integer('position').notNull(),
    description: text('description').notNull(),
    /** Thousandths (shared/money/quantity.ts). */
    quantity: integer('quantity').notNull(),
    /** The policy component it replaces: that component gets the replaced-part warranty. */
    component: text('component'),
    /** 'returned' | 'kept'. */
    oldPart: text('old_part').notNull(),
  },
  (t) => [index('ticket_parts_ticket_idx').on(t.ticketId, t.position)],
);
