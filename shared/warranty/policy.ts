import { z } from '../schemas/zod';
import { requiredText } from '../schemas/common';
import { EXCLUSION_CODES } from './exclusions';
import type { WarrantyPolicy } from './types';

/*
 * The policy as it crosses the IPC boundary or comes out of the database. Messages are
 * translation keys; the `validation.warranty.*` ones are translated in messages.ts.
 */

/** Lower-case codes ('light_guide_arm'): stable in the database, never shown to customers. */
export const codeField = z
  .string()
  .trim()
  .max(40)
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'validation.warranty.code' });

export const localizedTextSchema = z
  .object({ 'zh-Hans': requiredText(60), 'zh-Hant': requiredText(60), en: requiredText(60) })
  .strict();

/** Up to ten years: long enough for the longest brand terms (compressors, motors), short enough to catch typos. */
const months = z.number().int().min(0).max(120);
const days = z.number().int().min(0).max(365);

export const policyComponentSchema = z.object({ code: codeField, labels: localizedTextSchema, termMonths: months }).strict();

export const neverCoveredItemSchema = z.object({ code: codeField, labels: localizedTextSchema }).strict();

export const returnExchangeRulesSchema = z
  .object({
    returnDays: days,
    exchangeDays: days,
    exchangeLimit: z.number().int().min(0).max(100).nullable(),
    exchangeSameOrHigherPrice: z.boolean(),
  })
  .strict();

export const warrantyPolicySchema = z
  .object({
    code: codeField,
    labels: localizedTextSchema,
    components: z.array(policyComponentSchema).min(1).max(60),
    neverCovered: z.array(neverCoveredItemSchema).max(60),
    noProof: z.enum(['production_date', 'not_covered']),
    repairWarrantyMonths: months,
    replacedPartMonths: months,
    exclusions: z.array(z.enum(EXCLUSION_CODES)).max(EXCLUSION_CODES.length),
    returnExchange: returnExchangeRulesSchema,
    // Policies stored before these existed read back with the defaults (migration 0013 writes them).
    repairsBeforeExchange: z.number().int().min(0).max(20).default(2),
    depreciationBasisPointsPerDay: z.number().int().min(1).max(10_000).nullable().default(null),
  })
  .strict()
  .superRefine((policy, ctx) => {
    // A code names one thing: twice in a list would make the term ambiguous.
    const seen = new Set<string>();
    policy.components.forEach((c, i) => {
      if (seen.has(c.code))
        ctx.addIssue({ code: 'custom', path: ['components', i, 'code'], message: 'validation.warranty.duplicateCode' });
      seen.add(c.code);
    });
    const seenNever = new Set<string>();
    policy.neverCovered.forEach((c, i) => {
      if (seenNever.has(c.code)) {
        ctx.addIssue({ code: 'custom', path: ['neverCovered', i, 'code'], message: 'validation.warranty.duplicateCode' });
      } else if (seen.has(c.code)) {
        // Covered for N months and never free at once cannot both be true.
        ctx.addIssue({
          code: 'custom',
          path: ['neverCovered', i, 'code'],
          message: 'validation.warranty.coveredAndNeverCovered',
        });
      }
      seenNever.add(c.code);
    });
    const seenExclusions = new Set<string>();
    policy.exclusions.forEach((code, i) => {
      if (seenExclusions.has(code))
        ctx.addIssue({ code: 'custom', path: ['exclusions', i], message: 'validation.warranty.duplicateExclusion' });
      seenExclusions.add(code);
    });
  });

/** A validated policy, or the first problems found (messages are translation keys). */
export function parsePolicy(
  value: unknown,
): { ok: true; policy: WarrantyPolicy } | { ok: false; issues: { path: (string | number)[]; message: string }[] } {
  const result = warrantyPolicySchema.safeParse(value);
  if (result.success) return { ok: true, policy: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((i) => ({
      path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: i.message,
    })),
  };
}

export function findComponent(policy: WarrantyPolicy, code: string) {
  return policy.components.find((c) => c.code === code);
}

export function findNeverCovered(policy: WarrantyPolicy, code: string) {
  return policy.neverCovered.find((c) => c.code === code);
}
