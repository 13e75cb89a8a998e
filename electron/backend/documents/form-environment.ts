import type { TFunction } from 'i18next';
import { createTranslator } from '../../../shared/i18n';
import type { Language } from '../../../shared/i18n/languages';
import type { PrintedDocument } from '../../../shared/schemas/print';
import type { Settings } from '../../../shared/schemas/settings';
import { loadFonts, shopHeaderFromProfile, type FontSet, type ShopHeaderInput } from '../pdf';
import type { HandlerContext } from '../context';
import { getSettings } from '../shop-settings';

/*
 * What every printed form needs besides its own record: the shop (profile and logo), the
 * language and a translator for it, the fonts, and the creation time. Tickets, quotes and
 * receipts build on this the way the warranty card does.
 */
export interface FormEnvironment {
  settings: Settings;
  language: Language;
  t: TFunction;
  fonts: FontSet;
  /** From the handler clock, so a reprint in a test is byte-for-byte reproducible. */
  createdAt: Date;
}

/** The shop's language for printed forms unless the request asks for another. */
export function formEnvironment(ctx: HandlerContext, language?: Language | null): FormEnvironment {
  const settings = getSettings(ctx);
  const lang = language ?? settings.shop.defaultLanguage;
  return {
    settings,
    language: lang,
    t: createTranslator(lang),
    fonts: loadFonts(ctx.fontsDir),
    createdAt: new Date(ctx.now()),
  };
}

/** The shop header with its labels in the form's language. */
export function formShopHeader(env: FormEnvironment): ShopHeaderInput {
  const { t } = env;
  return shopHeaderFromProfile(env.settings.shop, env.settings.logo, {
    address: t('forms.common.address'),
    phone: t('forms.common.phone'),
    email: t('forms.common.email'),
    taxId: t('forms.common.taxId'),
  });
}

/** Characters Windows, macOS or Linux refuse in file names become '_'. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '_').trim() || 'document';
}

export function printedDocument(fileName: string, pdf: Buffer): PrintedDocument {
  return { fileName: `${safeFileName(fileName)}.pdf`, mimeType: 'application/pdf', base64: pdf.toString('base64') };
}
