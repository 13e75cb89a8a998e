import { addMonths, isBefore } from './dates';
import { findComponent } from './policy';
import { resolveStartDate } from './start';
import type { CardExpiry, IsoDate, LocalizedText, ProductDates, ProofKind, StartDate, WarrantyPolicy } from './types';

/*
 * What a warranty card promises, computed once when it is issued and then printed and stored:
 * the start date (and what it rests on) and an expiry per covered component. Later policy edits
 * never change an issued card; the assessment reads these dates back as `cardExpiries`.
 */

export interface CardComponentTerm {
  component: string;
  labels: LocalizedText;
  termMonths: number;
  expiry: IsoDate;
  /** Staff changed the computed date (an extended or promotional warranty). */
  adjusted: boolean;
}

export type CardTermsProblem =
  | { kind: 'no_start'; reason: 'no_proof' | 'no_start_date' }
  | { kind: 'unknown_component'; index: number }
  | { kind: 'expiry_before_start'; index: number };

export type CardTerms =
  { ok: true; start: StartDate; components: CardComponentTerm[] } | { ok: false; problems: CardTermsProblem[] };

/**
 * The card's start date and per-component expiries from the policy, with any expiry staff set
 * by hand (`overrides`) in place of the computed one. An override must name a component of the
 * policy and may not end before the start date.
 */
export function computeCardTerms(
  policy: WarrantyPolicy,
  dates: ProductDates,
  proof: readonly ProofKind[],
  overrides: readonly CardExpiry[] = [],
): CardTerms {
  const resolved = resolveStartDate(policy, dates, proof);
  if (!resolved.start) return { ok: false, problems: [{ kind: 'no_start', reason: resolved.reason }] };
  const start = resolved.start;
  const problems: CardTermsProblem[] = [];
  overrides.forEach((o, index) => {
    if (!findComponent(policy, o.component)) problems.push({ kind: 'unknown_component', index });
    else if (isBefore(o.expiry, start.date)) problems.push({ kind: 'expiry_before_start', index });
  });
  if (problems.length > 0) return { ok: false, problems };
  const components = policy.components.map((c): CardComponentTerm => {
    const computed = addMonths(start.date, c.termMonths);
    const override = overrides.find((o) => o.component === c.code);
    const expiry = override?.expiry ?? computed;
    return { component: c.code, labels: c.labels, termMonths: c.termMonths, expiry, adjusted: expiry !== computed };
  });
  return { ok: true, start, components };
}
