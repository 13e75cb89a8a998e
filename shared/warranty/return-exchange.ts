import { addDays, daysBetween, isAfter } from './dates';
import type { IsoDate, ReturnExchangeAssessment, ReturnExchangeOption, StartDate, WarrantyPolicy } from './types';

/*
 * 三包-style return / exchange windows.
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
 * exchange window is the longer of the two. Any exclusion found at inspection closes both: the
 * fault is not a performance fault of the product.
 */
export function assessReturnExchange(
  policy: WarrantyPolicy,
  start: StartDate | null,
  hasProof: boolean,
  excluded: boolean,
  exchangesUsed: number,
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
    exchangesLeft: rules.exchangeLimit === null ? null : Math.max(0, rules.exchangeLimit - exchangesUsed),
    exchangeSameOrHigherPrice: rules.exchangeSameOrHigherPrice,
  };
  if (exchangeSpan === 0) return { ...result, status: 'no_windows' };
  if (excluded) return { ...result, status: 'excluded' };
  if (!from) return { ...result, status: hasProof ? 'no_start_date' : 'no_proof' };

  const canExchange = result.exchangesLeft !== 0;
  if (result.returnUntil && !isAfter(date, result.returnUntil)) {
    const options: ReturnExchangeOption[] = canExchange ? ['return', 'exchange', 'repair'] : ['return', 'repair'];
    return { ...result, status: 'return_window', options };
  }
  if (result.exchangeUntil && !isAfter(date, result.exchangeUntil)) {
    return canExchange
      ? { ...result, status: 'exchange_window', options: ['exchange', 'repair'] }
      : { ...result, status: 'exchange_limit_reached' };
  }
  return result;
}
