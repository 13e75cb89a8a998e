import { AppError } from '../../../shared/api/errors';
import { readSetting, writeSetting, readRawSetting } from '../../../db/queries/settings';
import { recordAudit } from '../../../db/queries/audit';
import {
  defaultShopProfile,
  LOGO_MAX_BYTES,
  shopProfileSchema,
  type Settings,
  type ShopProfile,
} from '../../../shared/schemas/settings';
import { z } from '../../../shared/schemas/zod';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { taxSettingSchema } from '../../../shared/quotes/validate';
import type { TaxSetting } from '../../../shared/quotes/totals';
import { getStaff } from '../../../db/queries/staff';
import { RECEIPT_FORMATS } from '../../../shared/receipts/methods';
import type { HandlerContext } from '../context';
import type { Handlers } from '../dispatcher';
import { activeStaff } from './staff';

const KEYS = {
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
  const id = readSetting(ctx.db, KEYS.staff, storedStaff) ?? null;
  return id !== null && getStaff(ctx.db, id)?.active ? id : null;
}

/** The shop profile alone (the clock and forms need it; reading the logo costs more). */
export function shopProfile(ctx: HandlerContext): ShopProfile {
  return readSetting(ctx.db, KEYS.shop, shopProfileSchema) ?? defaultShopProfile(ctx.system.language, ctx.system.timeZone);
}

/** The shop's tax rule for quotes. */
export function taxSetting(ctx: HandlerContext): TaxSetting {
  return readSetting(ctx.db, KEYS.tax, taxSettingSchema) ?? { mode: 'none' };
}

export function getSettings(ctx: HandlerContext): Settings {
  const shop = readSetting(ctx.db, KEYS.shop, shopProfileSchema);
  return {
    shop: shop ?? defaultShopProfile(ctx.system.language, ctx.system.timeZone),
    shopConfigured: shop !== undefined,
    tax: taxSetting(ctx),
    receiptFormat: readSetting(ctx.db, KEYS.receiptFormat, storedReceiptFormat) ?? 'receipt80',
    logo: readSetting(ctx.db, KEYS.logo, storedLogo) ?? null,
    ui: {
      language: readSetting(ctx.db, KEYS.language, storedLanguage) ?? null,
      staffId: currentStaffId(ctx),
    },
  };
}

/** Checks the bytes, not just the declared type: a PNG or JPEG signature and the size limit. */
export function checkLogo(dataUrl: string): void {
  const comma = dataUrl.indexOf(',');
  const bytes = Buffer.from(dataUrl.slice(comma + 1), 'base64');
  const png = bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const declaredPng = dataUrl.startsWith('data:image/png');
  if (bytes.length > LOGO_MAX_BYTES || (declaredPng ? !png : !jpeg)) {
    throw new AppError('logo_invalid', 'logo is not a valid PNG/JPEG under the size limit');
  }
}

function changed(ctx: HandlerContext): Settings {
  const settings = getSettings(ctx);
  ctx.onSettingsChanged?.(settings);
  return settings;
}

export const settingsHandlers = {
  'settings.get': (ctx) => getSettings(ctx),

  'settings.updateShop': (ctx, input: ShopProfile) => {
    const before = readRawSetting(ctx.db, KEYS.shop);
    writeSetting(ctx.db, KEYS.shop, input, ctx.now());
    recordAudit(ctx.db, {
      at: ctx.now(),
      action: 'update',
      entity: 'shop_profile',
      before: before ? (JSON.parse(before) as unknown) : null,
      after: input,
    });
    return changed(ctx);
  },

  'settings.setLogo': (ctx, input) => {
    if (input.dataUrl !== null) checkLogo(input.dataUrl);
    writeSetting(ctx.db, KEYS.logo, input.dataUrl, ctx.now());
    recordAudit(ctx.db, { at: ctx.now(), action: input.dataUrl ? 'set' : 'remove', entity: 'shop_logo' });
    return changed(ctx);
  },

  'settings.setLanguage': (ctx, input) => {
    writeSetting(ctx.db, KEYS.language, input.language, ctx.now());
    return changed(ctx);
  },

  'settings.setStaff': (ctx, input) => {
    if (input.staffId !== null) activeStaff(ctx, input.staffId);
    writeSetting(ctx.db, KEYS.staff, input.staffId, ctx.now());
    return changed(ctx);
  },

  'settings.setTax': (ctx, input) => {
    const before = getSettings(ctx).tax;
    writeSetting(ctx.db, KEYS.tax, input.tax, ctx.now());
    recordAudit(ctx.db, { at: ctx.now(), action: 'update', entity: 'tax_setting', before, after: input.tax });
    return changed(ctx);
  },

  'settings.setReceiptFormat': (ctx, input) => {
    writeSetting(ctx.db, KEYS.receiptFormat, input.format, ctx.now());
    return changed(ctx);
  },
} satisfies Partial<Handlers>;
