import { sqliteTable, integer, text, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
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
    // A brand typed whole in the search (华为, LG), newest first: too short for the trigram index.
    index('products_brand_idx').on(t.brandFold, t.id),
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

/** Staff (no PINs yet): who stamps status changes, quote decisions and pickups. Never deleted. */
export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** 'staff' | 'technician' | 'owner'. */
  role: text('role').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
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

/*
 * Payments, receipts and credit notes (issue 5). Issued documents are immutable: triggers in
 * migration 0008 refuse every UPDATE and DELETE, except the one-time void stamp on a receipt.
 * Each document (and each void, and each day close) is appended to document_chain with a
 * SHA-256 of its content chained to the previous entry (db/queries/document-chain.ts).
 */

/** A receipt 收据: one payment (one or more methods) against a ticket, or a counter sale. */
export const receipts = sqliteTable(
  'receipts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receiptNo: text('receipt_no').notNull(),
    /** foldSerial(receipt_no), unique; and reversed, for "ends with" in the global search. */
    receiptNoFold: text('receipt_no_fold').notNull(),
    receiptNoRev: text('receipt_no_rev').notNull(),
    ticketId: integer('ticket_id').references(() => tickets.id),
    customerId: integer('customer_id').references(() => customers.id),
    /** 'deposit' | 'payment' | 'sale'. */
    purpose: text('purpose').notNull(),
    currency: text('currency').notNull(),
    /** The billed lines (computeQuoteTotals lines, JSON), discount and tax as billed. */
    lines: text('lines').notNull(),
    discount: text('discount').notNull(),
    tax: text('tax').notNull(),
    subtotal: integer('subtotal').notNull(),
    freeValue: integer('free_value').notNull(),
    discountAmount: integer('discount_amount').notNull(),
    taxAmount: integer('tax_amount').notNull(),
    /** What the bill comes to (the approved quote, the sale; a deposit: the amount taken). */
    total: integer('total').notNull(),
    /** Taken with this receipt: the sum of its payments. */
    amount: integer('amount').notNull(),
    /** Cash handed back (tendered − due); never part of `amount`. */
    changeGiven: integer('change_given').notNull(),
    /** Paid above what was due and kept as the customer's credit. */
    creditAdded: integer('credit_added').notNull(),
    paidBefore: integer('paid_before').notNull(),
    balanceAfter: integer('balance_after').notNull(),
    note: text('note').notNull(),
    issuedAt: integer('issued_at').notNull(),
    /** The shop's calendar day of issue (day close, "today's receipts"). */
    issuedOn: text('issued_on').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
    voidAt: integer('void_at'),
    voidReason: text('void_reason'),
    voidBy: integer('void_by').references(() => staff.id),
  },
  (t) => [
    uniqueIndex('receipts_no_idx').on(t.receiptNoFold),
    index('receipts_no_rev_idx').on(t.receiptNoRev),
    index('receipts_issued_on_idx').on(t.issuedOn, t.id),
    index('receipts_ticket_idx').on(t.ticketId, t.id),
    index('receipts_customer_idx').on(t.customerId, t.id),
  ],
);

/** The methods of one receipt: cash (tendered), transfer / card / Alipay / WeChat (reference). */
export const receiptPayments = sqliteTable(
  'receipt_payments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receiptId: integer('receipt_id')
      .notNull()
      .references(() => receipts.id),
    position: integer('position').notNull(),
    /** PaymentMethod: 'cash' | 'bank_transfer' | 'card' | 'alipay' | 'wechat' | 'other'. */
    method: text('method').notNull(),
    amount: integer('amount').notNull(),
    /** Cash handed over (≥ amount); null for other methods. */
    tendered: integer('tendered'),
    reference: text('reference').notNull(),
  },
  (t) => [index('receipt_payments_receipt_idx').on(t.receiptId, t.position)],
);

/**
 * An official invoice 发票 (普票, 专票, 数电票) issued through the tax system for a receipt's
 * payment: the shop's receipt is never a 发票 itself, it only records the type and number of
 * one issued elsewhere. Recorded after the receipt (often days later), so it is kept beside the
 * immutable receipt, not in it; printed on the receipt and found by its number.
 */
export const receiptInvoices = sqliteTable(
  'receipt_invoices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    receiptId: integer('receipt_id')
      .notNull()
      .references(() => receipts.id),
    /** OfficialInvoiceKind: 'vat_normal' (普票) | 'vat_special' (专票) | 'digital' (数电票). */
    kind: text('kind').notNull(),
    number: text('number').notNull(),
    /** foldSerial(number), and reversed: found whole, by its start or by its last digits. */
    numberFold: text('number_fold').notNull(),
    numberRev: text('number_rev').notNull(),
    recordedAt: integer('recorded_at').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
  },
  (t) => [
    index('receipt_invoices_receipt_idx').on(t.receiptId, t.id),
    index('receipt_invoices_no_idx').on(t.numberFold),
    index('receipt_invoices_no_rev_idx').on(t.numberRev),
  ],
);

