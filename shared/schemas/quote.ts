import { z } from './zod';
import { idField, optionalText } from './common';
import { DECISION_METHODS, type DecisionMethod } from '../tickets/intake';
import {
  discountSchema,
  MAX_QUOTE_LINES,
  quoteLineSchema,
  validateQuote,
  type Discount,
  type QuoteLine,
  type QuoteTotals,
  type TaxSetting,
} from '../quotes';
import type { Currency } from './settings';

/*
 * A quote as the counter issues it: lines and a discount. The tax is not sent: it is the shop's
 * setting at the moment of issue (Settings → Tax), stored with the version.
 */

/** The document-level checks of validateQuote (total too large, discount above the subtotal). */
const DOCUMENT_KEYS = ['validation.quote.totalTooLarge', 'validation.quote.discountTooLarge'];

export const quoteDraftSchema = z
  .object({
    lines: z.array(quoteLineSchema).min(1).max(MAX_QUOTE_LINES),
    discount: discountSchema.default({ kind: 'none' }),
  })
  .superRefine((draft, ctx) => {
    // The tax does not change these checks; the field checks are the object's own.
    const checked = validateQuote({ ...draft, tax: { mode: 'none' } });
    if (checked.ok) return;
    for (const issue of checked.issues)
      if (DOCUMENT_KEYS.includes(issue.message)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });
export type QuoteDraftInput = z.input<typeof quoteDraftSchema>;

export const quoteIssueSchema = z.object({
  ticketId: idField,
  staffId: idField,
  quote: quoteDraftSchema,
  /** Printed under the lines, e.g. "parts on order, 3 days". */
  note: optionalText(500),
});
export type QuoteIssueInput = z.input<typeof quoteIssueSchema>;

export const QUOTE_DECISIONS = ['approved', 'declined'] as const;
export type QuoteDecision = (typeof QUOTE_DECISIONS)[number];

export const quoteDecideSchema = z.object({
  quoteId: idField,
  staffId: idField,
  decision: z.enum(QUOTE_DECISIONS),
  method: z.enum(DECISION_METHODS),
  /** Why it was declined (required then: the ticket's status change needs it). */
  note: optionalText(500),
});
export type QuoteDecideInput = z.input<typeof quoteDecideSchema>;

export const QUOTE_STATUSES = ['issued', 'approved', 'declined', 'superseded'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export interface Quote {
  id: number;
  ticketId: number;
  version: number;
  status: QuoteStatus;
  lines: QuoteLine[];
  discount: Discount;
  tax: TaxSetting;
  currency: Currency;
  totals: QuoteTotals;
  note: string;
  issuedAt: number;
  issuedBy: string;
  decidedAt: number | null;
  decidedBy: string | null;
  decisionMethod: DecisionMethod | null;
  decisionNote: string;
}
