import { messageKey } from '../schemas/zod';
import { QUANTITY_SCALE } from './arithmetic';
import { normaliseNumberText, readDecimal, scaledInteger } from './decimal';

/*
 * Quantities are integers in thousandths: 1 part = 1000, 1.5 hours of labour = 1500,
 * 0.25 m of cable = 250. Three decimals cover hours in minutes (0.25 h) and weights in grams
 * without a float anywhere; a line amount is quantity × unit price / 1000, rounded once.
 */

/** 9,999.999: more than any repair line needs, and × the largest unit price stays exact. */
export const MAX_QUANTITY = 9_999_999;

export const QUANTITY_VALIDATION_KEYS = ['invalid', 'tooManyDecimals', 'tooLarge', 'notPositive'] as const;
export type QuantityValidationKey = (typeof QUANTITY_VALIDATION_KEYS)[number];
export const quantityKey = (k: QuantityValidationKey) => `validation.quantity.${k}`;

export type QuantityParse = { ok: true; value: number } | { ok: false; error: string };

/** "1.5" -> 1500, "２" -> 2000, "0.250" -> 250. Quantities must be above zero. */
export function parseQuantity(input: string): QuantityParse {
  const text = normaliseNumberText(input);
  if (text === '') return { ok: false, error: 'validation.required' };
  const decimal = readDecimal(text);
  if (!decimal) return { ok: false, error: quantityKey('invalid') };
  if (decimal.fraction.length > 3) return { ok: false, error: messageKey(quantityKey('tooManyDecimals'), { max: 3 }) };
  if (decimal.whole.length > 4)
    return { ok: false, error: messageKey(quantityKey('tooLarge'), { max: formatQuantity(MAX_QUANTITY) }) };
  const value = scaledInteger(decimal, 3);
  if (value <= 0) return { ok: false, error: quantityKey('notPositive') };
  return { ok: true, value };
}

/** 1500 -> "1.5", 1000 -> "1", 250 -> "0.25", 12345678 -> "12345.678" (no grouping). */
export function formatQuantity(milli: number): string {
  if (!Number.isSafeInteger(milli)) throw new RangeError(`A quantity must be an integer, got ${milli}`);
  const sign = milli < 0 ? '-' : '';
  const abs = Math.abs(milli);
  const whole = Math.floor(abs / QUANTITY_SCALE);
  const fraction = String(abs % QUANTITY_SCALE)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