/** A refund 退款 / credit note 红字凭证: its own number, linked to the receipt it refunds. */
export const creditNotes = sqliteTable(
  'credit_notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    creditNo: text('credit_no').notNull(),
    creditNoFold: text('credit_no_fold').notNull(),
    creditNoRev: text('credit_no_rev').notNull(),
    receiptId: integer('receipt_id')
      .notNull()
      .references(() => receipts.id),
    ticketId: integer('ticket_id').references(() => tickets.id),
    customerId: integer('customer_id').references(() => customers.id),
    currency: text('currency').notNull(),
    amount: integer('amount').notNull(),
    method: text('method').notNull(),
    reference: text('reference').notNull(),
    reason: text('reason').notNull(),
    issuedAt: integer('issued_at').notNull(),
    issuedOn: text('issued_on').notNull(),
    staffId: integer('staff_id')
      .notNull()
      .references(() => staff.id),
  },
  (t) => [
    uniqueIndex('credit_notes_no_idx').on(t.creditNoFold),
    index('credit_notes_no_rev_idx').on(t.creditNoRev),
    index('credit_notes_receipt_idx').on(t.receiptId),
    index('credit_notes_issued_on_idx').on(t.issuedOn, t.id),
    // A ticket's and a customer's payments (their paid total, their receipts list).
    index('credit_notes_ticket_idx').on(t.ticketId, t.id),
    index('credit_notes_customer_idx').on(t.customerId, t.id),
  ],
);

/** 日结: the day's totals by method and the cash drawer count, frozen when the day is closed. */
export const dayCloses = sqliteTable('day_closes', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  day: text('day').notNull().unique(),
  currency: text('currency').notNull(),
  /** DayTotals JSON: receipts and refunds by method, counts. */
  totals: text('totals').notNull(),
  openingFloat: integer('opening_float').notNull(),
  cashIn: integer('cash_in').notNull(),
  cashRefunds: integer('cash_refunds').notNull(),
  expectedCash: integer('expected_cash').notNull(),
  countedCash: integer('counted_cash').notNull(),
  difference: integer('difference').notNull(),
  note: text('note').notNull(),
  closedAt: integer('closed_at').notNull(),
  staffId: integer('staff_id')
    .notNull()
    .references(() => staff.id),
});

/**
 * The hash chain over every issued document and event, in order: hash = SHA-256(canonical JSON
 * of { kind, docNo, content, prev }). Settings → Verify records recomputes it.
 */
export const documentChain = sqliteTable(
  'document_chain',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    /** 'receipt' | 'credit_note' | 'void' | 'day_close'. */
    kind: text('kind').notNull(),
    /** The receipt (for 'void' too), credit note or day close. */
    docId: integer('doc_id').notNull(),
    docNo: text('doc_no').notNull(),
    at: integer('at').notNull(),
    /** Canonical JSON of the document's content as issued. */
    content: text('content').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [uniqueIndex('document_chain_doc_idx').on(t.kind, t.docId)],
);

/**
 * The monthly figures' working copy, one row per shop day (and time zone): what was received,
 * completed, collected and rated that day, as JSON (db/queries/figures.ts). A month is added up
 * from its days, so a past month costs ~30 small rows instead of reading ~9 000 tickets. Never
 * the source of truth: triggers (migration 0010) delete a day as soon as anything it counted
 * changes, and the next read computes it again from the tickets.
 */
export const figureDays = sqliteTable(
  'figure_days',
  {
    timeZone: text('time_zone').notNull(),
    /** The shop's calendar date, YYYY-MM-DD. */
    day: text('day').notNull(),
    /** The day's first instant and the next day's, in that zone (ms). */
    fromAt: integer('from_at').notNull(),
    toAt: integer('to_at').notNull(),
    body: text('body').notNull(),
  },
  // Day first: the triggers look a day up by its date alone.
  (t) => [primaryKey({ columns: [t.day, t.timeZone] }), index('figure_days_from_idx').on(t.fromAt)],
);

/**
 * A closed month's figures as last computed from its kept days (everything but "uncollected",
 * which depends on today), JSON, per number of top entries listed. Deleted with any of its days.
 */
export const figureMonths = sqliteTable(
  'figure_months',
  {
    timeZone: text('time_zone').notNull(),
    /** YYYY-MM */
    month: text('month').notNull(),
    top: integer('top').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.timeZone, t.month, t.top] })],
);
