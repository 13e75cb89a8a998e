import { parsePattern, type NumberParts } from '../../shared/numbering/pattern';

/**
 * formatNumber (shared/numbering/pattern.ts) for one pattern, parsed once: formatNumber parses
 * the pattern on every call, which costs more than the rest of numbering a document. Same
 * tokens, same padding, so the same string (tests/scripts/seed-cards.test.ts compares them).
 */
export function numberFormatter(pattern: string): (parts: NumberParts) => string {
  const parsed = parsePattern(pattern);
  if (!parsed.ok) throw new Error(`invalid number pattern ${JSON.stringify(pattern)}: ${parsed.problem}`);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  const tokens = parsed.tokens;
  return (parts) => {
    let out = '';
    for (const t of tokens) {
      switch (t.kind) {
        case 'text':
          out += t.text;
          break;
        case 'year4':
          out += pad(parts.year, 4);
          break;
        case 'year2':
          out += pad(parts.year % 100, 2);
          break;
        case 'month':
          out += pad(parts.month, 2);
          break;
        case 'seq':
          out += pad(parts.seq, t.width);
          break;
      }
    }
    return out;
  };
}
