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

/** Country calling codes seen at our shops' counters, longest first for prefix matching. */
const COUNTRY_CODES = [
  '852',
  '853',
  '886',
  '971',
  '86',
  '44',
  '65',
  '60',
  '61',
  '81',
  '82',
  '49',
  '33',
  '39',
  '34',
  '66',
  '84',
  '62',
  '63',
  '91',
  '1',
  '7',
];

/**
 * The digits that identify a number whatever way it was written: the country code dropped when
 * one was given ("+86 138…", "00852 …"), then a trunk 0 dropped ("0912 345 678" → 912345678,
 * "0755-8888 6666" → 75588886666). "+886 912 345 678" and "0912 345 678" give the same digits,
 * so searches and the duplicate-phone warning treat them as the same phone.
 */
export function significantDigits(raw: string): string {
  const tidy = tidyPhone(raw);
  let digits = tidy.replace(/\D/g, '');
  const international = tidy.startsWith('+') || digits.startsWith('00');
  if (international) {
    if (digits.startsWith('00')) digits = digits.slice(2);
    const cc = COUNTRY_CODES.find((c) => digits.startsWith(c) && digits.length - c.length >= 6);
    if (cc) digits = digits.slice(cc.length);
  }
  if (digits.startsWith('0') && digits.length >= 8) digits = digits.slice(1);
  return digits;
}
