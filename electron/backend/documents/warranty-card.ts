import { exclusionLabel, monthsText, daysText, type WarrantyPolicy } from '../../../shared/warranty';
import { warrantyMessages } from '../../../shared/warranty/messages';
import { formatPhone } from '../../../shared/text/phone';
import type { PaperFormat, PrintedDocument } from '../../../shared/schemas/print';
import type { Language } from '../../../shared/i18n/languages';
import type { Product } from '../../../shared/schemas/product';
import type { WarrantyCard } from '../../../shared/schemas/warranty';
import { getProduct } from '../../../db/queries/products';
import {
  drawKeyValueGrid,
  drawPageFooters,
  drawParagraph,
  drawSectionTitle,
  drawShopHeader,
  drawSignatureBoxes,
  drawTable,
  drawTitleBlock,
  drawWatermark,
  renderToBuffer,
  type LabelledValue,
  type Pdf,
} from '../pdf';
import type { HandlerContext } from '../context';
import { formEnvironment, formShopHeader, printedDocument, type FormEnvironment } from './form-environment';
import type { SubKey } from '../../../shared/i18n/locales/types';

/*
 * The printed warranty card (A5 or A4): shop, card number with its QR code, holder, product,
 * start date and what it rests on, an expiry per component, what is never covered, the
 * exclusions, the terms, and places for the customer's signature and the shop's stamp.
 * Everything comes from the card as issued (its policy snapshot), so a reprint years later
 * shows the promise that was made, not today's policy.
 */

/** The standard clauses every card carries, written from the policy it was issued under. */
export function cardClauses(env: FormEnvironment, policy: WarrantyPolicy): string[] {
  const { t, language } = env;
  const k = (key: SubKey<'forms.warrantyCard.clauses'>, params?: Record<string, string | number>) =>
    t(`forms.warrantyCard.clauses.${key}`, params);
  const rules = policy.returnExchange;
  const clauses = [
    k('repair', {
      repair: monthsText(policy.repairWarrantyMonths, language),
      part: monthsText(policy.replacedPartMonths, language),
    }),
  ];
  const exchangeDays = Math.max(rules.returnDays, rules.exchangeDays);
  if (exchangeDays === 0) clauses.push(k('noWindows'));
  else {
    if (rules.returnDays > 0) clauses.push(k('returnWindow', { days: daysText(rules.returnDays, language) }));
    if (exchangeDays > rules.returnDays) clauses.push(k('exchangeWindow', { days: daysText(exchangeDays, language) }));
    if (rules.exchangeLimit !== null) clauses.push(k('exchangeLimit', { limit: rules.exchangeLimit }));
    if (rules.exchangeSameOrHigherPrice) clauses.push(k('sameOrHigher'));
  }
  clauses.push(k(policy.noProof === 'production_date' ? 'productionDate' : 'proofRequired'));
  clauses.push(k('keepCard'));
  return clauses.map((c, i) => `${i + 1}. ${c}`);
}

function productRows(env: FormEnvironment, card: WarrantyCard, product: Product): LabelledValue[] {
  const { t, language } = env;
  const f = (key: SubKey<'forms.warrantyCard'>) => t(`forms.warrantyCard.${key}`);
  const holder = card.owners.at(-1);
  const proof = product.proofKind
    ? [t(`warranty.proofKinds.${product.proofKind}`), product.proofNo].filter(Boolean).join(' ')
    : t('forms.warrantyCard.noProof');
  const basis = warrantyMessages[language].basis[card.start.basis];
  const rows: LabelledValue[] = [
    { label: f('holder'), value: card.customerName },
    { label: f('phone'), value: formatPhone(card.customerPhone) },
    { label: f('category'), value: card.policy.labels[language] },
    { label: f('brandModel'), value: [product.brand, product.model].filter(Boolean).join(' ') },
    { label: f('serial'), value: product.serial || t('common.none') },
    { label: f('proof'), value: proof },
  ];
  // The start row names the date the term runs from; the production date stays because a card
  // without proof of purchase counts from it. Other dates are on file, not on the card.
  if (product.productionDate && card.start.basis !== 'production')
    rows.push({ label: f('productionDate'), value: product.productionDate });
  rows.push({ label: f('start'), value: t('forms.warrantyCard.startValue', { date: card.start.date, basis }) });
  if (card.owners.length > 1 && holder) rows.push({ label: f('holderSince'), value: holder.fromDate });
  if (card.notes.trim()) rows.push({ label: f('notes'), value: card.notes });
  return rows;
}

/**
 * Components with the same term and expiry share a row ("host, light-guide arm, … 12 months"),
 * as printed cards do: the customer sees every component and the card stays on one page.
 */
