import type { Language } from '../i18n/languages';
import { formatMoney, type Currency } from '../money';
import { interpolate } from './messages';
import { repeatMessages } from './repeat-messages';
import { daysText } from './units';
import type { ComponentAssessment, RefundEstimate, RepairCitation, ReturnExchangeAssessment } from './types';

/*
 * Sentences of the repeated-failure right and the refund (DOMAIN rule 7), for explain.ts.
 * The earlier repairs are cited by ticket number and date, in the order they were made.
 */

export function citeRepairs(repairs: readonly RepairCitation[], language: Language): string {
  const m = repeatMessages[language];
  return repairs
    .map((r) =>
      r.ticketNo
        ? interpolate(m.citation, { ticketNo: r.ticketNo, date: r.date })
        : interpolate(m.citationDateOnly, { date: r.date }),
    )
    .join(m.citationSeparator);
}

function times(n: number, language: Language): string {
  const m = repeatMessages[language];
  return interpolate(n === 1 ? m.timeOne : m.timeOther, { n });
}

/** Basis points as a percentage: 10 → "0.1%", 5 → "0.05%", 250 → "2.5%". */
export function percentText(basisPoints: number): string {
  const whole = Math.floor(basisPoints / 100);
  const fraction = String(basisPoints % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? `.${fraction}` : ''}%`;
}

function componentName(c: { component: string; labels: Record<Language, string> | null }, language: Language): string {
  return c.labels?.[language] ?? c.component;
}

/** For a covered fault repaired before but not yet up to the limit: what it takes to open exchange or return. */
export function explainRepeatBelow(c: ComponentAssessment, limit: number, language: Language): string | null {
  const repairs = c.repeatRepairs ?? [];
  if (limit <= 0 || repairs.length === 0 || repairs.length >= limit) return null;
  return interpolate(repeatMessages[language].below, {
    component: componentName(c, language),
    times: times(repairs.length, language),
    repairs: citeRepairs(repairs, language),
    limit,
  });
}

function refundSentence(refund: RefundEstimate, language: Language, currency: Currency): string {
  const m = repeatMessages[language];
  const money = (n: number) => formatMoney(n, currency);
  const days = daysText(refund.daysOfUse, language);
  if (refund.basisPointsPerDay === null) {
    return refund.amount === null ? m.refundFullNoPrice : interpolate(m.refundFull, { amount: money(refund.amount) });
  }
  const rate = percentText(refund.basisPointsPerDay);
  if (refund.price === null || refund.deduction === null || refund.amount === null) {
    const total = percentText(Math.min(10_000, refund.basisPointsPerDay * refund.daysOfUse));
    return interpolate(m.refundDepreciationNoPrice, { days, rate, total });
  }
  return interpolate(m.refundDepreciation, {
    days,
    rate,
    price: money(refund.price),
    deduction: money(refund.deduction),
    amount: money(refund.amount),
  });
}

/**
 * The repeated-failure sentences of the return / exchange answer: the right with the repairs
 * cited, what an exchange is, and what a return refunds. [] when no fault reached the limit.
 */
export function explainRepeatedFailure(r: ReturnExchangeAssessment, language: Language, currency: Currency): string[] {
  const failure = r.repeatedFailure;
  if (!failure) return [];
  const m = repeatMessages[language];
  const params = {
    component: componentName(failure, language),
    times: times(failure.repairs.length, language),
    repairs: citeRepairs(failure.repairs, language),
  };
  if (r.status !== 'repeated_failure') return [interpolate(m.counted, params)];
  const exchange = r.options.includes('exchange');
  return [
    interpolate(exchange ? m.reached : m.reachedReturnOnly, params),
    ...(exchange ? [m.exchangeSpec] : []),
    ...(r.refund ? [refundSentence(r.refund, language, currency)] : []),
  ];
}
