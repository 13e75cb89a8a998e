import type { TFunction } from 'i18next';
import { parseMessageKey } from '../../../shared/i18n/message-key';

/**
 * Translates a validation message key such as `validation.tooLong?max=60`: shared/i18n's
 * translateMessage, without importing shared/i18n/index (which bundles every language's strings;
 * the renderer loads only the one it shows, messages.ts).
 */
export function translateMessage(t: TFunction, message: string): string {
  const { key, params } = parseMessageKey(message);
  return t(key, { ...params, defaultValue: t('validation.invalid') });
}
