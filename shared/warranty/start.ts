import { isBefore } from './dates';
import type { ProductDates, ProofKind, StartDate, WarrantyPolicy } from './types';

export type StartResolution = { start: StartDate } | { start: null; reason: 'no_proof' | 'no_start_date' };

/**
 * Which date the original term runs from.
 *
 * With proof of purchase (any document: invoice, receipt, contract, acceptance form, card) the
 * first recorded of these wins:
 *   1. installation-acceptance date — installed equipment cannot be used before it is accepted,
 *      and seed 001 starts service "以仪器签收时间为准" with the acceptance form as evidence;
 *   2. delivery date — the customer had the product from then on;
 *   3. sale date.
 * Each is the later event in the life of a sale, so the customer never loses days they could not
 * use the product. When proof exists but none of the three dates was recorded, or there is no
 * proof at all, the production date is used if the policy allows that fallback (seed 001: "若您
 * 不能出示以上证明,该产品的免费保修期将自其生产日期开始计算"); it is never later than the real
 * date, so it cannot give more than the proven date would. Otherwise there is no start date.
 * A sale before production is a pre-order: the customer had nothing yet, so that sale date
 * never starts the term.
 */
export function resolveStartDate(policy: WarrantyPolicy, dates: ProductDates, proof: readonly ProofKind[]): StartResolution {
  const hasProof = proof.length > 0;
  if (hasProof) {
    if (dates.acceptanceDate) return { start: { date: dates.acceptanceDate, basis: 'acceptance', proven: true } };
    if (dates.deliveryDate) return { start: { date: dates.deliveryDate, basis: 'delivery', proven: true } };
    const preOrder = !!dates.saleDate && !!dates.productionDate && isBefore(dates.saleDate, dates.productionDate);
    if (dates.saleDate && !preOrder) return { start: { date: dates.saleDate, basis: 'sale', proven: true } };
  }
  if (policy.noProof === 'production_date') {
    if (dates.productionDate) return { start: { date: dates.productionDate, basis: 'production', proven: false } };
    return { start: null, reason: 'no_start_date' };
  }
  return { start: null, reason: hasProof ? 'no_start_date' : 'no_proof' };
}
