import { z } from './zod';
import { idField, optionalText, requiredText } from './common';
import { codeField } from '../warranty/policy';
import { isAfter, isBefore } from '../warranty/dates';
import { isPlausibleDate } from '../warranty/validate';
import { PROOF_KINDS, type IsoDate, type ProofKind } from '../warranty/types';

/*
 * A product at the counter: what it is (category = the warranty policy that applies, brand,
 * model, serial), the dates its warranty depends on and the proof of purchase. Dates are
 * 'YYYY-MM-DD' in the shop's calendar; '' in a form means "not recorded" (stored as NULL).
 */

/** An optional calendar date: '' or a real date between 1900 and 2199. */
export const optionalDateField = z
  .string()
  .trim()
  .refine((v) => v === '' || isPlausibleDate(v), { error: 'validation.warranty.invalidDate' })
  .default('');

export const DATE_FIELDS = ['productionDate', 'saleDate', 'deliveryDate', 'acceptanceDate'] as const;
export type DateField = (typeof DATE_FIELDS)[number];
type Dates = Partial<Record<DateField, string | null | undefined>> & {
  /** Staff confirmed that a sale before the production date is right: a pre-order. */
  preOrder?: boolean;
};

export interface DateIssue {
  path: DateField;
  message: string;
}

/** A sale recorded before the product was made: only a pre-order, which staff must confirm. */
export function isPreOrder(dates: Dates): boolean {
  const { saleDate: sold, productionDate: made } = dates;
  return !!sold && !!made && isPlausibleDate(sold) && isPlausibleDate(made) && isBefore(sold, made);
}

/**
 * Impossible product dates: anything after today, delivery or installation before production,
 * installation before delivery. A sale before production is refused unless staff confirm a
 * pre-order; then the warranty runs from delivery (or acceptance), which must be recorded.
 * `today` is null where no clock is at hand; the handler checks again with the shop's today.
 */
export function productDateIssues(dates: Dates, today: IsoDate | null): DateIssue[] {
  const issues: DateIssue[] = [];
  const ok = (v: string | null | undefined): v is IsoDate => !!v && isPlausibleDate(v);
  for (const field of DATE_FIELDS) {
    const v = dates[field];
    if (today && ok(v) && isAfter(v, today)) issues.push({ path: field, message: 'validation.futureDate' });
  }
  const { productionDate: made, deliveryDate: delivered, acceptanceDate: accepted } = dates;
  if (ok(made) && ok(delivered) && isBefore(delivered, made))
    issues.push({ path: 'deliveryDate', message: 'validation.warranty.deliveryBeforeProduction' });
  if (ok(made) && ok(accepted) && isBefore(accepted, made))
    issues.push({ path: 'acceptanceDate', message: 'validation.warranty.acceptanceBeforeProduction' });
  if (ok(delivered) && ok(accepted) && isBefore(accepted, delivered))
    issues.push({ path: 'acceptanceDate', message: 'validation.warranty.acceptanceBeforeDelivery' });
  if (isPreOrder(dates)) {
    if (!dates.preOrder) issues.push({ path: 'saleDate', message: 'validation.saleBeforeProduction' });
    else if (!ok(delivered) && !ok(accepted)) issues.push({ path: 'deliveryDate', message: 'validation.preOrderNeedsDelivery' });
  }
  return issues;
}

const productObject = z.object({
  customerId: idField,
  /** The code of the warranty policy for this kind of product. */
  category: codeField,
  brand: optionalText(60),
  model: requiredText(80),
  serial: optionalText(60),
  productionDate: optionalDateField,
  saleDate: optionalDateField,
  deliveryDate: optionalDateField,
  acceptanceDate: optionalDateField,
  proofKind: z.enum(PROOF_KINDS).nullable().default(null),
  proofNo: optionalText(60),
  notes: optionalText(1000),
  /** Confirms a sale date before the production date (a pre-order); ignored otherwise. */
  preOrder: z.boolean().default(false),
});

/** Every cross-field problem with a product: impossible dates, a proof number without its kind. */
export function productIssues(p: Dates & { proofKind?: ProofKind | null; proofNo?: string }, today: IsoDate | null) {
  const issues: { path: string; message: string }[] = productDateIssues(p, today);
  // A proof number without saying what the document is cannot be checked later.
  if (p.proofNo && !p.proofKind) issues.push({ path: 'proofKind', message: 'validation.proofKindNeeded' });
  return issues;
}

const refine = (today: IsoDate | null) => (p: z.output<typeof productObject>, ctx: z.RefinementCtx) => {
  for (const issue of productIssues(p, today)) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
};

/** The product form's schema; the UI passes the shop's today so future dates are caught at once. */
export function productFieldsSchemaFor(today: IsoDate | null) {
  return productObject.superRefine(refine(today));
}

export const productFieldsSchema = productFieldsSchemaFor(null);
export const productCreateSchema = productFieldsSchema;
export const productUpdateSchema = productObject.extend({ id: idField }).superRefine(refine(null));
export const productGetSchema = z.object({ id: idField });
export const productListSchema = z.object({
  customerId: idField.nullish(),
  /** Serial (full, tail or part), model or brand. */
  q: z.string().max(200).default(''),
  limit: z.number().int().min(1).max(500).default(100),
});

export type ProductFields = z.infer<typeof productFieldsSchema>;
export type ProductFieldsInput = z.input<typeof productFieldsSchema>;
export type ProductUpdateInput = z.input<typeof productUpdateSchema>;

export interface Product {
  id: number;
  customerId: number;
  customerName: string;
  customerPhone: string;
  category: string;
  brand: string;
  model: string;
  serial: string;
  productionDate: IsoDate | null;
  saleDate: IsoDate | null;
  deliveryDate: IsoDate | null;
  acceptanceDate: IsoDate | null;
  proofKind: ProofKind | null;
  proofNo: string;
  notes: string;
  /** Sold before it was made: the warranty runs from delivery or acceptance, never the sale. */
  preOrder: boolean;
  createdAt: number;
  updatedAt: number;
}

/** How a product matched a search: by its serial (the warranty check's kinds), or by its name. */
export type SerialMatch = 'serial' | 'serialTail' | 'serialPart';
export type ProductMatch = SerialMatch | 'brand' | 'model';

export interface ProductListItem {
  id: number;
  customerId: number;
  customerName: string;
  category: string;
  brand: string;
  model: string;
  serial: string;
  /** The card in force, if any. */
  activeCard: { id: number; cardNo: string } | null;
  createdAt: number;
  matchedBy?: ProductMatch;
}
