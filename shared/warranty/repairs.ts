import { addMonths, isAfter, laterOf } from './dates';
import type { CoverageTerm, EarlierRepair, IsoDate, WarrantyPolicy } from './types';

/** Fault codes are compared trimmed and case-blind; an empty or missing code matches nothing. */
export function sameFault(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = (a ?? '').trim().toLowerCase();
  const y = (b ?? '').trim().toLowerCase();
  return x !== '' && x === y;
}

function byDate(repairs: readonly EarlierRepair[]): EarlierRepair[] {
  // Stable sort: two repairs on one day keep the order they were recorded in.
  return [...repairs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The repair warranty of this fault on this component (seed 001 §6 and §8, DOMAIN rule 4):
 * the repaired fault is covered until the later of the original term's end and the repair date
 * plus `repairWarrantyMonths`. The returned term is the repair's own one (repair date + months);
 * the engine weighs it against the original term, so "the longer of the two" falls out there.
 *
 * A repair done while the fault was still under an earlier repair's warranty is a redo: it is
 * free and does not start a new term ("如返修仪器需要二次维修,质保期以上一次返修时间为准"), so the
 * term stays the one from the repair that started it.
 */
export function repairWarrantyTerm(
  policy: WarrantyPolicy,
  repairs: readonly EarlierRepair[],
  component: string,
  fault: string | null | undefined,
  originalExpiry: IsoDate | null,
): CoverageTerm | null {
  let current: CoverageTerm | null = null;
  for (const repair of byDate(repairs)) {
    if (repair.component !== component || !sameFault(repair.fault, fault)) continue;
    if (current) {
      const coveredUntil = originalExpiry ? laterOf(current.expiry, originalExpiry) : current.expiry;
      if (!isAfter(repair.date, coveredUntil)) continue; // a redo
    }
    current = {
      kind: 'repair',
      from: repair.date,
      basis: 'repair',
      months: policy.repairWarrantyMonths,
      expiry: addMonths(repair.date, policy.repairWarrantyMonths),
    };
  }
  return current;
}

/**
 * The replaced-part warranty of a component: `replacedPartMonths` from its latest replacement,
 * whatever the fault and even after the original term ended (seed 001 §5.1.2). A part fitted
 * during a redo is a new part and gets its own term: the no-restart rule concerns the fault.
 */
export function replacedPartTerm(
  policy: WarrantyPolicy,
  repairs: readonly EarlierRepair[],
  component: string,
): CoverageTerm | null {
  let latest: IsoDate | null = null;
  for (const repair of repairs) {
    if (!(repair.partsReplaced ?? []).includes(component)) continue;
    latest = latest ? laterOf(latest, repair.date) : repair.date;
  }
  if (!latest) return null;
  return {
    kind: 'part',
    from: latest,
    basis: 'replacement',
    months: policy.replacedPartMonths,
    expiry: addMonths(latest, policy.replacedPartMonths),
  };
}
