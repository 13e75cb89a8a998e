import i18next, { type TFunction } from 'i18next';
import { en } from './locales/en';
import { zhHans } from './locales/zh-Hans';
import { zhHant } from './locales/zh-Hant';
import type { Messages } from './locales/types';
import type { Language } from './languages';

export * from './languages';
export { translateMessage } from './translate-message';
export type { Messages };

export const messages: Record<Language, Messages> = {
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  en,
};

/** i18next resources: one namespace, `translation`. */
export const resources = Object.fromEntries(Object.entries(messages).map(([lang, m]) => [lang, { translation: m }])) as Record<
  Language,
  { translation: Messages }
>;

/**
 * A translator for code outside React (main process: menus, dialogs, printed forms).
 * Synchronous: resources are bundled, nothing is loaded.
 */
export function createTranslator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}
