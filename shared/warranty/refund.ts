import { applyRate, BASIS_POINTS } from '../money/arithmetic';
import type { RefundEstimate } from './types';

/**
 * The refund of a return after the return window (DOMAIN rule 7): the price less the
 * depreciation for each day of use, as the shop's money rules round it (half up to the fen).
 * The deduction never exceeds the price. Days of use count like the windows: the start day is
 * day 0. Without a recorded price only the rule and the days can be stated.
 */
export function refundEstimate(price: number | null, basisPointsPerDay: number | null, daysOfUse: number): RefundEstimate {
  const days = Math.max(0, daysOfUse);
  if (price === null) return { daysOfUse: days, basisPointsPerDay, price: null, deduction: null, amount: null };
  const rate = Math.min(BASIS_POINTS, (basisPointsPerDay ?? 0) * days);
  const deduction = applyRate(price, rate);
  return { daysOfUse: days, basisPointsPerDay, price, deduction, amount: price - deduction };
}
