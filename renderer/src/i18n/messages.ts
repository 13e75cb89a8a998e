/*
 * Each language's strings are a chunk of their own (~45 KB each): a start loads the one language
 * it shows, not all three. main.tsx starts loading it as soon as the settings say which; i18n.ts
 * hands it to i18next, and a switch in Settings loads the new language before it is shown
 * (App.tsx). Nothing heavy is imported here: main.tsx uses this module before the app's code.
 */

import type { Language } from '@shared/i18n/languages';
import type { Messages } from '@shared/i18n/locales/types';

const LOADERS: Record<Language, () => Promise<Messages>> = {
  'zh-Hans': () => import('@shared/i18n/locales/zh-Hans/index').then((m) => m.zhHans),
  'zh-Hant': () => import('@shared/i18n/locales/zh-Hant/index').then((m) => m.zhHant),
  en: () => import('@shared/i18n/locales/en/index').then((m) => m.en),
};

const loaded = new Map<Language, Messages>();
const pending = new Map<Language, Promise<Messages>>();

/** Loads a language's strings (once; a failed load is tried again on the next call). */
export function loadMessages(language: Language): Promise<Messages> {
  let messages = pending.get(language);
  if (!messages) {
    messages = LOADERS[language]().then((m) => {
      loaded.set(language, m);
      return m;
    });
    messages.catch(() => pending.delete(language));
    pending.set(language, messages);
  }
  return messages;
}

/** A language's strings if they have loaded. */
export function loadedMessages(language: Language): Messages | undefined {
  return loaded.get(language);
}
