/*
 * Serial numbers and document numbers as scanned or typed: "SN-2025 0001", "sn20250001" and the
 * full-width "ＳＮ２０２５０００１" of a Chinese input method are the same serial. Matching uses the
 * folded form; the stored and printed form is what was typed, tidied.
 */

/** Separators people type or labels print inside serials; never significant. */
const SEPARATORS = /[\s\-_./\u00A0\u3000]/g;

/** The form used for matching: NFKC (full-width → ASCII), upper-case, no separators. */
export function foldSerial(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().replace(SEPARATORS, '');
}

/** Reversed, so "ends with" becomes a prefix range on an index (as for phone tails). */
export function reverseText(text: string): string {
  return [...text].reverse().join('');
}

/** What is stored and printed: full-width characters made ASCII, spaces collapsed. */
export function cleanSerial(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
}
