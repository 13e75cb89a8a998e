import { z } from './zod';
import { idField, optionalText, requiredText } from './common';
import { printOptionsSchema } from './print';
import { codeField, warrantyPolicySchema } from '../warranty/policy';
import { isPlausibleDate } from '../warranty/validate';
import type { CardComponentTerm } from '../warranty/card';
import type { WarrantyContext } from '../warranty/context';
import type { IsoDate, StartDate } from '../warranty/types';
import type { Language } from '../i18n/languages';
import type { Product, ProductListItem } from './product';
import type { OpenTicketRef } from './ticket-types';

// ---- policies -------------------------------------------------------------------------------

/** Shop-specific terms printed on the card under the standard clauses, in each language. */
export const policyTermsSchema = z.object({
  'zh-Hans': optionalText(2000),
  'zh-Hant': optionalText(2000),
  en: optionalText(2000),
});
export type PolicyTerms = Record<Language, string>;

/**
 * A policy as stored and edited: the engine's WarrantyPolicy with plain arrays (the engine's
 * readonly ones cannot be sent back to the policy schema as they are).
 */
export type EditablePolicy = z.output<typeof warrantyPolicySchema>;

export const policySaveSchema = z.object({
  policy: warrantyPolicySchema,
  terms: policyTermsSchema.default({ 'zh-Hans': '', 'zh-Hant': '', en: '' }),
  /** Archived policies stay on their products and cards but are not offered for new products. */
  archived: z.boolean().default(false),
});
export type PolicySaveInput = z.input<typeof policySaveSchema>;

export interface PolicyRecord {
  code: string;
  policy: EditablePolicy;
  terms: PolicyTerms;
  archived: boolean;
  /** One of the policies the app ships with. */
  builtIn: boolean;
  /** null: the shipped default, never edited. */
  updatedAt: number | null;
}

// ---- cards ----------------------------------------------------------------------------------

const dateField = z.string().trim().refine(isPlausibleDate, { error: 'validation.warranty.invalidDate' });

/** A card number typed by hand (a pre-printed card): no spaces or braces. */
export const cardNoField = optionalText(40).refine((v) => /^[^\s{}]*$/u.test(v), { error: 'validation.cardNo' });

export const cardIssueSchema = z.object({
  productId: idField,
  /** '' takes the next number of the warranty-card series. */
  cardNo: cardNoField,
  /** Expiries staff set by hand instead of the computed ones. */
  expiries: z
    .array(z.object({ component: codeField, expiry: dateField }))
    .max(60)
    .default([]),
  notes: optionalText(500),
});
export type CardIssueInput = z.input<typeof cardIssueSchema>;

export const cardGetSchema = z.object({ id: idField });
export const cardVoidSchema = z.object({ id: idField, reason: requiredText(200) });
export const cardTransferSchema = z.object({ id: idField, customerId: idField, note: optionalText(200) });
export const cardListSchema = z.object({
  customerId: idField.nullish(),
  productId: idField.nullish(),
  /** Card number (full, start or end), serial or the holder's phone. */
  q: z.string().max(200).default(''),
  limit: z.number().int().min(1).max(500).default(100),
});
export const cardPrintSchema = printOptionsSchema.extend({ id: idField });

export type CardStatus = 'active' | 'void';

export interface CardOwner {
  customerId: number;
  customerName: string;
  fromDate: IsoDate;
  /** null: the current holder. */
  toDate: IsoDate | null;
  note: string;
}

export interface WarrantyCard {
  id: number;
  cardNo: string;
  status: CardStatus;
  productId: number;
  product: Pick<Product, 'category' | 'brand' | 'model' | 'serial'>;
  customerId: number;
  customerName: string;
  customerPhone: string;
  /** The policy as it was when the card was issued. */
  policy: EditablePolicy;
  terms: PolicyTerms;
  start: StartDate;
  components: CardComponentTerm[];
  /** Day of issue in the shop's calendar. */
  issuedOn: IsoDate;
  issuedAt: number;
  notes: string;
  voidReason: string | null;
  voidedAt: number | null;
  owners: CardOwner[];
}

export type CardMatch = 'cardNo' | 'cardNoPart' | 'serial' | 'phone';

export interface WarrantyCardListItem {
  id: number;
  cardNo: string;
  status: CardStatus;
  productId: number;
  brand: string;
  model: string;
  serial: string;
  customerId: number;
  customerName: string;
  startDate: IsoDate;
  /** The latest component expiry: the card is "in force" until then. */
  lastExpiry: IsoDate;
  issuedOn: IsoDate;
  matchedBy?: CardMatch;
}

// ---- the check-warranty panel ---------------------------------------------------------------

export const warrantyLookupSchema = z
  .object({
    /** A scanned or typed serial, card number or customer phone. */
    q: z.string().max(200).default(''),
    productId: idField.nullish(),
  })
  .refine((v) => v.q.trim() !== '' || !!v.productId, { error: 'validation.required', path: ['q'] });

export type LookupMatch = 'product' | 'serial' | 'serialTail' | 'serialPart' | 'cardNo' | 'cardNoPart' | 'phone' | 'phoneTail';

export interface WarrantyLookupItem {
  matchedBy: LookupMatch;
  product: Product;
  /** The card in force, if any: its snapshot policy and expiries drive the assessment. */
  card: { id: number; cardNo: string; start: StartDate; issuedOn: IsoDate } | null;
  context: WarrantyContext;
  /** Its tickets not yet closed: intake warns before taking it in a second time. */
  openTickets: OpenTicketRef[];
}

export interface WarrantyLookupResult {
  q: string;
  /** Today in the shop's time zone: the day the panel assesses. */
  assessmentDate: IsoDate;
  items: WarrantyLookupItem[];
  /** More products matched than were returned. */
  truncated: boolean;
}

export type { ProductListItem };
