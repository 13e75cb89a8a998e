import { T2S_PAIRS } from './t2s-data';

let t2s: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (!t2s) {
    t2s = new Map();
    const chars = [...T2S_PAIRS];
    for (let i = 0; i + 1 < chars.length; i += 2) t2s.set(chars[i]!, chars[i + 1]!);
  }
  return t2s;
}

/**
 * The form of a text used for searching: compatibility-normalised (full-width Ｌｅｅ → lee),
 * lower-case, traditional characters folded to simplified (陳 → 陈), whitespace collapsed.
 * Both the stored search columns and the query go through this, so any spelling finds any other.
 */
export function foldForSearch(text: string): string {
  const map = table();
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) out += map.get(ch) ?? ch;
  return out.replace(/\s+/g, ' ').trim();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
