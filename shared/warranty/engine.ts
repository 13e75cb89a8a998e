import { addMonths, isAfter } from './dates';
import { EXCLUSION_CODES, type ExclusionCode } from './exclusions';
import { findComponent, findNeverCovered } from './policy';
import { repairWarrantyTerm, replacedPartTerm } from './repairs';
import { countedRepairs, limitReached } from './repeated-failure';
import { assessReturnExchange, type VisitFaultKind } from './return-exchange';
import { resolveStartDate } from './start';
import { parseAssessmentInput } from './validate';
import type {
  AssessmentInput,
  ComponentAssessment,
  CoverageTerm,
  RepeatedFailure,
  FaultInput,
  Finding,
  ReasonCode,
  StartDate,
  WarrantyAssessment,
  WarrantyPolicy,
} from './types';

/*
 * The warranty rule engine: pure, no clock (the assessment date is an input), no I/O.
 *
 * Per component at fault, in order:
 *   1. not in the policy → not covered ('component_not_in_policy');
 *   2. listed as never covered → not covered ('never_covered'), even when it was replaced in an
 *      earlier repair: the policy says these parts are never free;
 *   3. the terms that may cover it: the original term (policy months from the start date, or the
 *      expiry printed on the warranty card), the repair warranty of the same fault, the
 *      replaced-part warranty. Each covers through its expiry day. The one that lasts longest
 *      applies (so a repair warranty shows only when it outlasts the original term);
 *   4. any applicable exclusion found at inspection voids free service for the fault, whatever
 *      term would cover it ('excluded', with the codes);
 *   5. a covered fault with no exclusion lists the earlier repairs of the same fault that count
 *      towards a repeated failure (repeated-failure.ts).
 * Then, for the product: the return / exchange options (return-exchange.ts), which only a
 * performance fault of a covered part opens, and the repeated-failure right.
 */

const KIND_REASON: Record<CoverageTerm['kind'], ReasonCode> = {
  original: 'in_warranty',
  card: 'in_warranty',
  repair: 'repair_warranty_same_fault',
  part: 'replaced_part_warranty',
};

/** Findings the policy applies, in the order of EXCLUSION_CODES, without repeats. */
function applicable(policy: WarrantyPolicy, findings: readonly Finding[], component: string | null): ExclusionCode[] {
  const codes = new Set(
    findings.filter((f) => component === null || !f.component || f.component === component).map((f) => f.code),
  );
  return EXCLUSION_CODES.filter((c) => codes.has(c) && policy.exclusions.includes(c));
}

/** The original term: the card's printed expiry when there is one, else policy months from the start. */
function originalTerm(
  input: AssessmentInput,
  start: StartDate | null,
  component: string,
  termMonths: number,
): CoverageTerm | null {
  if (!start) return null;
  const card = input.cardExpiries?.find((c) => c.component === component);
  if (card) return { kind: 'card', from: start.date, basis: start.basis, months: null, expiry: card.expiry };
  return {
    kind: 'original',
    from: start.date,
    basis: start.basis,
    months: termMonths,
    expiry: addMonths(start.date, termMonths),
  };
}

/** Longest-lasting first; on a tie the earlier entry (original before repair before part) stays. */
function longest(terms: CoverageTerm[]): CoverageTerm | null {
  let best: CoverageTerm | null = null;
  for (const t of terms) if (!best || isAfter(t.expiry, best.expiry)) best = t;
  return best;
}

