import { z } from '../schemas/zod';
import { codeField, warrantyPolicySchema } from './policy';
import { EXCLUSION_CODES } from './exclusions';
import { isAfter, isBefore, isIsoDate, parseIsoDate } from './dates';
import { resolveStartDate } from './start';
import { PROOF_KINDS, type AssessmentInput, type IsoDate } from './types';

/*
 * Impossible inputs are refused before any assessment: a wrong answer at the counter ("free!")
 * is worse than a question back to the clerk. Messages are translation keys; the
 * `validation.warranty.*` ones are translated in messages.ts.
 */

export const WARRANTY_VALIDATION_KEYS = [
  'invalidDate',
  'afterAssessment',
  'deliveryBeforeProduction',
  'acceptanceBeforeProduction',
  'acceptanceBeforeDelivery',
  'repairBeforeProduction',
  'expiryBeforeStart',
  'code',
  'duplicateCode',
  'coveredAndNeverCovered',
  'duplicateExclusion',
] as const;
export type WarrantyValidationKey = (typeof WARRANTY_VALIDATION_KEYS)[number];

export interface ValidationIssue {
  path: (string | number)[];
  /** A translation key such as 'validation.warranty.afterAssessment'. */
  message: string;
}

/** Years outside this range are typing mistakes at a repair counter (0025 for 2025), not dates. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export function isPlausibleDate(value: unknown): value is IsoDate {
  const d = parseIsoDate(value);
  return d !== null && d.year >= MIN_YEAR && d.year <= MAX_YEAR;
}

const key = (k: WarrantyValidationKey) => `validation.warranty.${k}`;

const dateField = z.string().refine(isPlausibleDate, { error: key('invalidDate') });
/** Optional product dates: null, missing or '' (an empty form field) mean "not recorded". */
const optionalDateField = z
  .string()
  .refine((v) => v === '' || isPlausibleDate(v), { error: key('invalidDate') })
  .nullable()
  .optional();
const faultField = z.string().trim().max(60).nullable().optional();

export const assessmentInputSchema = z
  .object({
    policy: warrantyPolicySchema,
    dates: z
      .object({
        productionDate: optionalDateField,
        saleDate: optionalDateField,
        deliveryDate: optionalDateField,
        acceptanceDate: optionalDateField,
      })
      .strict(),
    proof: z.array(z.enum(PROOF_KINDS)).max(PROOF_KINDS.length * 2),
    faults: z
      .array(z.object({ component: codeField, fault: faultField }).strict())
      .min(1)
      .max(30),
    findings: z
      .array(z.object({ code: z.enum(EXCLUSION_CODES), component: codeField.nullable().optional() }).strict())
      .max(60)
      .optional(),
    earlierRepairs: z
      .array(
        z
          .object({
            date: dateField,
            component: codeField,
            fault: faultField,
            partsReplaced: z.array(codeField).max(30).optional(),
            ticketNo: z.string().trim().max(40).nullable().optional(),
            excluded: z.boolean().optional(),
          })
          .strict(),
      )
      .max(500)
      .optional(),
    cardExpiries: z
      .array(z.object({ component: codeField, expiry: dateField }).strict())
      .max(60)
      .optional(),
    exchangesUsed: z.number().int().min(0).max(100).optional(),
    purchasePrice: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
    assessmentDate: dateField,
  })
  .strict()
  .superRefine((input, ctx) => {
    // Field checks above may have failed without stopping this one: compare valid dates only.
    const ok = (d: string | null | undefined): d is IsoDate => !!d && isIsoDate(d);
    const issue = (path: (string | number)[], k: WarrantyValidationKey) =>
      ctx.addIssue({ code: 'custom', path, message: key(k) });
    const today = ok(input.assessmentDate) ? input.assessmentDate : null;
    const { productionDate, deliveryDate, acceptanceDate, saleDate } = input.dates;

    // Nothing the counter records can lie after the day of the assessment.
    const dated: [(string | number)[], string | null | undefined][] = [
      [['dates', 'productionDate'], productionDate],
      [['dates', 'saleDate'], saleDate],
      [['dates', 'deliveryDate'], deliveryDate],
      [['dates', 'acceptanceDate'], acceptanceDate],
      ...(input.earlierRepairs ?? []).map((r, i): [(string | number)[], string] => [['earlierRepairs', i, 'date'], r.date]),
    ];
    for (const [path, d] of dated) if (today && ok(d) && isAfter(d, today)) issue(path, 'afterAssessment');

    // A product cannot be delivered, installed or repaired before it was made, nor installed
    // before it arrived. A sale may precede production (pre-orders), so it is not checked.
    if (ok(productionDate)) {
      if (ok(deliveryDate) && isBefore(deliveryDate, productionDate))
        issue(['dates', 'deliveryDate'], 'deliveryBeforeProduction');
      if (ok(acceptanceDate) && isBefore(acceptanceDate, productionDate))
        issue(['dates', 'acceptanceDate'], 'acceptanceBeforeProduction');
      (input.earlierRepairs ?? []).forEach((r, i) => {
        if (ok(r.date) && isBefore(r.date, productionDate)) issue(['earlierRepairs', i, 'date'], 'repairBeforeProduction');
      });
    }
    if (ok(deliveryDate) && ok(acceptanceDate) && isBefore(acceptanceDate, deliveryDate)) {
      issue(['dates', 'acceptanceDate'], 'acceptanceBeforeDelivery');
    }

    // A card expiry before the start date would be a term of negative length.
    const cards = input.cardExpiries ?? [];
    if (cards.length > 0) {
      const dates = { productionDate, deliveryDate, acceptanceDate, saleDate };
      const datesValid = Object.values(dates).every((d) => d === null || d === undefined || d === '' || ok(d));
      const resolved = datesValid ? resolveStartDate(input.policy, dates, input.proof) : { start: null };
      const start = resolved.start;
      if (start) {
        cards.forEach((c, i) => {
          if (ok(c.expiry) && isBefore(c.expiry, start.date)) issue(['cardExpiries', i, 'expiry'], 'expiryBeforeStart');
        });
      }
    }
  });

/** Every problem with an assessment's input, as translation keys with paths; [] when it can be assessed. */
export function validateAssessmentInput(input: unknown): ValidationIssue[] {
  const result = assessmentInputSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
}

/** Thrown by assessWarranty for input validateAssessmentInput would refuse. */
export class WarrantyInputError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`Invalid warranty assessment input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    this.name = 'WarrantyInputError';
  }
}

/** The input as the engine uses it (codes trimmed), or WarrantyInputError. */
export function parseAssessmentInput(input: unknown): AssessmentInput {
  const result = assessmentInputSchema.safeParse(input);
  if (!result.success) throw new WarrantyInputError(validateAssessmentInput(input));
  return result.data;
}
