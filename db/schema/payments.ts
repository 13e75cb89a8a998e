import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { customers } from './customers';
import { staff } from './staff';
import { tickets } from './tickets';

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
