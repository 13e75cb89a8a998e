import { z } from '../schemas/zod';

/*
 * Document numbers (warranty cards W2026-000123, later tickets R2026-000123 and receipts) come
 * from a pattern: literal text plus tokens.
 *   {YYYY} four-digit year   {YY} two-digit year   {MM} two-digit month
 *   {seq} or {seq:N}         the running number, zero-padded to N digits (it grows past N)
 * The running number lives in the database (db/queries/numbering.ts); this file is the pure part.
 */

export type PatternToken =
  { kind: 'text'; text: string } | { kind: 'year4' } | { kind: 'year2' } | { kind: 'month' } | { kind: 'seq'; width: number };

export type PatternProblem = 'seqMissing' | 'seqTwice' | 'unknownToken' | 'badCharacter';

const TOKEN = /\{([^{}]*)\}/g;
/** Literal text: no spaces or braces (numbers are scanned, typed and printed in QR codes). */
const LITERAL = /^[^\s{}]*$/u;
export const MAX_SEQ_WIDTH = 10;

/** The tokens of a pattern, or the first problem with it. */
export function parsePattern(pattern: string): { ok: true; tokens: PatternToken[] } | { ok: false; problem: PatternProblem } {
  const tokens: PatternToken[] = [];
  let last = 0;
  let seqCount = 0;
  for (const m of pattern.matchAll(TOKEN)) {
    const text = pattern.slice(last, m.index);
    if (!LITERAL.test(text)) return { ok: false, problem: 'badCharacter' };
    if (text) tokens.push({ kind: 'text', text });
    const name = m[1] ?? '';
    const seq = /^seq(?::(\d{1,2}))?$/.exec(name);
    if (name === 'YYYY') tokens.push({ kind: 'year4' });
    else if (name === 'YY') tokens.push({ kind: 'year2' });
    else if (name === 'MM') tokens.push({ kind: 'month' });
    else if (seq) {
      const width = seq[1] ? Number(seq[1]) : 1;
      if (width < 1 || width > MAX_SEQ_WIDTH) return { ok: false, problem: 'unknownToken' };
      tokens.push({ kind: 'seq', width });
      seqCount++;
    } else return { ok: false, problem: 'unknownToken' };
    last = m.index + m[0].length;
  }
  const tail = pattern.slice(last);
  if (!LITERAL.test(tail)) return { ok: false, problem: 'badCharacter' };
  if (tail) tokens.push({ kind: 'text', text: tail });
  if (seqCount === 0) return { ok: false, problem: 'seqMissing' };
  if (seqCount > 1) return { ok: false, problem: 'seqTwice' };
  return { ok: true, tokens };
}

/** Whether the number changes with the year: needed when the running number restarts every year. */
export function patternHasYear(pattern: string): boolean {
  const parsed = parsePattern(pattern);
  return parsed.ok && parsed.tokens.some((t) => t.kind === 'year4' || t.kind === 'year2');
}

export interface NumberParts {
  year: number;
  month: number;
  seq: number;
}

/** The number for these parts. Throws for a pattern parsePattern refuses (stored ones never are). */
export function formatNumber(pattern: string, parts: NumberParts): string {
  const parsed = parsePattern(pattern);
  if (!parsed.ok) throw new Error(`invalid number pattern ${JSON.stringify(pattern)}: ${parsed.problem}`);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return parsed.tokens
    .map((t) => {
      switch (t.kind) {
        case 'text':
          return t.text;
        case 'year4':
          return pad(parts.year, 4);
        case 'year2':
          return pad(parts.year % 100, 2);
        case 'month':
          return pad(parts.month, 2);
        case 'seq':
          return pad(parts.seq, t.width);
      }
    })
    .join('');
}

/** The series the app numbers; receipts and credit notes each have their own. */
export const SERIES_KEYS = ['warranty_card', 'ticket', 'receipt', 'credit_note'] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

export interface SeriesConfig {
  pattern: string;
  /** Start again at 1 on 1 January (shop time zone); the pattern must then contain the year. */
  resetYearly: boolean;
}

export const DEFAULT_SERIES: Readonly<Record<SeriesKey, SeriesConfig>> = {
  warranty_card: { pattern: 'W{YYYY}-{seq:6}', resetYearly: true },
  ticket: { pattern: 'R{YYYY}-{seq:6}', resetYearly: true },
  receipt: { pattern: 'S{YYYY}-{seq:6}', resetYearly: true },
  credit_note: { pattern: 'C{YYYY}-{seq:6}', resetYearly: true },
};

export const MAX_SEQ = 9_999_999_999;

export const numberPatternField = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .superRefine((value, ctx) => {
    const parsed = parsePattern(value);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `validation.numbering.${parsed.problem}` });
  });

export const numberSeriesUpdateSchema = z
  .object({
    key: z.enum(SERIES_KEYS),
    pattern: numberPatternField,
    resetYearly: z.boolean(),
    /** The running number the next document gets. */
    nextSeq: z.number().int().min(1).max(MAX_SEQ),
  })
  .superRefine((value, ctx) => {
    // Restarting at 1 every year without the year in the number would repeat last year's numbers.
    if (value.resetYearly && parsePattern(value.pattern).ok && !patternHasYear(value.pattern)) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'validation.numbering.yearNeeded' });
    }
  });

export type NumberSeriesUpdate = z.infer<typeof numberSeriesUpdateSchema>;
export type NumberSeriesUpdateInput = z.input<typeof numberSeriesUpdateSchema>;

export interface NumberSeries {
  key: SeriesKey;
  pattern: string;
  resetYearly: boolean;
  /** The running number the next document will get (in the current year when it resets). */
  nextSeq: number;
  /** The number the next document will get, today. */
  nextNumber: string;
}
