import { isAfter, isBefore } from './dates';
import { repairWarrantyTerm, replacedPartTerm, sameFault } from './repairs';
import type { CoverageTerm, EarlierRepair, IsoDate, RepairCitation, StartDate, WarrantyPolicy } from './types';

/*
 * Repeated failures (DOMAIN rule 7; seed 001 quoting 国家三包: "在质保期内……出现重要零部件质量问题，
 * 并且维修次数超过两次，仍然无法正常使用的，商家需向消费者提供退换货服务").
 *
 * Which earlier repairs count for a fault seen today:
 *   - same component and same fault code (a fault with no code matches nothing);
 *   - no exclusion was found in that repair (it was not a quality fault of the product);
 *   - it was done inside a term that covered the fault on the day of the repair: the original
 *     (or card) term from the start date, the repair warranty of an earlier repair of the same
 *     fault (so repairs under the repair warranty count), or the part warranty of a replacement.
 *     A paid repair after the term had ended does not count.
 * The engine asks only for faults that are covered today and have no exclusion.
 */

function covers(term: CoverageTerm | null, date: IsoDate): boolean {
  return term !== null && !isBefore(date, term.from) && !isAfter(date, term.expiry);
}

function byDate(repairs: readonly EarlierRepair[]): EarlierRepair[] {
  return [...repairs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The earlier repairs of this fault that count towards the limit, oldest first. */
export function countedRepairs(
  policy: WarrantyPolicy,
  repairs: readonly EarlierRepair[],
  start: StartDate | null,
  component: string,
  fault: string | null | undefined,
  originalExpiry: IsoDate | null,
): RepairCitation[] {
  const ordered = byDate(repairs);
  const original: CoverageTerm | null =
    start && originalExpiry ? { kind: 'card', from: start.date, basis: start.basis, months: null, expiry: originalExpiry } : null;
  const counted: RepairCitation[] = [];
  ordered.forEach((repair, index) => {
    if (repair.component !== component || !sameFault(repair.fault, fault) || repair.excluded) return;
    // The terms as they stood before this repair: only repairs recorded before it can extend them.
    const before = ordered.slice(0, index).filter((r) => isBefore(r.date, repair.date));
    const inTerm =
      covers(original, repair.date) ||
      covers(repairWarrantyTerm(policy, before, component, fault, originalExpiry), repair.date) ||
      covers(replacedPartTerm(policy, before, component), repair.date);
    if (inTerm) counted.push({ ticketNo: repair.ticketNo ?? null, date: repair.date });
  });
  return counted;
}

/** The limit is reached: the customer may choose an exchange or a return. 0 turns the rule off. */
export function limitReached(policy: WarrantyPolicy, counted: readonly RepairCitation[]): boolean {
  return policy.repairsBeforeExchange > 0 && counted.length >= policy.repairsBeforeExchange;
}
