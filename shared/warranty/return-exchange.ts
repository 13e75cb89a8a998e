import { addDays, daysBetween, isAfter } from './dates';
import { refundEstimate } from './refund';
import type {
  IsoDate,
  RepeatedFailure,
  ReturnExchangeAssessment,
  ReturnExchangeOption,
  StartDate,
  WarrantyPolicy,
} from './types';

/**
 * What the faults of this visit are, as far as return and exchange care:
 *   - 'unassessed': no fault chosen yet (the check panel's overview states the windows alone);
 *   - 'performance': at least one fault of a part the policy covers, and no exclusion found;
 *   - 'excluded': an exclusion was found (the fault is not a quality fault of the product);
 *   - 'not_covered_part': every fault is in a part the policy never covers or does not list.
 */
export type VisitFaultKind = 'unassessed' | 'performance' | 'excluded' | 'not_covered_part';

export interface ReturnExchangeFacts {
  hasProof: boolean;
  faults: VisitFaultKind;
  exchangesUsed: number;
  /** A fault that reached the policy's repairsBeforeExchange, or null. */
  repeatedFailure: RepeatedFailure | null;
  /** The price paid in minor units, for the refund; null when not recorded. */
  purchasePrice: number | null;
}

/*
 * 三包-style return / exchange windows, and the repeated-failure right (DOMAIN rules 5 and 7).
 *
 * Day counting: the start day is day 0 and a window of N days ends on start + N, the last day
 * included. Sold 2025-03-01 with a 7-day return window: returns until 2025-03-08; on 2025-03-09
 * repair only. This follows the Civil Code (民法典 第二百零一条: "开始的当日不计入，自下一日开始
 * 计算") and the seven-day return rules ("自签收商品的次日开始起算"), and counts days the same way
 * as months (start + 12 months is the last covered day).
 *
 * The windows open from the same proven date as the warranty (acceptance, else delivery, else
 * sale): a customer cannot return what they could not use yet. Without proof of purchase there is
 * no return or exchange (the production-date fallback is for repairs only; seed 002 asks for the
 * original receipt). A return window always allows exchange too (三包: "退货、换货或修理"), so the
 * exchange window is the longer of the two.
 *
 * Only a performance fault of a part the policy covers opens them: any exclusion found at
 * inspection closes both, and so does a visit whose faults are all in parts the policy never
 * covers (a cable fault on day 2 is not a reason to take the phone back).
 *
 * Repeated failure: once a covered fault reached the policy's limit of repairs, the customer may
 * choose an exchange (same model and specification) or a return at any time in the term; the
 * exchange limit still applies. A return after the return window is refunded less the policy's
 * depreciation per day of use (refund.ts).
 */
export function assessReturnExchange(
  policy: WarrantyPolicy,
  start: StartDate | null,
  facts: ReturnExchangeFacts,
  date: IsoDate,
): ReturnExchangeAssessment {
  const rules = policy.returnExchange;
  const exchangeSpan = Math.max(rules.returnDays, rules.exchangeDays);
  const from = start?.proven ? start : null;
  const result: ReturnExchangeAssessment = {
    status: 'windows_passed',
    options: ['repair'],
    from: from?.date ?? null,
    basis: from?.basis ?? null,
    daysSince: from ? daysBetween(from.date, date) : null,
    returnDays: rules.returnDays,
    exchangeDays: rules.exchangeDays,
    returnUntil: from && rules.returnDays > 0 ? addDays(from.date, rules.returnDays) : null,
    exchangeUntil: from && exchangeSpan > 0 ? addDays(from.date, exchangeSpan) : null,
    exchangeLimit: rules.exchangeLimit,
    exchangesLeft: rules.exchangeLimit === null ? null : Math.max(0, rules.exchangeLimit - facts.exchangesUsed),
    exchangeSameOrHigherPrice: rules.exchangeSameOrHigherPrice,
    repeatLimit: policy.repairsBeforeExchange,
    repeatedFailure: null,
    refund: null,
  };
  const repeated = facts.faults === 'performance' ? facts.repeatedFailure : null;
  if (exchangeSpan === 0 && !repeated) return { ...result, status: 'no_windows' };
  if (facts.faults === 'excluded') return { ...result, status: 'excluded' };
  if (facts.faults === 'not_covered_part') return { ...result, status: 'not_covered_part' };
  if (!from) return { ...result, status: facts.hasProof ? 'no_start_date' : 'no_proof', repeatedFailure: repeated };

  const canExchange = result.exchangesLeft !== 0;
  const withRepeat = { ...result, repeatedFailure: repeated };
  if (result.returnUntil && !isAfter(date, result.returnUntil)) {
    const options: ReturnExchangeOption[] = canExchange ? ['return', 'exchange', 'repair'] : ['return', 'repair'];
    return { ...withRepeat, status: 'return_window', options };
  }
  if (repeated) {
    const options: ReturnExchangeOption[] = canExchange ? ['exchange', 'return', 'repair'] : ['return', 'repair'];
    const refund = refundEstimate(facts.purchasePrice, policy.depreciationBasisPointsPerDay, result.daysSince ?? 0);
    return { ...withRepeat, status: 'repeated_failure', options, refund };
  }
  if (result.exchangeUntil && !isAfter(date, result.exchangeUntil)) {
    return canExchange
      ? { ...result, status: 'exchange_window', options: ['exchange', 'repair'] }
      : { ...result, status: 'exchange_limit_reached' };
  }
  return result;
}
