import { AppError } from '../../../shared/api/errors';
import { formatMoney } from '../../../shared/money';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { CreditNote, Receipt } from '../../../shared/schemas/payment-types';
import type { PrintedDocument } from '../../../shared/schemas/print';
import {
  drawBanner,
  drawKeyValueGrid,
  drawPageFooters,
  drawParagraph,
  drawSectionTitle,
  drawShopHeader,
  drawSignatureBoxes,
  drawTitleBlock,
  drawWatermark,
  renderToBuffer,
  type LabelledValue,
  type Pdf,
} from '../pdf';
import type { HandlerContext } from '../context';
import { formEnvironment, formShopHeader, printedDocument, type FormEnvironment } from './form-environment';
import { drawAmountInWords, drawReceiptLines, drawTotals, paymentRows, receiptTotalsRows, shopTime } from './receipt-form-parts';
import type { SubKey } from '../../../shared/i18n/locales/types';

/*
 * The receipt 收据 (A4, A5) and the thermal receipt (80 mm, 58 mm): shop header, number and QR
 * code of the number, lines, totals, methods, 大写金额, and the official invoice (发票) recorded
 * for it. Never titled 发票: that is a tax document only the tax system issues. A reprint carries a REPRINT / 重印
 * banner; a void receipt prints VOID / 作废 across it with the reason. A credit note prints on
 * the same layouts with its own number and the receipt it refunds.
 */

type PrintInput = MethodParsedInput<'receipts.print'>;

function header(
  pdf: Pdf,
  env: FormEnvironment,
  title: string,
  fields: LabelledValue[],
  qr: string,
  marks: { reprint: boolean; void: boolean },
): void {
  drawShopHeader(pdf, formShopHeader(env));
  // Said at the top as well as across the page: a cashier glances at the head of a roll.
  if (marks.void) drawBanner(pdf, env.t('forms.receipt.voidMark'));
  if (marks.reprint) drawBanner(pdf, env.t('forms.receipt.reprint'));
  drawTitleBlock(pdf, { title, fields, qr });
}

function buildReceipt(pdf: Pdf, env: FormEnvironment, r: Receipt, reprint: boolean): void {
  const { t } = env;
  const k = (key: SubKey<'forms.receipt'>) => t(`forms.receipt.${key}`);
  const tz = env.settings.shop.timeZone;
  const fields: LabelledValue[] = [
    { label: k('number'), value: r.receiptNo },
    { label: k('date'), value: shopTime(r.issuedAt, tz) },
    ...(r.ticketNo ? [{ label: k('ticketNo'), value: r.ticketNo }] : []),
    ...(r.customerName ? [{ label: k('customer'), value: r.customerName }] : []),
    { label: k('purpose'), value: t(`payments.purposes.${r.purpose}`) },
    { label: k('cashier'), value: r.staffName },
  ];
  header(pdf, env, k('title'), fields, r.receiptNo, { reprint, void: r.voidAt !== null });
  if (r.lines.length > 0) {
    drawSectionTitle(pdf, k('lines'));
    drawReceiptLines(pdf, env, r);
  }
  drawTotals(pdf, receiptTotalsRows(env, r));
  drawSectionTitle(pdf, k('payments'));
  drawTotals(pdf, paymentRows(env, r));
  drawAmountInWords(pdf, env, r.amount, r.currency);
  // The official invoice (发票) issued elsewhere for this payment, so the two are kept together.
  for (const invoice of r.invoices) {
    const kind = k(`invoiceKinds.${invoice.kind}`);
    drawParagraph(pdf, t('forms.receipt.invoice', { kind, number: invoice.number }), { size: 'base', muted: false });
  }
  if (r.note) drawParagraph(pdf, r.note, { size: 'base' });
  if (r.creditNotes.length > 0) {
    const list = r.creditNotes.map((n) => `${n.creditNo} ${formatMoney(n.amount, n.currency)}`).join(', ');
    drawParagraph(pdf, k('refunded').replace('{{list}}', list), { size: 'base', muted: false });
  }
  if (r.voidAt !== null) {
    drawParagraph(pdf, t('forms.receipt.voided', { reason: r.voidReason ?? '', time: shopTime(r.voidAt, tz) }), {
      size: 'base',
      muted: false,
    });
  }
  if (!pdf.spec.receipt) drawSignatureBoxes(pdf, [{ caption: t('forms.common.shopStamp'), kind: 'stamp' }]);
  drawParagraph(pdf, k('thanks'));
  if (r.voidAt !== null) drawWatermark(pdf, k('voidMark'));
  drawPageFooters(pdf, { caption: (page, pages) => t('forms.common.page', { page, pages }), left: r.receiptNo });
}

function buildCreditNote(pdf: Pdf, env: FormEnvironment, r: Receipt, n: CreditNote, reprint: boolean): void {
  const { t } = env;
  const k = (key: SubKey<'forms.creditNote'>) => t(`forms.creditNote.${key}`);
  const tz = env.settings.shop.timeZone;
  const fields: LabelledValue[] = [
    { label: k('number'), value: n.creditNo },
    { label: t('forms.receipt.date'), value: shopTime(n.issuedAt, tz) },
    { label: k('original'), value: r.receiptNo },
    ...(r.ticketNo ? [{ label: t('forms.receipt.ticketNo'), value: r.ticketNo }] : []),
    ...(r.customerName ? [{ label: t('forms.receipt.customer'), value: r.customerName }] : []),
    { label: t('forms.receipt.cashier'), value: n.staffName },
  ];
  header(pdf, env, k('title'), fields, n.creditNo, { reprint, void: false });
  drawKeyValueGrid(pdf, [
    { label: k('method'), value: `${t(`payments.methods.${n.method}`)}${n.reference ? ` · ${n.reference}` : ''}` },
    { label: k('reason'), value: n.reason },
  ]);
  drawTotals(pdf, [{ label: k('amount'), value: formatMoney(-n.amount, n.currency), emphasis: true }]);
  drawAmountInWords(pdf, env, n.amount, n.currency);
  if (!pdf.spec.receipt)
    drawSignatureBoxes(pdf, [
      { caption: t('forms.common.customerSignature') },
      { caption: t('forms.common.shopStamp'), kind: 'stamp' },
    ]);
  drawPageFooters(pdf, { caption: (page, pages) => t('forms.common.page', { page, pages }), left: n.creditNo });
}

/** receipts.print: the receipt or one of its credit notes, in the chosen layout and language. */
export async function printReceiptForm(ctx: HandlerContext, receipt: Receipt, input: PrintInput): Promise<PrintedDocument> {
  const env = formEnvironment(ctx, input.language);
  const note = input.creditNoteId ? receipt.creditNotes.find((n) => n.id === input.creditNoteId) : undefined;
  if (input.creditNoteId && !note) throw new AppError('not_found', `credit note ${input.creditNoteId} not found`);
  const number = note ? note.creditNo : receipt.receiptNo;
  const title = env.t(note ? 'forms.creditNote.fileTitle' : 'forms.receipt.fileTitle');
  const pdf = await renderToBuffer(
    {
      format: input.format,
      language: env.language,
      fonts: env.fonts,
      title: `${title} ${number}`,
      author: env.settings.shop.name,
      createdAt: env.createdAt,
    },
    (doc) => (note ? buildCreditNote(doc, env, receipt, note, input.reprint) : buildReceipt(doc, env, receipt, input.reprint)),
  );
  return printedDocument(`${title} ${number}`, pdf);
}
