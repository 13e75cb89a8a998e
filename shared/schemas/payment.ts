import { z } from './zod';
import { idField, optionalText, requiredText } from './common';
import { optionalDateField } from './product';
import { quoteDraftSchema } from './quote';
import { LANGUAGES } from '../i18n/languages';
import { amountField } from '../money/schema';
import { MAX_QUOTE_AMOUNT } from '../quotes/validate';
import { PAYMENT_METHODS, RECEIPT_FORMATS, RECEIPT_PURPOSES } from '../receipts/methods';
import { OFFICIAL_INVOICE_KINDS, cleanInvoiceNumber, isInvoiceNumber } from '../receipts/official-invoice';

/*
 * What the UI sends for payments, receipts, refunds and the day close. Amounts are integer minor
 * units (the form parsed the text with parseMoney). Every command carries `staffId`.
 */

export const paymentKey = (k: string) => `validation.payment.${k}`;

const positiveAmount = amountField(MAX_QUOTE_AMOUNT).refine((v) => v > 0, { error: paymentKey('amountPositive') });

export const paymentPartSchema = z
  .object({
    method: z.enum(PAYMENT_METHODS, { error: paymentKey('unknownMethod') }),
    amount: positiveAmount,
    /** Cash only: what the customer handed over. */
    tendered: amountField(MAX_QUOTE_AMOUNT).nullable().default(null),
    /** Bank transfer reference, Alipay / WeChat transaction no., card slip no. */
    reference: optionalText(60),
  })
  .superRefine((part, ctx) => {
    if (part.tendered !== null && part.method !== 'cash')
      ctx.addIssue({ code: 'custom', path: ['tendered'], message: paymentKey('tenderedCashOnly') });
    if (part.tendered !== null && part.tendered < part.amount)
      ctx.addIssue({ code: 'custom', path: ['tendered'], message: paymentKey('tenderedBelowAmount') });
  });
export type PaymentPartInput = z.input<typeof paymentPartSchema>;

export const paymentTakeSchema = z
  .object({
    staffId: idField,
    purpose: z.enum(RECEIPT_PURPOSES),
    /** The ticket paid for (deposit, payment); null for a counter sale. */
    ticketId: idField.nullable().default(null),
    /** A counter sale's customer (optional); a ticket's customer is the ticket's. */
    customerId: idField.nullable().default(null),
    parts: z.array(paymentPartSchema).min(1).max(6),
    /** A counter sale's lines (parts, labour…); the tax is the shop's setting. */
    sale: quoteDraftSchema.nullable().default(null),
    /** Paid above what is due on purpose: keep the excess as the customer's credit. */
    overpayToCredit: z.boolean().default(false),
    note: optionalText(300),
  })
  .superRefine((input, ctx) => {
    if (input.purpose === 'sale' && !input.sale)
      ctx.addIssue({ code: 'custom', path: ['sale'], message: paymentKey('saleLinesRequired') });
    if (input.purpose !== 'sale' && input.ticketId === null)
      ctx.addIssue({ code: 'custom', path: ['ticketId'], message: paymentKey('ticketRequired') });
  });
export type PaymentTakeInput = z.input<typeof paymentTakeSchema>;
export type PaymentTake = z.output<typeof paymentTakeSchema>;

export const receiptGetSchema = z.object({ id: idField });

export const receiptListSchema = z.object({
  /** Receipts issued on this day (shop calendar); '' : any day. */
  day: optionalDateField,
  ticketId: idField.nullish(),
  customerId: idField.nullish(),
  /** A receipt or credit-note number, or its end. */
  q: optionalText(40),
  limit: z.number().int().min(1).max(500).default(200),
});
export type ReceiptListInput = z.input<typeof receiptListSchema>;

export const receiptVoidSchema = z.object({
  id: idField,
  staffId: idField,
  reason: requiredText(300),
});
export type ReceiptVoidInput = z.input<typeof receiptVoidSchema>;

/** The kind and number of an official invoice (发票) issued elsewhere for this receipt. */
export const receiptInvoiceSchema = z
  .object({
    id: idField,
    staffId: idField,
    kind: z.enum(OFFICIAL_INVOICE_KINDS, { error: paymentKey('invoiceKind') }),
    number: z.string().trim().min(1).max(40).transform(cleanInvoiceNumber),
  })
  .superRefine((v, ctx) => {
    if (v.number && !isInvoiceNumber(v.kind, v.number))
      ctx.addIssue({
        code: 'custom',
        path: ['number'],
        message: paymentKey(v.kind === 'digital' ? 'invoiceDigital' : 'invoiceNumber'),
      });
  });
export type ReceiptInvoiceInput = z.input<typeof receiptInvoiceSchema>;

export const receiptRefundSchema = z.object({
  id: idField,
  staffId: idField,
  amount: positiveAmount,
  method: z.enum(PAYMENT_METHODS, { error: paymentKey('unknownMethod') }),
  reference: optionalText(60),
  reason: requiredText(300),
});
export type ReceiptRefundInput = z.input<typeof receiptRefundSchema>;

const printLanguage = z.enum(LANGUAGES).nullish();

export const receiptPrintSchema = z.object({
  id: idField,
  /** 'receipt' (the default) or one of its credit notes. */
  creditNoteId: idField.nullish(),
  format: z.enum(RECEIPT_FORMATS).default('receipt80'),
  language: printLanguage,
  /** A copy printed again: marked REPRINT / 重印. */
  reprint: z.boolean().default(false),
});
export type ReceiptPrintInput = z.input<typeof receiptPrintSchema>;

export const dayGetSchema = z.object({ day: optionalDateField });

export const dayCloseSchema = z.object({
  staffId: idField,
  day: optionalDateField,
  openingFloat: amountField(MAX_QUOTE_AMOUNT),
  countedCash: amountField(MAX_QUOTE_AMOUNT),
  note: optionalText(300),
});
export type DayCloseInput = z.input<typeof dayCloseSchema>;

export const dayPrintSchema = z.object({
  day: optionalDateField,
  format: z.enum(RECEIPT_FORMATS).default('A4'),
  language: printLanguage,
});

/**
 * Verify records, one slice at a time: `after` is the chain position the last slice reached and
 * `checked` the count it reported, carried on so no slice has to count the entries before it
 * (without it the count is worked out: ~0.2–0.5 s a slice at 700 000 entries).
 */
export const verifyInput = z
  .object({
    after: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    checked: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  })
  .strict();
export type VerifyInput = z.input<typeof verifyInput>;

export const receiptFormatSettingSchema = z.object({ format: z.enum(RECEIPT_FORMATS) });