function assessComponent(
  input: AssessmentInput,
  start: StartDate | null,
  noStartReason: ReasonCode,
  fault: FaultInput,
): ComponentAssessment {
  const { policy, assessmentDate } = input;
  const base = {
    component: fault.component,
    fault: fault.fault?.trim() || null,
    exclusions: [],
    term: null,
    originalExpiry: null,
    repeatRepairs: [],
  };
  const component = findComponent(policy, fault.component);
  if (!component) {
    const never = findNeverCovered(policy, fault.component);
    return never
      ? { ...base, labels: never.labels, covered: false, reasons: ['never_covered'] }
      : { ...base, labels: null, covered: false, reasons: ['component_not_in_policy'] };
  }

  const repairs = input.earlierRepairs ?? [];
  const original = originalTerm(input, start, component.code, component.termMonths);
  const terms = [
    original,
    repairWarrantyTerm(policy, repairs, component.code, fault.fault, original?.expiry ?? null),
    replacedPartTerm(policy, repairs, component.code),
  ].filter((t): t is CoverageTerm => t !== null);
  const covering = longest(terms.filter((t) => !isAfter(assessmentDate, t.expiry)));
  const exclusions = applicable(policy, input.findings ?? [], component.code);

  const reasons: ReasonCode[] = [];
  if (exclusions.length > 0) reasons.push('excluded');
  if (!covering) reasons.push(terms.length > 0 ? 'expired' : noStartReason);
  else if (exclusions.length === 0) reasons.push(KIND_REASON[covering.kind]);

  const covered = covering !== null && exclusions.length === 0;
  return {
    ...base,
    labels: component.labels,
    covered,
    reasons,
    exclusions,
    term: covering ?? longest(terms),
    originalExpiry: original?.expiry ?? null,
    repeatRepairs: covered ? countedRepairs(policy, repairs, start, component.code, fault.fault, original?.expiry ?? null) : [],
  };
}

/** What the visit's faults are, for return and exchange (see VisitFaultKind). */
function visitFaultKind(policy: WarrantyPolicy, components: readonly ComponentAssessment[], excluded: boolean): VisitFaultKind {
  if (components.length === 0) return 'unassessed';
  if (excluded || components.some((c) => c.exclusions.length > 0)) return 'excluded';
  return components.some((c) => findComponent(policy, c.component)) ? 'performance' : 'not_covered_part';
}

/** The first fault whose earlier repairs reached the policy's limit, or null. */
function repeatedFailure(policy: WarrantyPolicy, components: readonly ComponentAssessment[]): RepeatedFailure | null {
  const reached = components.find((c) => c.fault && limitReached(policy, c.repeatRepairs));
  if (!reached?.fault) return null;
  return {
    component: reached.component,
    fault: reached.fault,
    labels: reached.labels,
    limit: policy.repairsBeforeExchange,
    repairs: reached.repeatRepairs,
  };
}

/**
 * Assesses every component at fault on `input.assessmentDate`, plus the return / exchange
 * options open that day. Throws WarrantyInputError for input validateAssessmentInput refuses.
 */
export function assessWarranty(rawInput: AssessmentInput): WarrantyAssessment {
  return assessCheckedWarranty(parseAssessmentInput(rawInput));
}

/**
 * assessWarranty without the schema check, for input already known to be valid (the data
 * generator builds a million inputs from the default policies with buildAssessmentInput, and the
 * check of the whole policy costs more than the assessment itself).
 */
export function assessCheckedWarranty(input: AssessmentInput): WarrantyAssessment {
  const { policy } = input;
  const resolved = resolveStartDate(policy, input.dates, input.proof);
  const start = resolved.start;
  const noStartReason: ReasonCode = resolved.start === null ? resolved.reason : 'no_start_date';
  const findings = input.findings ?? [];
  const excluded = applicable(policy, findings, null).length > 0;
  const components = input.faults.map((f) => assessComponent(input, start, noStartReason, f));

  return {
    policyCode: policy.code,
    assessmentDate: input.assessmentDate,
    start,
    components,
    returnExchange: assessReturnExchange(
      policy,
      start,
      {
        hasProof: input.proof.length > 0,
        faults: visitFaultKind(policy, components, excluded),
        exchangesUsed: input.exchangesUsed ?? 0,
        repeatedFailure: repeatedFailure(policy, components),
        purchasePrice: input.purchasePrice ?? null,
      },
      input.assessmentDate,
    ),
    ignoredFindings: EXCLUSION_CODES.filter((c) => findings.some((f) => f.code === c) && !policy.exclusions.includes(c)),
  };
}
