import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@shared/i18n/languages';

/** The display language now, for texts that carry their own translations (policy names). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}