export function coverageRows(card: WarrantyCard, language: Language, notCovered: string): string[][] {
  const groups = new Map<string, { names: string[]; term: number; expiry: string; adjusted: boolean }>();
  for (const c of card.components) {
    const key = `${c.termMonths}|${c.expiry}|${c.adjusted}`;
    const group = groups.get(key) ?? { names: [], term: c.termMonths, expiry: c.expiry, adjusted: c.adjusted };
    group.names.push(c.labels[language]);
    groups.set(key, group);
  }
  const join = (names: string[]) => names.join(language === 'en' ? ', ' : '、');
  const rows = [...groups.values()].map((g) => [
    join(g.names),
    monthsText(g.term, language),
    g.adjusted ? `${g.expiry} *` : g.expiry,
  ]);
  // What is never free belongs next to what is: one table answers "is this part covered?".
  const never = card.policy.neverCovered.map((n) => n.labels[language]);
  if (never.length > 0) rows.push([join(never), notCovered, '—']);
  return rows;
}

function lines(items: readonly string[], language: Language): string {
  return items.join(language === 'en' ? '; ' : '；');
}

function build(pdf: Pdf, env: FormEnvironment, card: WarrantyCard, product: Product): void {
  const { t, language } = env;
  const f = (key: SubKey<'forms.warrantyCard'>) => t(`forms.warrantyCard.${key}`);
  const policy = card.policy;
  drawShopHeader(pdf, formShopHeader(env));
  const fields: LabelledValue[] = [
    { label: f('cardNo'), value: card.cardNo },
    { label: f('issuedOn'), value: card.issuedOn },
  ];
  if (card.status === 'void') fields.push({ label: f('status'), value: f('void') });
  drawTitleBlock(pdf, { title: f('title'), fields, qr: card.cardNo });

  drawSectionTitle(pdf, f('holderAndProduct'));
  drawKeyValueGrid(pdf, productRows(env, card, product));

  drawSectionTitle(pdf, f('coverage'));
  drawTable(pdf, {
    columns: [
      { header: f('component'), width: 6 },
      { header: f('term'), width: 1.6 },
      { header: f('expiry'), width: 1.9, align: 'right' },
    ],
    rows: coverageRows(card, language, f('notCovered')),
  });
  if (card.components.some((c) => c.adjusted)) drawParagraph(pdf, f('adjustedNote'));

  drawSectionTitle(pdf, f('terms'));
  drawParagraph(pdf, cardClauses(env, policy).join('\n'));
  if (policy.exclusions.length > 0) {
    const list = lines(
      policy.exclusions.map((code, i) => `(${i + 1}) ${exclusionLabel(code, language)}`),
      language,
    );
    drawParagraph(pdf, `${f('exclusions')}${language === 'en' ? ': ' : '：'}${list}${language === 'en' ? '.' : '。'}`);
  }
  if (card.terms[language].trim()) drawParagraph(pdf, card.terms[language]);
  if (card.status === 'void' && card.voidReason)
    drawParagraph(pdf, t('forms.warrantyCard.voidReason', { reason: card.voidReason }), { size: 'base', muted: false });

  drawSignatureBoxes(pdf, [
    { caption: t('forms.common.customerSignature'), note: t('forms.common.dateBlank') },
    { caption: t('forms.common.shopStamp'), kind: 'stamp' },
  ]);
  if (card.status === 'void') drawWatermark(pdf, t('forms.common.voidMark'));
  drawPageFooters(pdf, { caption: (page, pages) => t('forms.common.page', { page, pages }), left: card.cardNo });
}

/** The card's PDF bytes. */
export function renderWarrantyCard(
  env: FormEnvironment,
  card: WarrantyCard,
  product: Product,
  format: PaperFormat,
): Promise<Buffer> {
  const title = `${env.t('forms.warrantyCard.title')} ${card.cardNo}`;
  return renderToBuffer(
    {
      format,
      language: env.language,
      fonts: env.fonts,
      title,
      author: env.settings.shop.name,
      subject: [product.brand, product.model, product.serial].filter(Boolean).join(' '),
      createdAt: env.createdAt,
    },
    (pdf) => build(pdf, env, card, product),
  );
}

export async function printWarrantyCard(
  ctx: HandlerContext,
  card: WarrantyCard,
  options: { format: PaperFormat; language?: Language | null },
): Promise<PrintedDocument> {
  const product = getProduct(ctx.db, card.productId);
  if (!product) throw new Error(`warranty card ${card.id}: product ${card.productId} missing`);
  const env = formEnvironment(ctx, options.language);
  const pdf = await renderWarrantyCard(env, card, product, options.format);
  return printedDocument(`${env.t('forms.warrantyCard.title')} ${card.cardNo}`, pdf);
}
