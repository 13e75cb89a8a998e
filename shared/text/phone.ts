/**
 * Phone numbers as typed at a counter: "138 1234 5678", "+86-138-1234-5678",
 * "(852) 2345 6789". We keep what was typed (tidied), and derive the digits used for
 * matching and the reversed digits that make "last 4 digits" an index range lookup.
 */
const SEPARATORS = /[\s\-().\u00A0\u3000\uFF0D]/g;
const FULLWIDTH_DIGIT = /[\uFF10-\uFF19\uFF0B]/g;

export const PHONE_MIN_DIGITS = 5;
export const PHONE_MAX_DIGITS = 20;

/** Full-width digits (from Chinese input methods) become ASCII; separators are dropped. */
export function tidyPhone(raw: string): string {
  return raw
    .replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(SEPARATORS, '')
    .trim();
}

export function phoneDigits(raw: string): string {
  return tidyPhone(raw).replace(/\D/g, '');
}

export function isValidPhone(raw: string): boolean {
  const tidy = tidyPhone(raw);
  if (!/^\+?\d+$/.test(tidy)) return false;
  const n = tidy.replace('+', '').length;
  return n >= PHONE_MIN_DIGITS && n <= PHONE_MAX_DIGITS;
}

export function reverseDigits(digits: string): string {
  return digits.split('').reverse().join('');
}

/**
 * What we store and print: the number as staff typed it, with full-width characters made ASCII
 * and runs of spaces collapsed. Their grouping ("+44 7700 900123") is kept; matching uses digits.
 */
export function cleanPhone(raw: string): string {
  return raw
    .replace(FULLWIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u00A0\u3000\s]+/g, ' ')
    .trim();
}

/**
 * For display: numbers typed without any grouping get the usual one (mainland mobiles 3-4-4,
 * eight-digit numbers 4-4); numbers typed with their own grouping are shown as typed.
 */
export function formatPhone(stored: string): string {
  if (!/^\d+$/.test(stored)) return stored;
  if (stored.length === 11 && stored.startsWith('1')) return `${stored.slice(0, 3)} ${stored.slice(3, 7)} ${stored.slice(7)}`;
  if (stored.length === 8) return `${stored.slice(0, 4)} ${stored.slice(4)}`;
  return stored;
}
