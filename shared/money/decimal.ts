/*
 * Reading decimal numbers typed at a Chinese counter, digit by digit as text: never through
 * parseFloat, so "0.1" is exactly one tenth and "19.99" exactly 1999 fen.
 */

/**
 * Folds what an input method may produce into ASCII: full-width digits and signs (NFKC), the
 * ideographic full stop "。" that Chinese punctuation mode types for ".", and every kind of
 * space removed ("1 234" and "1\u00a0234" are 1234).
 */
export function normaliseNumberText(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[。｡]/g, '.')
    .replace(/[\u2212\u2012\u2013\uFE63]/g, '-')
    .replace(/\s+/gu, '');
}

/** Digits with optional thousands commas (groups of exactly three), then an optional fraction. */
const DECIMAL = /^(?:(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d*))?|\.(\d+))$/;

export interface DecimalDigits {
  /** Whole part without leading zeros ('' for zero). */
  whole: string;
  /** Fraction digits with trailing zeros removed. */
  fraction: string;
}

/** The digits of an unsigned decimal ("1,234.50", "12.", ".5"), or null if it is not one. */
export function readDecimal(text: string): DecimalDigits | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const whole = (m[1] ?? '').replace(/,/g, '').replace(/^0+/, '');
  const fraction = (m[2] ?? m[3] ?? '').replace(/0+$/, '');
  return { whole, fraction };
}

/** Joins whole and fraction into an integer scaled by 10^digits; the fraction must fit. */
export function scaledInteger({ whole, fraction }: DecimalDigits, digits: number): number {
  return Number((whole + fraction.padEnd(digits, '0')).replace(/^0+/, '') || '0');
}

/** "1234567" -> "1,234,567". */
export function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
