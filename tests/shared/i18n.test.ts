import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { messages, createTranslator, translateMessage } from '../../shared/i18n';
import { LANGUAGES, detectLanguage, languageFromLocale } from '../../shared/i18n/languages';
import { ERROR_CODES } from '../../shared/api/errors';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const flat = Object.fromEntries(LANGUAGES.map((l) => [l, flatten(messages[l] as unknown as Tree)])) as Record<
  (typeof LANGUAGES)[number],
  Map<string, string>
>;
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('translations', () => {
  it.each(LANGUAGES)('%s has every key English has, and no extra ones', (lang) => {
    const missing = [...flat.en.keys()].filter((k) => !flat[lang].has(k));
    const extra = [...flat[lang].keys()].filter((k) => !flat.en.has(k));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
  });

  it.each(LANGUAGES)('%s has no empty strings and the same {{placeholders}} as English', (lang) => {
    for (const [key, value] of flat[lang]) {
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(value), key).toEqual(placeholders(flat.en.get(key)!));
    }
  });

  it('Chinese translations are really translated (not English left in place)', () => {
    const sameAsEnglish = [...flat['zh-Hans'].entries()].filter(
      ([k, v]) =>
        v === flat.en.get(k) && /[a-z]{3,}/i.test(v) && !k.startsWith('languages.') && !k.startsWith('search.shortcutHint'),
    );
    expect(sameAsEnglish.map(([k]) => k)).toEqual([]);
  });

  it('every error code the API can return has a message in every language', () => {
    for (const lang of LANGUAGES)
      for (const code of ERROR_CODES) expect(flat[lang].has(`errors.${code}`), `${lang} ${code}`).toBe(true);
  });

  it('every literal key used with t() in the renderer and main process exists', () => {
    const files = [...sourceFiles('renderer/src'), ...sourceFiles('electron')];
    const used = new Set<string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !flat.en.has(k));
    expect(missing).toEqual([]);
  });

  it('validation messages with parameters are interpolated', () => {
    const t = createTranslator('zh-Hans');
    expect(translateMessage(t, 'validation.tooLong?max=60')).toBe('最多 60 个字符');
    expect(translateMessage(createTranslator('en'), 'validation.required')).toBe('Required');
    expect(translateMessage(createTranslator('zh-Hant'), 'validation.email')).toBe('電子郵件格式不正確');
  });
});

describe('language detection', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-Hant-MO', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['en-GB', 'en'],
    ['fr-FR', undefined],
  ])('%s → %s', (tag, lang) => {
    expect(languageFromLocale(tag)).toBe(lang);
  });

  it('takes the first supported preference and falls back to English', () => {
    expect(detectLanguage(['fr-FR', 'zh-HK', 'en-US'])).toBe('zh-Hant');
    expect(detectLanguage(['de-DE'])).toBe('en');
    expect(detectLanguage([])).toBe('en');
  });
});
