import { formatMoney, formatQuantity } from '../../../shared/money';
import { intakeMessages } from '../../../shared/tickets/intake-messages';
import {
  drawKeyValueGrid,
  drawParagraph,
  drawSectionTitle,
  drawSignatureBoxes,
  drawTable,
  type LabelledValue,
  type Pdf,
} from '../pdf';
import {
  componentName,
  customerProductRows,
  drawTicketFooter,
  drawTicketHeader,
  faultName,
  listJoin,
  shopDateTime,
  type TicketFormContext,
} from './ticket-form-parts';
import type { SubKey } from '../../../shared/i18n/locales/types';

/*
 * The repair report and pickup confirmation (取机确认单, seed 002's repair form signed by the
 * user on completion): the cause found, the work done, the parts, the repair-warranty dates the
 * customer now holds, what was charged, who collected it, and the customer's signature.
 */

function handBackRows(f: TicketFormContext): LabelledValue[] {
  const { t, language } = f.env;
  const p = f.ticket.pickup;
  const k = (key: SubKey<'forms.pickup'>) => t(`forms.pickup.${key}`);
  if (!p) return [{ label: k('collectedBy'), value: '' }];
  return [
    { label: k('collectedBy'), value: p.collectedBy },
    { label: k('idChecked'), value: p.idChecked ? [t('common.yes'), p.idNote].filter(Boolean).join(' ') : t('common.no') },
    { label: k('resolution'), value: intakeMessages[language].resolutions[p.resolution] },
    { label: k('handedBy'), value: p.staffName },
  ];
}

function ratingRows(f: TicketFormContext): LabelledValue[] {
  const rating = f.ticket.pickup?.satisfaction;
  if (!rating) return [];
  const { t } = f.env;
  const value = t('forms.pickup.ratingValue', {
    attitude: rating.attitude,
    professionalism: rating.professionalism,
    speed: rating.speed,
  });
  return [
    { label: t('forms.pickup.satisfaction'), value },
    ...(rating.comment ? [{ label: t('forms.pickup.comment'), value: rating.comment }] : []),
  ];
}

/** "电源模块 PSU-200 × 1（电源；旧件交还客户）" per part: the parts fit the report, not a table. */
function partsText(f: TicketFormContext): string {
  const { language } = f.env;
  const sep = language === 'en' ? '; ' : '；';
  return f.ticket.parts
    .map((p) => {
      const detail = [p.component ? componentName(f, p.component) : '', intakeMessages[language].oldParts[p.oldPart]].filter(
        Boolean,
      );
      const open = language === 'en' ? ' (' : '（';
      const close = language === 'en' ? ')' : '）';
      return `${p.description} × ${formatQuantity(p.quantity)}${open}${detail.join(sep)}${close}`;
    })
    .join(sep);
}

/** One row per repaired fault, then one for the replaced parts' own term. */
function warrantyRows(f: TicketFormContext): string[][] {
  const { t } = f.env;
  const none = t('forms.ticket.none');
  const list = f.ticket.repairWarranties;
  const rows = list.map((w) => [componentName(f, w.component), faultName(f, w.fault) || none, w.repairDate, w.faultUntil]);
  const withParts = list.find((w) => w.partsUntil);
  if (withParts?.partsUntil) {
    const names = withParts.partsReplaced.map((c) => componentName(f, c));
    rows.push([listJoin(names, f.env.language), t('forms.pickup.replacedPart'), withParts.repairDate, withParts.partsUntil]);
  }
  return rows;
}

/** What the customer paid for: the approved (or latest) quote's total, or free under warranty. */
function chargeText(f: TicketFormContext): string {
  const { t } = f.env;
  const quote = f.ticket.quotes.find((q) => q.status === 'approved') ?? f.ticket.quotes[0];
  if (f.ticket.inWarranty && (!quote || quote.totals.total === 0)) return t('forms.pickup.freeUnderWarranty');
  if (!quote) return t('forms.ticket.none');
  return t('forms.pickup.charged', { amount: formatMoney(quote.totals.total, quote.currency), version: quote.version });
}

export function buildPickupForm(pdf: Pdf, f: TicketFormContext): void {
  const { t } = f.env;
  const { ticket } = f;
  const k = (key: SubKey<'forms.pickup'>) => t(`forms.pickup.${key}`);
  const none = t('forms.ticket.none');
  const when = ticket.pickup
    ? { label: k('collectedAt'), value: shopDateTime(ticket.pickup.at, f.timeZone) }
    : { label: t('forms.ticket.intakeAt'), value: shopDateTime(ticket.intakeAt, f.timeZone) };
  drawTicketHeader(pdf, f, k('title'), [when]);
  drawSectionTitle(pdf, t('forms.ticket.customerAndProduct'));
  drawKeyValueGrid(
    pdf,
    customerProductRows(f, [
      { label: t('forms.ticket.intakeOn'), value: ticket.intakeOn },
      { label: t('forms.ticket.technician'), value: ticket.technicianName ?? none },
    ]),
  );

  drawSectionTitle(pdf, k('report'));
  drawKeyValueGrid(
    pdf,
    [
      { label: k('reported'), value: ticket.reportedFault },
      { label: k('cause'), value: ticket.diagnosis || none },
      { label: k('workDone'), value: ticket.workDone || none },
      ...(ticket.parts.length > 0 ? [{ label: k('parts'), value: partsText(f) }] : []),
      { label: k('charges'), value: chargeText(f) },
    ],
    { columns: 1 },
  );

  drawSectionTitle(pdf, k('repairWarranty'));
  if (ticket.repairWarranties.length === 0) drawParagraph(pdf, ticket.pickup ? k('noRepairWarranty') : k('warrantyAtPickup'));
  else {
    drawTable(pdf, {
      columns: [
        { header: k('component'), width: 3 },
        { header: k('fault'), width: 3 },
        { header: k('repairedOn'), width: 2, align: 'right' },
        { header: k('coveredUntil'), width: 2, align: 'right' },
      ],
      rows: warrantyRows(f),
    });
    drawParagraph(pdf, k('repairWarrantyTerms'));
  }

  drawSectionTitle(pdf, k('handBack'));
  drawKeyValueGrid(pdf, handBackRows(f));
  const rating = ratingRows(f);
  if (rating.length > 0) drawKeyValueGrid(pdf, rating, { columns: 1 });
  drawParagraph(pdf, k('acceptance'), { size: 'base', muted: false });
  // Two signature lines, no stamp box: the report stays on one A5 page with the customer's signature.
  drawSignatureBoxes(pdf, [
    { caption: t('forms.common.customerSignature'), note: t('forms.common.dateBlank') },
    { caption: k('handedBySignature'), note: ticket.pickup?.staffName ?? '' },
  ]);
  drawTicketFooter(pdf, f);
}
