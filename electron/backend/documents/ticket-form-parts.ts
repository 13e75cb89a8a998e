import { findComponent, findNeverCovered, type WarrantyPolicy } from '../../../shared/warranty';
import { intakeMessages } from '../../../shared/tickets/intake-messages';
import { localDateTimeText, statusLabel, ticketMessages } from '../../../shared/tickets';
import { formatPhone } from '../../../shared/text/phone';
import type { Language } from '../../../shared/i18n/languages';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import type { PaperFormat, PrintedDocument } from '../../../shared/schemas/print';
import { warrantyItem } from '../../../db/queries/warranty-lookup';
import { drawPageFooters, drawShopHeader, drawTitleBlock, renderToBuffer, type LabelledValue, type Pdf } from '../pdf';
import type { HandlerContext } from '../context';
import { formEnvironment, formShopHeader, printedDocument, type FormEnvironment } from './form-environment';
import type { MessageKey, SubKey } from '../../../shared/i18n/locales/types';

/*
 * What the three ticket forms (intake ticket, quote, pickup report) share: the header with the
 * ticket number and its QR code (scanned into the global search, it opens the ticket), the
 * customer and product, and labels of the policy's components in the form's language.
 */

export interface TicketFormContext {
  env: FormEnvironment;
  ticket: Ticket;
  /** The product's policy now (card snapshot or category policy), for component names. */
  policy: WarrantyPolicy;
  timeZone: string;
}

export const listJoin = (items: readonly string[], language: Language) => items.join(language === 'en' ? ', ' : '、');

/** 'YYYY-MM-DD HH:mm' at the shop. */
export const shopDateTime = localDateTimeText;

export function componentName(f: TicketFormContext, code: string): string {
  const found = findComponent(f.policy, code) ?? findNeverCovered(f.policy, code);
  return found?.labels[f.env.language] ?? code;
}

export function faultName(f: TicketFormContext, code: string | null): string {
  if (!code) return '';
  return intakeMessages[f.env.language].faults[code as keyof (typeof intakeMessages)['en']['faults']] ?? code;
}

/** Who and what: the rows every ticket form starts with. */
export function customerProductRows(f: TicketFormContext, extra: readonly LabelledValue[] = []): LabelledValue[] {
  const { t, language } = f.env;
  const { ticket } = f;
  const k = (key: SubKey<'forms.ticket'>) => t(`forms.ticket.${key}`);
  return [
    { label: k('customer'), value: ticket.customerName },
    { label: k('phone'), value: formatPhone(ticket.customerPhone) || t('common.none') },
    { label: k('product'), value: ticket.productName },
    { label: k('serial'), value: ticket.serial || t('common.none') },
    { label: k('category'), value: f.policy.labels[language] },
    { label: k('channel'), value: ticketMessages[language].channels[ticket.channel] },
    ...extra,
  ];
}

/** Shop header, then the form title with the ticket number, the given fields and the QR code. */
export function drawTicketHeader(
  pdf: Pdf,
  f: TicketFormContext,
  title: string,
  fields: readonly LabelledValue[],
  options: { status?: boolean } = {},
): void {
  drawShopHeader(pdf, formShopHeader(f.env));
  const { t, language } = f.env;
  // The intake ticket is the customer's copy of the intake: a later status would confuse a reprint.
  const status =
    options.status === false ? [] : [{ label: t('forms.ticket.status'), value: statusLabel(f.ticket.status, language) }];
  drawTitleBlock(pdf, {
    title,
    fields: [{ label: t('forms.ticket.ticketNo'), value: f.ticket.ticketNo }, ...fields, ...status],
    qr: f.ticket.ticketNo,
  });
}

export function drawTicketFooter(pdf: Pdf, f: TicketFormContext): void {
  drawPageFooters(pdf, {
    caption: (page, pages) => f.env.t('forms.common.page', { page, pages }),
    left: f.ticket.ticketNo,
  });
}

/** Renders one ticket form and wraps it for the preview / print / save dialog. */
export async function renderTicketForm(
  ctx: HandlerContext,
  ticket: Ticket,
  options: { format: PaperFormat; language?: Language | null; title: MessageKey; fileTitle: MessageKey },
  build: (pdf: Pdf, f: TicketFormContext) => void,
): Promise<PrintedDocument> {
  const env = formEnvironment(ctx, options.language);
  const item = warrantyItem(ctx.db, ticket.productId, 'product');
  if (!item) throw new Error(`ticket ${ticket.id}: product ${ticket.productId} missing`);
  const f: TicketFormContext = { env, ticket, policy: item.context.policy, timeZone: env.settings.shop.timeZone };
  const title = env.t(options.title);
  const pdf = await renderToBuffer(
    {
      format: options.format,
      language: env.language,
      fonts: env.fonts,
      title: `${title} ${ticket.ticketNo}`,
      author: env.settings.shop.name,
      subject: [ticket.productName, ticket.serial].filter(Boolean).join(' '),
      createdAt: env.createdAt,
    },
    (doc) => build(doc, f),
  );
  return printedDocument(`${env.t(options.fileTitle)} ${ticket.ticketNo}`, pdf);
}
