import { AppError } from '../../../shared/api/errors';
import type { MethodParsedInput } from '../../../shared/api/contract';
import { LOGO_MAX_BYTES, type Settings, type ShopProfile } from '../../../shared/schemas/settings';
import { readRawSetting, writeSetting } from '../../../db/queries/settings';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { activeStaff } from '../guards';
import { getSettings, SETTING_KEYS } from '../shop-settings';

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

/** Every settings write answers with the settings as they now are, and tells the main process. */
function changed(ctx: HandlerContext): Settings {
  const settings = getSettings(ctx);
  ctx.onSettingsChanged?.(settings);
  return settings;
}

export function updateShop(ctx: HandlerContext, input: ShopProfile): Settings {
  const before = readRawSetting(ctx.db, SETTING_KEYS.shop);
  writeSetting(ctx.db, SETTING_KEYS.shop, input, ctx.now());
  recordAudit(ctx.db, {
    at: ctx.now(),
    action: 'update',
    entity: 'shop_profile',
    before: before ? (JSON.parse(before) as unknown) : null,
    after: input,
  });
  return changed(ctx);
}

export function setLogo(ctx: HandlerContext, input: MethodParsedInput<'settings.setLogo'>): Settings {
  if (input.dataUrl !== null) checkLogo(input.dataUrl);
  writeSetting(ctx.db, SETTING_KEYS.logo, input.dataUrl, ctx.now());
  recordAudit(ctx.db, { at: ctx.now(), action: input.dataUrl ? 'set' : 'remove', entity: 'shop_logo' });
  return changed(ctx);
}

export function setLanguage(ctx: HandlerContext, input: MethodParsedInput<'settings.setLanguage'>): Settings {
  writeSetting(ctx.db, SETTING_KEYS.language, input.language, ctx.now());
  return changed(ctx);
}

export function setStaff(ctx: HandlerContext, input: MethodParsedInput<'settings.setStaff'>): Settings {
  if (input.staffId !== null) activeStaff(ctx, input.staffId);
  writeSetting(ctx.db, SETTING_KEYS.staff, input.staffId, ctx.now());
  return changed(ctx);
}

export function setTax(ctx: HandlerContext, input: MethodParsedInput<'settings.setTax'>): Settings {
  const before = getSettings(ctx).tax;
  writeSetting(ctx.db, SETTING_KEYS.tax, input.tax, ctx.now());
  recordAudit(ctx.db, { at: ctx.now(), action: 'update', entity: 'tax_setting', before, after: input.tax });
  return changed(ctx);
}

export function setReceiptFormat(ctx: HandlerContext, input: MethodParsedInput<'settings.setReceiptFormat'>): Settings {
  writeSetting(ctx.db, SETTING_KEYS.receiptFormat, input.format, ctx.now());
  return changed(ctx);
}
