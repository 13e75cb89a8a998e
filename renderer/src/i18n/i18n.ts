import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { detectLanguage, isLanguage, type Language } from '@shared/i18n/languages';
import { loadMessages, loadedMessages } from './messages';

/**
 * The OS / browser language, before the user picked one in Settings. The browser preview says
 * which system language it stands for (npm run preview -- --lang en) in a meta tag: that wins
 * over the browser's own.
 */
export function systemLanguage(): Language {
  const page =
    typeof document === 'undefined' ? null : document.querySelector<HTMLMetaElement>('meta[name="repair-counter-language"]');
  const given = page?.content;
  if (given && isLanguage(given)) return given;
  return detectLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

const DAYJS_LOCALE: Record<Language, string> = { 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw', en: 'en' };

/** Strings are added per language as they load (messages.ts): only the language shown is loaded. */
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: systemLanguage(),
  fallbackLng: 'en',
  resources: {},
  initAsync: false,
  interpolation: { escapeValue: false },
});

/** Whether a language's strings are there (handing them to i18next if they have just loaded). */
export function isLanguageLoaded(language: Language): boolean {
  if (i18n.hasResourceBundle(language, 'translation')) return true;
  const messages = loadedMessages(language);
  if (messages) i18n.addResourceBundle(language, 'translation', messages);
  return messages !== undefined;
}

/** Loads a language's strings; settles once they are there (rejects if they could not load). */
export function loadLanguage(language: Language): Promise<void> {
  return loadMessages(language).then(() => {
    isLanguageLoaded(language);
  });
}

/** Shows the app in a language whose strings have loaded (isLanguageLoaded, loadLanguage). */
export function applyLanguage(language: Language): void {
  isLanguageLoaded(language);
  if (i18n.language !== language) void i18n.changeLanguage(language);
  dayjs.locale(DAYJS_LOCALE[language]);
  document.documentElement.lang = language;
}
