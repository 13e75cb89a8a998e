/*
 * Reading the shop's settings, with the defaults before the shop sets its own. Writes are in
 * use-cases/settings.ts; this module imports no use case, so the clock and the guards can read it.
 */
import { readSetting } from '../../db/queries/settings';
import { defaultShopProfile, shopProfileSchema, type Settings, type ShopProfile } from '../../shared/schemas/settings';
import { z } from '../../shared/schemas/zod';
import { LANGUAGES } from '../../shared/i18n/languages';
import { taxSettingSchema } from '../../shared/quotes/validate';
import type { TaxSetting } from '../../shared/quotes/totals';
import { getStaff } from '../../db/queries/staff';
import { RECEIPT_FORMATS } from '../../shared/receipts/methods';
import type { HandlerContext } from './context';

/** Where each setting is stored (the settings table's keys). */
export const SETTING_KEYS = {
  shop: 'shop.profile',
  logo: 'shop.logo',
  language: 'ui.language',
  staff: 'ui.staff',
  tax: 'shop.tax',
  receiptFormat: 'receipts.format',
} as const;

const storedLogo = z.string().nullable();
const storedLanguage = z.enum(LANGUAGES).nullable();
const storedStaff = z.number().int().positive().nullable();
const storedReceiptFormat = z.enum(RECEIPT_FORMATS);

/** The remembered staff member, while they are still active (a former one is forgotten). */
function currentStaffId(ctx: HandlerContext): number | null {
  const id = readSetting(ctx.db, SETTING_KEYS.staff, storedStaff) ?? null;
  return id !== null && getStaff(ctx.db, id)?.active ? id : null;
}

/** The shop profile alone (the clock and forms need it; reading the logo costs more). */
export function shopProfile(ctx: HandlerContext): ShopProfile {
  return (
    readSetting(ctx.db, SETTING_KEYS.shop, shopProfileSchema) ?? defaultShopProfile(ctx.system.language, ctx.system.timeZone)
  );
}

/** The shop's tax rule for quotes. */
export function taxSetting(ctx: HandlerContext): TaxSetting {
  return readSetting(ctx.db, SETTING_KEYS.tax, taxSettingSchema) ?? { mode: 'none' };
}

export function getSettings(ctx: HandlerContext): Settings {
  const shop = readSetting(ctx.db, SETTING_KEYS.shop, shopProfileSchema);
  return {
    shop: shop ?? defaultShopProfile(ctx.system.language, ctx.system.timeZone),
    shopConfigured: shop !== undefined,
    tax: taxSetting(ctx),
    receiptFormat: readSetting(ctx.db, SETTING_KEYS.receiptFormat, storedReceiptFormat) ?? 'receipt80',
    logo: readSetting(ctx.db, SETTING_KEYS.logo, storedLogo) ?? null,
    ui: {
      language: readSetting(ctx.db, SETTING_KEYS.language, storedLanguage) ?? null,
      staffId: currentStaffId(ctx),
    },
  };
}
