import type { TFunction } from 'i18next';
import { parseMessageKey } from './message-key';

/**
 * Translates a validation message key such as `validation.tooLong?max=60`. Its own module, apart
 * from shared/i18n/index (which bundles every language's strings for the main process): the
 * renderer imports it and still loads only the language it shows.
 */
export function translateMessage(t: TFunction, message: string): string {
  const { key, params } = parseMessageKey(message);
  return t(key, { ...params, defaultValue: t('validation.invalid') });
}
