export const LANGUAGES = ['zh-Hans', 'zh-Hant', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Picks our language for a BCP 47 tag from the OS or browser (zh-CN, zh-TW, zh-HK, zh-Hant-TW…).
 * Taiwan, Hong Kong and Macau use traditional characters; other Chinese tags simplified.
 */
export function languageFromLocale(tag: string | undefined | null): Language | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase().replace('_', '-');
  if (lower.startsWith('zh')) {
    if (lower.includes('hant') || /-(tw|hk|mo)\b/.test(lower)) return 'zh-Hant';
    return 'zh-Hans';
  }
  if (lower.startsWith('en')) return 'en';
  return undefined;
}

/** The first supported language among the user's preferred locales, English otherwise. */
export function detectLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const lang = languageFromLocale(tag);
    if (lang) return lang;
  }
  return 'en';
}
