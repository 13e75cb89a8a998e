import type { Language } from '../i18n/languages';
import { interpolate, warrantyMessages } from './messages';

/** "12 months" / "12 个月" / "1 month": terms as the explanations and printed cards write them. */
export function monthsText(n: number, language: Language): string {
  const u = warrantyMessages[language].units;
  return interpolate(n === 1 ? u.monthOne : u.monthOther, { n });
}

/** "7 days" / "7 天". */
export function daysText(n: number, language: Language): string {
  const u = warrantyMessages[language].units;
  return interpolate(n === 1 ? u.dayOne : u.dayOther, { n });
}
