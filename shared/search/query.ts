import { foldForSearch } from '../text/fold';
import { significantDigits, tidyPhone } from '../text/phone';

/** Fewest digits that count as a phone search ("last 4 digits"). */
export const PHONE_TAIL_MIN = 4;

export type SearchQuery =
  | { kind: 'empty' }
  /** `digits`: what a stored number must end with (see significantDigits). */
  | { kind: 'phone'; digits: string }
  /** `fold` is the folded text; `length` its length in characters (code points). */
  | { kind: 'text'; fold: string; length: number };

/**
 * Decides what a search box entry means. Digits only (spaces, dashes, a leading + allowed) with at
 * least four digits: a phone number or its tail. Anything else: a name fragment, folded.
 */
export function classifyQuery(raw: string): SearchQuery {
  const trimmed = raw.trim();
  if (!trimmed) return { kind: 'empty' };
  const tidy = tidyPhone(trimmed);
  if (/^\+?\d+$/.test(tidy) && tidy.replace('+', '').length >= PHONE_TAIL_MIN) {
    return { kind: 'phone', digits: significantDigits(tidy) };
  }
  const fold = foldForSearch(trimmed);
  if (!fold) return { kind: 'empty' };
  return { kind: 'text', fold, length: [...fold].length };
}

/** An FTS5 phrase that matches `text` literally: quotes doubled, the whole wrapped in quotes. */
export function ftsPhrase(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** Every adjacent pair of characters within each word: what a two-character query can match. */
export function nameBigrams(fold: string): string[] {
  const grams = new Set<string>();
  for (const word of fold.split(' ')) {
    const chars = [...word];
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

/** Upper bound for a prefix range scan: every string starting with `prefix` sorts below it. */
export function prefixUpperBound(prefix: string): string {
  return prefix + '\u{10FFFF}';
}
