import { chineseCapitalAmount, formatAmount, formatMoney, formatQuantity } from '../../../shared/money';
import { formatRate, lineKindLabel, quoteMessages } from '../../../shared/quotes/messages';
import { interpolate, REASON_CODES, reasonLabel, type ReasonCode } from '../../../shared/warranty';
import { localDateTimeText } from '../../../shared/tickets';
import type { Receipt } from '../../../shared/schemas/payment-types';
import { drawParagraph, drawTable, drawTotals, type Pdf, type TotalsRow } from '../pdf';
import type { FormEnvironment } from './form-environment';
import type { SubKey } from '../../../shared/i18n/locales/types';

/*
 * Pieces of the printed receipt: the billed lines (free lines at 0 with the reason), the bill's
 * totals with the tax as the shop charges it, what was paid by which method, and the amount in
 * capital numerals on Chinese receipts (大写金额, as on invoices).
 */

const isWarrantyReason = (code: string | null): code is ReasonCode =>
  code !== null && (REASON_CODES as readonly string[]).includes(code);

export const shopTime = localDateTimeText;

function freeReason(env: FormEnvironment, code: string | null): string {
  return isWarrantyReason(code) ? reasonLabel(code, env.language) : env.t('forms.quote.goodwill');
}

/** The billed lines: a full table on paper, item and amount only on a roll. */
export function drawReceiptLines(pdf: Pdf, env: FormEnvironment, r: Receipt): void {
  if (r.lines.length === 0) return;
  const { t, language } = env;
  const k = (key: SubKey<'forms.receipt'>) => t(`forms.receipt.${key}`);
  const free = k('free');
  const sep = language === 'en' ? ': ' : '：';
  const [open, close] = language === 'en' ? [' (', ')'] : ['（', '）'];
  const item = (l: Receipt['lines'][number]) =>
    `${lineKindLabel(l.kind, language)}${sep}${l.description}${l.free ? `${open}${free}${sep}${freeReason(env, l.freeReason)}${close}` : ''}`;
  const amount = (l: Receipt['lines'][number]) => formatAmount(l.free ? 0 : l.charged, r.currency);
  if (pdf.spec.receipt) {
    drawTable(pdf, {
      columns: [
        { header: k('item'), width: 3 },
        { header: k('amount'), width: 1.3, align: 'right' },
      ],
      rows: r.lines.map((l) => [`${item(l)} ×${formatQuantity(l.quantity)}`, amount(l)]),
    });
    return;
  }
  drawTable(pdf, {
    columns: [
      { header: '#', width: 0.5 },
      { header: k('item'), width: 6 },
      { header: k('quantity'), width: 1, align: 'right' },
      { header: k('unitPrice'), width: 1.6, align: 'right' },
      { header: k('amount'), width: 1.7, align: 'right' },
    ],
    rows: r.lines.map((l, i) => [
      String(i + 1),
      item(l),
      formatQuantity(l.quantity),
      formatAmount(l.unitPrice, r.currency),
      amount(l),
    ]),
  });
}

/** The bill (when there is one), then what was paid before, now, and what is still due. */
export function receiptTotalsRows(env: FormEnvironment, r: Receipt): TotalsRow[] {
  const m = quoteMessages[env.language].totals;
  const k = (key: SubKey<'forms.receipt'>) => env.t(`forms.receipt.${key}`);
  const money = (n: number) => formatMoney(n, r.currency);
  const rows: TotalsRow[] = [];
  if (r.lines.length > 0) {
    rows.push({ label: m.subtotal, value: money(r.subtotal) });
    if (r.discountAmount > 0) rows.push({ label: m.discount, value: money(-r.discountAmount) });
    if (r.tax.mode === 'exclusive')
      rows.push({ label: interpolate(m.tax, { rate: formatRate(r.tax.rateBp) }), value: money(r.taxAmount) });
    rows.push({ label: k('billTotal'), value: money(r.total) });
    if (r.tax.mode === 'inclusive')
      rows.push({ label: interpolate(m.taxIncluded, { rate: formatRate(r.tax.rateBp) }), value: money(r.taxAmount) });
    if (r.paidBefore !== 0) rows.push({ label: k('paidBefore'), value: money(r.paidBefore) });
  }
  rows.push({ label: k('paidNow'), value: money(r.amount), emphasis: true });
  if (r.lines.length > 0) rows.push({ label: k('balanceAfter'), value: money(r.balanceAfter) });
  return rows;
}

/** One row per method: amount, reference; cash also what was handed over and the change. */
export function paymentRows(env: FormEnvironment, r: Receipt): TotalsRow[] {
  const money = (n: number) => formatMoney(n, r.currency);
  const rows: TotalsRow[] = r.payments.map((p) => {
    const method = env.t(`payments.methods.${p.method}`);
    const ref = p.reference ? ` · ${p.reference}` : '';
    return { label: `${method}${ref}`, value: money(p.amount) };
  });
  const cash = r.payments.filter((p) => p.tendered !== null);
  for (const p of cash) {
    rows.push({
      label: env.t('forms.receipt.tendered', { amount: money(p.tendered ?? 0), change: money((p.tendered ?? 0) - p.amount) }),
      value: '',
    });
  }
  if (r.creditAdded > 0) rows.push({ label: env.t('forms.receipt.credit'), value: money(r.creditAdded) });
  return rows;
}

export function drawAmountInWords(pdf: Pdf, env: FormEnvironment, amount: number, currency: Receipt['currency']): void {
  if (env.language === 'en' || amount <= 0) return;
  drawParagraph(pdf, env.t('forms.receipt.inWords', { amount: chineseCapitalAmount(amount, env.language, currency) }), {
    size: 'base',
    muted: false,
  });
}

export { drawTotals };
