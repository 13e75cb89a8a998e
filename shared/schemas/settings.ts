import { z } from './zod';
import { emailField, optionalText, requiredText } from './common';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { TaxSetting } from '../quotes/totals';
import type { ReceiptFormat } from '../receipts/methods';

export const CURRENCIES = ['CNY', 'HKD', 'TWD', 'MOP', 'SGD', 'MYR', 'USD', 'EUR', 'GBP'] as const;
export type Currency = (typeof CURRENCIES)[number];

// Asking Intl costs ~2 ms (it builds a formatter), and the shop profile is validated on every read.
const zones = new Map<string, boolean>();

export function isValidTimeZone(tz: string): boolean {
  let valid = zones.get(tz);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      valid = true;
    } catch {
      valid = false;
    }
    if (zones.size > 100) zones.clear();
    zones.set(tz, valid);
  }
  return valid;
}

export const shopProfileSchema = z.object({
  name: requiredText(80),
  address: optionalText(200),
  phone: optionalText(40),
  email: emailField,
  taxId: optionalText(30).refine((v) => /^[A-Za-z0-9-]*$/.test(v), { error: 'validation.taxId' }),
  defaultLanguage: z.enum(LANGUAGES),
  timeZone: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .refine((v) => isValidTimeZone(v), { error: 'validation.timeZone' }),
  currency: z.enum(CURRENCIES),
});

export type ShopProfile = z.infer<typeof shopProfileSchema>;
export type ShopProfileInput = z.input<typeof shopProfileSchema>;

export const LOGO_MAX_BYTES = 512 * 1024;
/** A base64 data URL is about 4/3 the size of the image, plus its header. */
const LOGO_MAX_DATA_URL = Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 64;

export const logoSchema = z.object({
  dataUrl: z
    .string()
    .max(LOGO_MAX_DATA_URL, { error: 'validation.logoSize' })
    .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, { error: 'validation.logoType' })
    .nullable(),
});

export const languageSettingSchema = z.object({
  /** null: follow the operating system's language. */
  language: z.enum(LANGUAGES).nullable(),
});

export interface Settings {
  shop: ShopProfile;
  /** The shop's tax rule for quotes; no tax until set. */
  tax: TaxSetting;
  /** The receipt layout offered first (the last one chosen at the counter): A4, A5, 80 or 58 mm. */
  receiptFormat: ReceiptFormat;
  /** Whether the shop profile was ever saved (the home screen asks for it until then). */
  shopConfigured: boolean;
  /** Data URL of the logo, or null. */
  logo: string | null;
  /**
   * Remembered on this computer: the display language (null: follow the system) and the staff
   * member at the counter, who stamps every change (null: nobody chosen yet).
   */
  ui: { language: Language | null; staffId: number | null };
}

export function defaultShopProfile(language: Language, timeZone: string): ShopProfile {
  return {
    name: language === 'en' ? 'My repair shop' : language === 'zh-Hant' ? '我的維修店' : '我的维修店',
    address: '',
    phone: '',
    email: '',
    taxId: '',
    defaultLanguage: language,
    timeZone: isValidTimeZone(timeZone) ? timeZone : 'Asia/Shanghai',
    currency: 'CNY',
  };
}
