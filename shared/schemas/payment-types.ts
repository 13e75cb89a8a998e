import type { Currency } from './settings';
import type { Discount, LineTotals, TaxSetting } from '../quotes/totals';
import type { PaymentMethod, ReceiptPurpose } from '../receipts/methods';
import type { PaymentPart } from '../receipts/settle';
import type { OfficialInvoice } from '../receipts/official-invoice';

/** What the screens and forms get back for payments (results of the payments contract). */

export interface CreditNote {
  id: number;
  creditNo: string;
  receiptId: number;
  receiptNo: string;
  amount: number;
  method: PaymentMethod;
  reference: string;
  reason: string;
  currency: Currency;
  issuedAt: number;
  issuedOn: string;
  staffName: string;
}

export interface Receipt {
  id: number;
  receiptNo: string;
  purpose: ReceiptPurpose;
  ticketId: number | null;
  ticketNo: string | null;
  customerId: number | null;
  customerName: string | null;
  currency: Currency;
  lines: LineTotals[];
  discount: Discount;
  tax: TaxSetting;
  subtotal: number;
  freeValue: number;
  discountAmount: number;
  taxAmount: number;
  total: number;
  amount: number;
  changeGiven: number;
  creditAdded: number;
  paidBefore: number;
  balanceAfter: number;
  note: string;
  payments: PaymentPart[];
  issuedAt: number;
  issuedOn: string;
  staffName: string;
  voidAt: number | null;
  voidReason: string | null;
  voidByName: string | null;
  creditNotes: CreditNote[];
  /** Official invoices (发票) issued elsewhere for this payment, as recorded. */
  invoices: OfficialInvoice[];
  /** amount − refunds: what may still be refunded (0 once void). */
  refundable: number;
}

export interface ReceiptListItem {
  id: number;
  /** 'receipt' or 'credit_note': the list shows both, each with its own number. */
  kind: 'receipt' | 'credit_note';
  /** The receipt this row belongs to (itself for a receipt). */
  receiptId: number;
  number: string;
  purpose: ReceiptPurpose | null;
  ticketNo: string | null;
  customerName: string | null;
  amount: number;
  methods: PaymentMethod[];
  currency: Currency;
  issuedAt: number;
  void: boolean;
  /** Found by this official invoice number (发票号码), not by its own number. */
  invoiceNo?: string;
}

/** A ticket's money: billed (approved quote), paid net of refunds, balance, its receipts. */
export interface TicketPayments {
  billed: number;
  paid: number;
  balanceDue: number;
  overpaid: number;
  receipts: ReceiptListItem[];
}

export interface MethodTotals {
  method: PaymentMethod;
  received: number;
  refunded: number;
  count: number;
}

export interface DayReport {
  day: string;
  currency: Currency;
  methods: MethodTotals[];
  receiptsCount: number;
  voidCount: number;
  received: number;
  refunded: number;
  cashIn: number;
  cashRefunds: number;
  /** Set once the day is closed. */
  closed: {
    openingFloat: number;
    expectedCash: number;
    countedCash: number;
    difference: number;
    note: string;
    closedAt: number;
    staffName: string;
  } | null;
}

export type VerifyProblem = 'link' | 'hash' | 'content' | 'missing';

/**
 * One step of "Verify records". The chain is checked in slices (a million documents take tens of
 * seconds; the app must stay usable meanwhile): the caller passes `after` = the last `position`
 * until `next` is null.
 */
/** The kinds of issued document the hash chain holds. */
export type ChainKind = 'receipt' | 'credit_note' | 'void' | 'day_close';

export interface VerifyReport {
  ok: boolean;
  /** Entries checked so far, this slice included. */
  checked: number;
  /** Entries in the chain when this slice ran (for a progress bar). */
  total: number;
  /** Where the next slice starts (pass as `after`), or null when the whole chain is done. */
  next: number | null;
  /** The first break, in chain order. */
  firstBreak: { seq: number; kind: ChainKind; docNo: string; problem: VerifyProblem } | null;
}
