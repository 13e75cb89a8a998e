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

/** Groups digits for reading aloud: mainland mobiles 3-4-4, others in fours from the end. */
export function formatPhone(stored: string): string {
  const plus = stored.startsWith('+') ? '+' : '';
  const digits = stored.replace(/\D/g, '');
  if (!plus && digits.length === 11 && digits.startsWith('1')) {
    return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  }
  if (plus && digits.startsWith('86') && digits.length === 13) {
    return `+86 ${digits.slice(2, 5)} ${digits.slice(5, 9)} ${digits.slice(9)}`;
  }
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 4) groups.unshift(digits.slice(Math.max(0, end - 4), end));
  return plus + groups.join(' ');
}
