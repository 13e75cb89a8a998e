import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as fontkit from 'fontkit';
import type { Language } from '../../../shared/i18n/languages';

/** SC = Noto Sans SC (simplified, also covers Latin), TC = Noto Sans TC (traditional). */
export type FontScript = 'SC' | 'TC';
export type FontWeight = 'regular' | 'bold';
export type FontFace = `${FontScript}-${FontWeight}`;

export interface FontFileEntry {
  face: FontFace;
  /** File name inside the packaged fonts dir (resources/fonts). */
  file: string;
  /** Path of the same file relative to node_modules (development layout). */
  devPath: string;
}

/** Only the two weights the forms use; the other seven weights stay out of the installer. */
export const FONT_FILES: readonly FontFileEntry[] = [
  {
    face: 'SC-regular',
    file: 'NotoSansSC_400Regular.ttf',
    devPath: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  {
    face: 'SC-bold',
    file: 'NotoSansSC_700Bold.ttf',
    devPath: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  },
  {
    face: 'TC-regular',
    file: 'NotoSansTC_400Regular.ttf',
    devPath: '@expo-google-fonts/noto-sans-tc/400Regular/NotoSansTC_400Regular.ttf',
  },
  {
    face: 'TC-bold',
    file: 'NotoSansTC_700Bold.ttf',
    devPath: '@expo-google-fonts/noto-sans-tc/700Bold/NotoSansTC_700Bold.ttf',
  },
];

/** File names a packaged build must place in its fonts dir. */
export const REQUIRED_FONT_FILES: readonly string[] = FONT_FILES.map((f) => f.file);

/**
 * Copy plan for a build step or electron-builder `extraResources`:
 * `{ from: <node_modules path>, to: 'fonts/<file>' }` for each required TTF.
 */
export function fontCopyPlan(nodeModulesDir: string, targetSubdir = 'fonts'): { from: string; to: string }[] {
  return FONT_FILES.map((f) => ({ from: join(nodeModulesDir, f.devPath), to: `${targetSubdir}/${f.file}` }));
}

function entryFor(face: FontFace): FontFileEntry {
  const entry = FONT_FILES.find((f) => f.face === face);
  if (!entry) throw new Error(`unknown font face ${face}`);
  return entry;
}

/**
 * Finds a face's TTF under `fontsDir`, which is either the packaged flat dir (resources/fonts)
 * or a node_modules dir in development. Throws with every path tried, so a packaging mistake
 * says exactly which file is missing instead of printing tofu.
 */
export function resolveFontFile(fontsDir: string, face: FontFace): string {
  const entry = entryFor(face);
  const tried = [join(fontsDir, entry.file), join(fontsDir, entry.devPath)];
  for (const candidate of tried) if (existsSync(candidate)) return candidate;
  throw new Error(`PDF font ${entry.file} not found; tried:\n  ${tried.join('\n  ')}`);
}

/** The fonts of one fonts dir, parsed lazily and kept for the life of the process. */
export interface FontSet {
  readonly dir: string;
  /** The parsed font (read and parsed on first use, then cached). */
  get(face: FontFace): fontkit.Font;
  /** Reads every face now, e.g. at app start so the first print is not the slow one. */
  preload(faces?: readonly FontFace[]): void;
}

// Keyed by resolved dir. Parsing a 10 MB TTF costs ~20 ms and pdfkit would do it for every
// document if handed the file or buffer; handing it the parsed font halves a warm render.
const fontSets = new Map<string, FontSet>();

export function loadFonts(fontsDir: string): FontSet {
  const dir = resolve(fontsDir);
  const cached = fontSets.get(dir);
  if (cached) return cached;
  const faces = new Map<FontFace, fontkit.Font>();
  const set: FontSet = {
    dir,
    get(face) {
      let font = faces.get(face);
      if (!font) {
        font = fontkit.create(readFileSync(resolveFontFile(dir, face)));
        faces.set(face, font);
      }
      return font;
    },
    preload(list = FONT_FILES.map((f) => f.face)) {
      for (const face of list) set.get(face);
    },
  };
  fontSets.set(dir, set);
  return set;
}

/** Forgets parsed fonts (tests and the benchmark use it to measure a cold start). */
export function clearFontCache(): void {
  fontSets.clear();
}

/**
 * Script preference per UI language. Traditional forms use TC so shared code points get the
 * traditional glyph shapes; SC is the default otherwise because it also covers Latin and most
 * traditional code points, while TC lacks many simplified ones (陈, 维, 请…).
 */
export function fontOrder(language: Language): readonly [FontScript, FontScript] {
  return language === 'zh-Hant' ? ['TC', 'SC'] : ['SC', 'TC'];
}

// Whitespace and format controls never need a glyph (pdfkit drops them or maps them to space).
const NO_GLYPH_NEEDED = /[\s\u200b-\u200f\u2028\u2029\ufeff]/u;

/** Characters of `text` the given face cannot draw. */
export function missingGlyphs(fonts: FontSet, face: FontFace, text: string): string[] {
  const font = fonts.get(face);
  const missing: string[] = [];
  for (const ch of text) {
    if (NO_GLYPH_NEEDED.test(ch)) continue;
    const cp = ch.codePointAt(0);
    if (cp !== undefined && !font.hasGlyphForCodePoint(cp)) missing.push(ch);
  }
  return missing;
}

/**
 * The face to draw one string with: the language's preferred script if it has every glyph,
 * else the other script if that one has every glyph (a simplified customer name on a
 * traditional form, a Hong Kong character on a simplified one), else whichever misses fewer.
 * The whole string uses one face so pdfkit's wrapping and alignment stay exact.
 */
export function pickFace(fonts: FontSet, language: Language, text: string, weight: FontWeight): FontFace {
  const [primary, secondary] = fontOrder(language);
  const first: FontFace = `${primary}-${weight}`;
  const missFirst = missingGlyphs(fonts, first, text).length;
  if (missFirst === 0) return first;
  const second: FontFace = `${secondary}-${weight}`;
  return missingGlyphs(fonts, second, text).length < missFirst ? second : first;
}
