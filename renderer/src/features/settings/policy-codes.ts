import type { PolicySaveInput } from '@shared/schemas/warranty';

/*
 * Policies and their components are keyed by codes ('light_guide_arm') that the database, the
 * cards and the tickets refer to. Staff never type them: a new one is made from the English
 * name, and an existing one never changes.
 */

const MAX = 40;

/** 'Light-guide arm' → 'light_guide_arm'; a name without Latin letters → `fallback`. */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX - 4);
  if (!slug) return fallback;
  return /^[a-z]/.test(slug) ? slug : `c_${slug}`.slice(0, MAX - 4);
}

/** `base`, or `base_2`, `base_3`… whichever is not taken yet. */
export function uniqueCode(base: string, taken: Set<string>): string {
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}_${n}`;
  taken.add(code);
  return code;
}

type Item = { code?: string; labels?: { en?: string } };

/** Fills every empty code from the English name, keeping existing codes as they are. */
export function withCodes(values: PolicySaveInput, existingPolicyCodes: readonly string[]): PolicySaveInput {
  const policy = values.policy;
  const fill = <T extends Item>(items: readonly T[], fallback: string, taken: Set<string>): T[] =>
    items.map((item) => (item.code ? item : { ...item, code: uniqueCode(slugify(item.labels?.en ?? '', fallback), taken) }));
  // One namespace for covered and never-covered parts: a code names one part.
  const taken = new Set([...policy.components, ...policy.neverCovered].map((c) => c.code).filter(Boolean));
  const code = policy.code || uniqueCode(slugify(policy.labels.en, 'policy'), new Set(existingPolicyCodes));
  return {
    ...values,
    policy: {
      ...policy,
      code,
      components: fill(policy.components, 'part', taken),
      neverCovered: fill(policy.neverCovered, 'item', taken),
    },
  };
}
