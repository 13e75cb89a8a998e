import type { Messages } from './locales/types';

/*
 * Every t() call is checked against English's keys, template literals included:
 * t(`tickets.status.${status}`) compiles only if every status has a string.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
