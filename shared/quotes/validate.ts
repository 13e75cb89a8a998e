import { z } from '../schemas/zod';
import { lineAmount } from '../money/arithmetic';
import { MAX_QUANTITY } from '../money/quantity';
import { amountField, quantityField, rateField } from '../money/schema';
import { LINE_KINDS, type QuoteInput } from './totals';

/*
 * What a quote must satisfy before its totals are computed or saved. Messages are translation
 * keys: the generic `validation.*` ones from schemas/zod.ts, `validation.money.*` and
 * `validation.quantity.*` (money/messages.ts) and `validation.quote.*` (messages.ts here).
 */

export const QUOTE_VALIDATION_KEYS = [
  'freeReasonRequired',
  'discountTooLarge',
  'discountPercentRange',
  'taxRateRange',
  'totalTooLarge',
] as const;
export type QuoteValidationKey = (typeof QUOTE_VALIDATION_KEYS)[number];
export const quoteKey = (k: QuoteValidationKey) => `validation.quote.${k}`;

export const MAX_QUOTE_LINES = 200;
/** 99,999,999.99 in a two-decimal currency: any single price, and any quote's charged total. */
export const MAX_QUOTE_AMOUNT = 9_999_999_999;
export const MAX_LINE_DESCRIPTION = 200;

/** Warranty reason codes: 'in_warranty', 'repair_warranty_same_fault', or a shop's own 'goodwill'. */
const reasonCode = z
  .string()
  .trim()
  .max(60)
  .regex(/^([a-z][a-z0-9_]*)?$/, { error: 'validation.invalidFormat' });

export const quoteLineSchema = z
  .object({
    kind: z.enum(LINE_KINDS),
    description: z.string().trim().min(1).max(MAX_LINE_DESCRIPTION),
    quantity: quantityField,
    unitPrice: amountField(MAX_QUOTE_AMOUNT),
    free: z.boolean(),
    freeReason: reasonCode.nullable().optional(),
  })
  .strict()
  .superRefine((line, ctx) => {
    // A free line prints its reason on the receipt; "free" without one cannot be explained.
    if (line.free && !line.freeReason)
      ctx.addIssue({ code: 'custom', path: ['freeReason'], message: quoteKey('freeReasonRequired') });
  });

export const discountSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('none') }).strict(),
    z.object({ kind: z.literal('amount'), amount: amountField(MAX_QUOTE_AMOUNT) }).strict(),
    z.object({ kind: z.literal('percent'), rateBp: rateField(quoteKey('discountPercentRange')) }).strict(),
  ],
  { error: 'validation.invalidChoice' },
);

export const taxSettingSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('none') }).strict(),
    z.object({ mode: z.literal('inclusive'), rateBp: rateField(quoteKey('taxRateRange')) }).strict(),
    z.object({ mode: z.literal('exclusive'), rateBp: rateField(quoteKey('taxRateRange')) }).strict(),
  ],
  { error: 'validation.invalidChoice' },
);

const isCount = (n: unknown, min: number, max: number): n is number =>
  typeof n === 'number' && Number.isSafeInteger(n) && n >= min && n <= max;

export const quoteInputSchema = z
  .object({
    lines: z.array(quoteLineSchema).min(1).max(MAX_QUOTE_LINES),
    discount: discountSchema,
    tax: taxSettingSchema,
  })
  .strict()
  .superRefine((quote, ctx) => {
    // Field checks may have failed without stopping this one: total the sound lines only, in
    // BigInt, since 200 lines at the largest price and quantity exceed exact float integers.
    const sound = quote.lines.filter(
      (l) => !l.free && isCount(l.quantity, 1, MAX_QUANTITY) && isCount(l.unitPrice, 0, MAX_QUOTE_AMOUNT),
    );
    const exact = sound.reduce((s, l) => s + BigInt(lineAmount(l.quantity, l.unitPrice)), 0n);
    if (exact > BigInt(MAX_QUOTE_AMOUNT)) ctx.addIssue({ code: 'custom', path: ['lines'], message: quoteKey('totalTooLarge') });
    const subtotal = Number(exact);
    // Refused rather than silently cut: the clerk should see that the discount exceeds the bill.
    if (quote.discount.kind === 'amount' && quote.discount.amount > subtotal) {
      ctx.addIssue({ code: 'custom', path: ['discount', 'amount'], message: quoteKey('discountTooLarge') });
    }
  });

export interface QuoteIssue {
  path: (string | number)[];
  message: string;
}

export function validateQuote(input: unknown): { ok: true; value: QuoteInput } | { ok: false; issues: QuoteIssue[] } {
  const r = quoteInputSchema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)), message: i.message })),
  };
}
