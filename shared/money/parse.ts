import { messageKey } from '../schemas/zod';
import { CURRENCY_INFO, maxAmount, type Currency } from './currencies';
import { normaliseNumberText, readDecimal, scaledInteger } from './decimal';

/*
 * What a clerk types into an amount field, read exactly: "123.45", "¥1,234.5", "１２３．４",
 * "12元", "HK$ 80", "-¥5" (when negatives are allowed). Commas are always thousands separators
 * in groups of three ("1,23" is refused, not guessed); "." and the full-width "．" / "。" are the
 * only decimal points. More decimals than the currency has are refused rather than rounded,
 * except trailing zeros ("12.500" is 12.50).
 */

export const MONEY_VALIDATION_KEYS = ['invalid', 'tooManyDecimals', 'wholeOnly', 'negative', 'tooLarge'] as const;
export type MoneyValidationKey = (typeof MONEY_VALIDATION_KEYS)[number];
export const moneyKey = (k: MoneyValidationKey) => `validation.money.${k}`;

export type MoneyParse = { ok: true; value: number } | { ok: false; error: string };

export interface ParseMoneyOptions {
  /** Credit notes and adjustments may be negative; prices and payments may not. */
  allowNegative?: boolean;
}

/** Longest first, so "HK$" is taken before "$". */
function affixesOf(currency: Currency): string[] {
  const info = CURRENCY_INFO[currency];
  return [...info.affixes, info.code].sort((a, b) => b.length - a.length);
}

function stripAffixes(text: string, currency: Currency): string {
  let rest = text;
  const upper = () => rest.toUpperCase();
  for (const a of affixesOf(currency)) {
    if (upper().startsWith(a.toUpperCase())) {
      rest = rest.slice(a.length);
      break;
    }
  }
  for (const a of affixesOf(currency)) {
    if (upper().endsWith(a.toUpperCase())) {
      rest = rest.slice(0, rest.length - a.length);
      break;
    }
  }
  return rest;
}

/** The amount in minor units, or a validation key (`validation.required`, `validation.money.*`). */
export function parseMoney(input: string, currency: Currency, options: ParseMoneyOptions = {}): MoneyParse {
  let text = normaliseNumberText(input);
  if (text === '') return { ok: false, error: 'validation.required' };

  // The sign may come before or after the symbol: "-¥5" and "¥-5".
  let negative = false;
  if (text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  }
  text = stripAffixes(text, currency);
  if (!negative && text.startsWith('-')) {
    negative = true;
    text = text.slice(1);
  }

  const decimal = readDecimal(text);
  if (!decimal) return { ok: false, error: moneyKey('invalid') };
  const digits = CURRENCY_INFO[currency].minorDigits;
  if (decimal.fraction.length > digits) {
    return { ok: false, error: digits === 0 ? moneyKey('wholeOnly') : messageKey(moneyKey('tooManyDecimals'), { max: digits }) };
  }
  const magnitude = scaledInteger(decimal, digits);
  if (magnitude > maxAmount(currency)) return { ok: false, error: moneyKey('tooLarge') };
  if (negative && magnitude !== 0 && !options.allowNegative) return { ok: false, error: moneyKey('negative') };
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}
