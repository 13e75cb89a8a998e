import { chineseCapitalAmount, formatAmount, formatMoney, formatQuantity } from '../../../shared/money';
import { formatRate, lineKindLabel, quoteMessages } from '../../../shared/quotes/messages';
import { interpolate, REASON_CODES, reasonLabel, type ReasonCode } from '../../../shared/warranty';
import { intakeMessages } from '../../../shared/tickets/intake-messages';
import type { Quote } from '../../../shared/schemas/quote';
import {
  drawKeyValueGrid,
  drawParagraph,
  drawSectionTitle,
  drawSignatureBoxes,
  drawTable,
  drawTotals,
  drawWatermark,
  type Pdf,
  type TotalsRow,
} from '../pdf';
import {
  customerProductRows,
  drawTicketFooter,
  drawTicketHeader,
  shopDateTime,
  type TicketFormContext,
} from './ticket-form-parts';
import type { SubKey } from '../../../shared/i18n/locales/types';

/*
 * The quote (维修报价单): each line with its price or "free" and why, the discount, the tax as
 * the shop charges it, the total (in capital numerals on Chinese forms, as on invoices), and the
 * customer's approval. A superseded version prints with a watermark so it is not signed by mistake.
 */

const isWarrantyReason = (code: string | null): code is ReasonCode =>
  code !== null && (REASON_CODES as readonly string[]).includes(code);

/** What the warranty made free (goodwill is shown on its line, not as "free under warranty"). */
function warrantyFreeValue(quote: Quote): number {
  return quote.totals.lines.filter((l) => l.free && isWarrantyReason(l.freeReason)).reduce((sum, l) => sum + l.value, 0);
}

function freeReason(f: TicketFormContext, code: string | null): string {
  if (isWarrantyReason(code)) return reasonLabel(code, f.env.language);
  return f.env.t('forms.quote.goodwill');
}

function lineRows(f: TicketFormContext, quote: Quote): string[][] {
  const { language } = f.env;
  const free = quoteMessages[language].totals.free;
  const sep = language === 'en' ? ': ' : '：';
  const [open, close] = language === 'en' ? [' (', ')'] : ['（', '）'];
  return quote.totals.lines.map((l, i) => [
    String(i + 1),
    `${lineKindLabel(l.kind, language)}${sep}${l.description}${l.free ? `${open}${free}${sep}${freeReason(f, l.freeReason)}${close}` : ''}`,
    formatQuantity(l.quantity),
    formatAmount(l.unitPrice, quote.currency),
    l.free ? free : formatAmount(l.charged, quote.currency),
  ]);
}

function totalsRows(f: TicketFormContext, quote: Quote): TotalsRow[] {
  const m = quoteMessages[f.env.language].totals;
  const money = (n: number) => formatMoney(n, quote.currency);
  const { totals, tax } = quote;
  const rows: TotalsRow[] = [{ label: m.subtotal, value: money(totals.subtotal) }];
  if (totals.discount > 0) rows.push({ label: m.discount, value: money(-totals.discount) });
  if (tax.mode === 'exclusive')
    rows.push({ label: interpolate(m.tax, { rate: formatRate(tax.rateBp) }), value: money(totals.tax) });
  rows.push({ label: m.total, value: money(totals.total), emphasis: true });
  if (tax.mode === 'inclusive')
    rows.push({ label: interpolate(m.taxIncluded, { rate: formatRate(tax.rateBp) }), value: money(totals.tax) });
  return rows;
}

function decisionText(f: TicketFormContext, quote: Quote): string | null {
  if (!quote.decidedAt || !quote.decisionMethod) return null;
  const method = intakeMessages[f.env.language].decisionMethods[quote.decisionMethod];
  const key = quote.status === 'declined' ? 'forms.quote.declinedOn' : 'forms.quote.approvedOn';
  return f.env.t(key, { date: shopDateTime(quote.decidedAt, f.timeZone), method, name: quote.decidedBy ?? '' });
}

export function buildQuoteForm(pdf: Pdf, f: TicketFormContext, quote: Quote): void {
  const { t, language } = f.env;
  const k = (key: SubKey<'forms.quote'>) => t(`forms.quote.${key}`);
  drawTicketHeader(
    pdf,
    f,
    k('title'),
    [
      { label: k('version'), value: `v${quote.version}` },
      { label: k('issuedAt'), value: shopDateTime(quote.issuedAt, f.timeZone) },
    ],
    { status: false },
  );
  drawSectionTitle(pdf, t('forms.ticket.customerAndProduct'));
  drawKeyValueGrid(pdf, customerProductRows(f));

  drawSectionTitle(pdf, k('lines'));
  drawTable(pdf, {
    columns: [
      { header: '#', width: 0.5 },
      { header: k('item'), width: 6 },
      { header: k('quantity'), width: 1, align: 'right' },
      { header: k('unitPrice'), width: 1.6, align: 'right' },
      { header: k('amount'), width: 1.7, align: 'right' },
    ],
    rows: lineRows(f, quote),
  });
  drawTotals(pdf, totalsRows(f, quote));
  const warrantyFree = warrantyFreeValue(quote);
  if (warrantyFree > 0)
    drawParagraph(
      pdf,
      interpolate(quoteMessages[language].totals.freeValue, { amount: formatMoney(warrantyFree, quote.currency) }),
      {
        size: 'base',
      },
    );
  if (language !== 'en' && quote.totals.total > 0)
    drawParagraph(pdf, t('forms.quote.inWords', { amount: chineseCapitalAmount(quote.totals.total, language, quote.currency) }), {
      size: 'base',
      muted: false,
    });
  if (quote.note.trim()) drawParagraph(pdf, `${k('note')}${language === 'en' ? ': ' : '：'}${quote.note}`, { muted: false });

  const decided = decisionText(f, quote);
  if (decided) drawParagraph(pdf, decided, { size: 'base', muted: false });
  drawParagraph(pdf, k('approvalText'));
  drawSignatureBoxes(pdf, [
    { caption: k('customerApproval'), note: t('forms.common.dateBlank') },
    { caption: t('forms.common.shopStamp'), kind: 'stamp' },
  ]);
  if (quote.status === 'superseded') drawWatermark(pdf, k('supersededMark'));
  drawTicketFooter(pdf, f);
}
