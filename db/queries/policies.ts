import { asc, eq, sql } from 'drizzle-orm';
import type { AppDb } from '../client';
import { preparedQueries } from './statements';
import { warrantyPolicies } from '../schema';
import { DEFAULT_POLICIES, warrantyPolicySchema } from '../../shared/warranty';
import { policyTermsSchema, type EditablePolicy, type PolicyRecord, type PolicyTerms } from '../../shared/schemas/warranty';

/*
 * Warranty policies. A new shop has no rows: the shipped defaults apply as they are. The first
 * edit writes all the defaults first ("materialises" them), so from then on the table alone is
 * the truth and later versions of the app never change a shop's policies behind its back.
 */

const EMPTY_TERMS: PolicyTerms = { 'zh-Hans': '', 'zh-Hant': '', en: '' };
const BUILT_IN = new Set(DEFAULT_POLICIES.map((p) => p.code));

let parsedDefaults: PolicyRecord[] | undefined;

/**
 * The shipped policies as records. Parsed once (every assessment of a new shop reads one) and
 * frozen, so no caller can change the defaults for the next one.
 */
function defaults(): PolicyRecord[] {
  parsedDefaults ??= DEFAULT_POLICIES.map((policy) => deepFreeze(parseDefault(policy)));
  return parsedDefaults;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function parseDefault(policy: (typeof DEFAULT_POLICIES)[number]): PolicyRecord {
  return {
    code: policy.code,
    // A copy with plain arrays, as read back from a stored row.
    policy: warrantyPolicySchema.parse(policy),
    terms: EMPTY_TERMS,
    archived: false,
    builtIn: true,
    updatedAt: null,
  };
}

type Row = typeof warrantyPolicies.$inferSelect;

function toRecord(row: Row): PolicyRecord {
  // A row that no longer validates was edited outside the app: fail loudly rather than assess
  // warranties against a policy nobody can vouch for.
  const policy = warrantyPolicySchema.safeParse(JSON.parse(row.body));
  if (!policy.success) throw new Error(`warranty policy ${row.code} is damaged`);
  const terms = policyTermsSchema.safeParse(JSON.parse(row.terms));
  return {
    code: row.code,
    policy: policy.data,
    terms: terms.success ? terms.data : EMPTY_TERMS,
    archived: row.archived,
    builtIn: BUILT_IN.has(row.code),
    updatedAt: row.updatedAt,
  };
}

const queries = preparedQueries((db) => ({
  count: db
    .select({ n: sql<number>`count(*)` })
    .from(warrantyPolicies)
    .prepare(),
  byCode: db
    .select()
    .from(warrantyPolicies)
    .where(eq(warrantyPolicies.code, sql.placeholder('code')))
    .prepare(),
}));

function storedCount(db: AppDb): number {
  return queries(db).count.get()?.n ?? 0;
}

/** Every policy, in the shop's order (the defaults' order for a new shop). */
export function listPolicies(db: AppDb): PolicyRecord[] {
  const rows = db.select().from(warrantyPolicies).orderBy(asc(warrantyPolicies.position)).all();
  return rows.length === 0 ? defaults() : rows.map(toRecord);
}

export function getPolicy(db: AppDb, code: string): PolicyRecord | undefined {
  if (storedCount(db) === 0) return defaults().find((p) => p.code === code);
  const row = queries(db).byCode.get({ code });
  return row ? toRecord(row) : undefined;
}

function materialiseDefaults(db: AppDb, now: number): void {
  if (storedCount(db) > 0) return;
  DEFAULT_POLICIES.forEach((policy, position) => {
    db.insert(warrantyPolicies)
      .values({
        code: policy.code,
        position,
        body: JSON.stringify(policy),
        terms: JSON.stringify(EMPTY_TERMS),
        archived: false,
        createdAt: now,
        updatedAt: now,
      })
      .run();
  });
}

export interface PolicyWrite {
  policy: EditablePolicy;
  terms: PolicyTerms;
  archived: boolean;
}

/** Adds a policy at the end of the list. The caller checks the code is free. */
export function insertPolicy(db: AppDb, input: PolicyWrite, now: number): PolicyRecord {
  materialiseDefaults(db, now);
  const last =
    db
      .select({ n: sql<number>`coalesce(max(position), -1)` })
      .from(warrantyPolicies)
      .get()?.n ?? -1;
  db.insert(warrantyPolicies)
    .values({
      code: input.policy.code,
      position: last + 1,
      body: JSON.stringify(input.policy),
      terms: JSON.stringify(input.terms),
      archived: input.archived,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return getPolicy(db, input.policy.code)!;
}

/** Replaces a policy; issued cards keep the copy they were issued with. */
export function updatePolicy(db: AppDb, input: PolicyWrite, now: number): PolicyRecord | undefined {
  materialiseDefaults(db, now);
  const result = db
    .update(warrantyPolicies)
    .set({ body: JSON.stringify(input.policy), terms: JSON.stringify(input.terms), archived: input.archived, updatedAt: now })
    .where(eq(warrantyPolicies.code, input.policy.code))
    .run();
  return result.changes === 0 ? undefined : getPolicy(db, input.policy.code);
}
