import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/zh-tw';
import { resources } from '../../../shared/i18n';
import { detectLanguage, type Language } from '../../../shared/i18n/languages';

/** The OS / browser language, before the user picked one in Settings. */
export function systemLanguage(): Language {
  return detectLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

const DAYJS_LOCALE: Record<Language, string> = { 'zh-Hans': 'zh-cn', 'zh-Hant': 'zh-tw', en: 'en' };

export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  lng: systemLanguage(),
  fallbackLng: 'en',
  resources,
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function applyLanguage(language: Language): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  dayjs.locale(DAYJS_LOCALE[language]);
  document.documentElement.lang = language;
}
