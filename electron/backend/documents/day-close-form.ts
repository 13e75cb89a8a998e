import { formatMoney } from '../../../shared/money';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { DayReport } from '../../../shared/schemas/payment-types';
import type { PrintedDocument } from '../../../shared/schemas/print';
import {
  drawPageFooters,
  drawParagraph,
  drawShopHeader,
  drawSignatureBoxes,
  drawTable,
  drawTitleBlock,
  drawTotals,
  renderToBuffer,
  type Pdf,
  type TotalsRow,
} from '../pdf';
import type { HandlerContext } from '../context';
import { formEnvironment, formShopHeader, printedDocument, type FormEnvironment } from './form-environment';
import { shopTime } from './receipt-form-parts';
import type { SubKey } from '../../../shared/i18n/locales/types';

/** 日结单: totals by method and the cash drawer, on A4 / A5 or the receipt roll. */
function build(pdf: Pdf, env: FormEnvironment, d: DayReport): void {
  const { t } = env;
  const k = (key: SubKey<'payments.day'>) => t(`payments.day.${key}`);
  const money = (n: number) => formatMoney(n, d.currency);
  drawShopHeader(pdf, formShopHeader(env));
  drawTitleBlock(pdf, { title: t('forms.dayClose.title'), fields: [{ label: t('forms.dayClose.day'), value: d.day }] });
  drawTable(pdf, {
    columns: [
      { header: k('method'), width: 2 },
      { header: k('count'), width: 1, align: 'right' },
      { header: k('received'), width: 1.6, align: 'right' },
      { header: k('refunded'), width: 1.6, align: 'right' },
    ],
    rows: [
      ...d.methods.map((m) => [t(`payments.methods.${m.method}`), String(m.count), money(m.received), money(m.refunded)]),
      [k('total'), String(d.receiptsCount), money(d.received), money(d.refunded)],
    ],
    boldRows: [d.methods.length],
  });
  drawParagraph(pdf, t('payments.day.voids', { count: d.voidCount }), { size: 'base' });
  const rows: TotalsRow[] = [];
  if (d.closed) {
    rows.push({ label: k('openingFloat'), value: money(d.closed.openingFloat) });
    rows.push({ label: k('cashIn'), value: money(d.cashIn) });
    rows.push({ label: k('cashRefunds'), value: money(-d.cashRefunds) });
    rows.push({ label: k('expected'), value: money(d.closed.expectedCash), emphasis: true });
    rows.push({ label: k('counted'), value: money(d.closed.countedCash) });
    rows.push({ label: k('difference'), value: money(d.closed.difference), emphasis: true });
    drawTotals(pdf, rows);
    if (d.closed.note) drawParagraph(pdf, `${k('note')}: ${d.closed.note}`, { size: 'base' });
    drawParagraph(
      pdf,
      t('payments.day.closed', { time: shopTime(d.closed.closedAt, env.settings.shop.timeZone), name: d.closed.staffName }),
    );
  } else {
    rows.push({ label: k('cashIn'), value: money(d.cashIn) }, { label: k('cashRefunds'), value: money(-d.cashRefunds) });
    drawTotals(pdf, rows);
    drawParagraph(pdf, t('forms.dayClose.notClosed'), { size: 'base', muted: false });
  }
  if (!pdf.spec.receipt)
    drawSignatureBoxes(pdf, [{ caption: t('forms.receipt.cashier') }, { caption: t('forms.common.shopStamp'), kind: 'stamp' }]);
  drawPageFooters(pdf, { caption: (page, pages) => t('forms.common.page', { page, pages }), left: d.day });
}

export async function printDayCloseForm(
  ctx: HandlerContext,
  report: DayReport,
  input: MethodParsedInput<'dayClose.print'>,
): Promise<PrintedDocument> {
  const env = formEnvironment(ctx, input.language);
  const title = env.t('forms.dayClose.fileTitle');
  const pdf = await renderToBuffer(
    {
      format: input.format,
      language: env.language,
      fonts: env.fonts,
      title: `${title} ${report.day}`,
      author: env.settings.shop.name,
      createdAt: env.createdAt,
    },
    (doc) => build(doc, env, report),
  );
  return printedDocument(`${title} ${report.day}`, pdf);
}
