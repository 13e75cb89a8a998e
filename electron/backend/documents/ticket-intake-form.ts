import { explainAssessment } from '../../../shared/warranty';
import { intakeMessages } from '../../../shared/tickets/intake-messages';
import { ticketMessages } from '../../../shared/tickets';
import { formatMoney } from '../../../shared/money';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import { drawKeyValueGrid, drawParagraph, drawSectionTitle, drawSignatureBoxes, type Pdf } from '../pdf';
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
 * The intake ticket (维修申请单, customer copy): what was taken in and in what state, what the
 * customer was told about the warranty and when the device is promised back, the terms, and
 * the two signatures. The passcode is never printed.
 */

const TERMS = ['keep', 'assessment', 'data', 'accessories', 'collect'] as const;

/** The warranty sentences as the customer heard them; in another language, the same answer re-worded. */
export function intakeSentences(f: TicketFormContext): string[] {
  const first = f.ticket.assessments[0];
  if (!first) return [];
  return first.language === f.env.language
    ? first.sentences
    : explainAssessment(first.assessment, f.env.language, f.env.settings.shop.currency);
}

function codes<T extends string>(list: readonly T[], labels: Record<T, string>, note: string, f: TicketFormContext): string {
  const text = [
    listJoin(
      list.map((c) => labels[c]),
      f.env.language,
    ),
    note.trim(),
  ]
    .filter(Boolean)
    .join(f.env.language === 'en' ? '; ' : '；');
  return text || f.env.t('forms.ticket.none');
}

/**
 * Free, or why it is charged, from the latest assessment (the one ticket.inWarranty follows).
 * An exclusion found while the period runs is not "out of warranty" (issue 18 defect 3), nor is
 * a part the policy never covers; "out of warranty" is said only when every term has ended.
 */
function verdict(f: TicketFormContext, ticket: Ticket): string {
  const { t } = f.env;
  if (ticket.faults.length === 0) return t('forms.intake.verdictPending');
  if (ticket.inWarranty) return t('forms.intake.verdictFree');
  const unpaid = ticket.assessments.at(-1)?.assessment.components.filter((c) => !c.covered) ?? [];
  const excluded = unpaid.find((c) => c.reasons[0] === 'excluded' && !c.reasons.includes('expired') && c.term);
  if (excluded?.term) return t('forms.intake.verdictExcluded', { date: excluded.term.expiry });
  const first = (c: (typeof unpaid)[number]) => c.reasons[0];
  if (unpaid.length > 0 && unpaid.every((c) => first(c) === 'never_covered' || first(c) === 'component_not_in_policy'))
    return t('forms.intake.verdictNotCovered');
  if (unpaid.length > 0 && unpaid.every((c) => first(c) === 'expired')) return t('forms.intake.verdictPaid');
  return t('forms.intake.verdictCharged');
}

export function buildIntakeForm(pdf: Pdf, f: TicketFormContext): void {
  const { t, language } = f.env;
  const { ticket } = f;
  const k = (key: SubKey<'forms.intake'>) => t(`forms.intake.${key}`);
  const m = intakeMessages[language];
  drawTicketHeader(
    pdf,
    f,
    k('title'),
    [
      { label: t('forms.ticket.intakeAt'), value: shopDateTime(ticket.intakeAt, f.timeZone) },
      { label: '', value: k('customerCopy') },
    ],
    { status: false },
  );

  drawSectionTitle(pdf, t('forms.ticket.customerAndProduct'));
  drawKeyValueGrid(
    pdf,
    customerProductRows(f, [
      { label: t('forms.ticket.urgency'), value: ticketMessages[language].urgencies[ticket.urgency] },
      { label: t('forms.ticket.receivedBy'), value: ticket.intakeStaffName },
      { label: t('forms.ticket.promised'), value: ticket.promisedDate },
      ...(ticket.deposit > 0 ? [{ label: k('deposit'), value: formatMoney(ticket.deposit, f.env.settings.shop.currency) }] : []),
    ]),
  );

  drawSectionTitle(pdf, k('received'));
  drawKeyValueGrid(
    pdf,
    [
      { label: k('fault'), value: ticket.reportedFault },
      ...ticket.faults.map((x, i) => ({
        label: t('forms.intake.faultN', { n: i + 1 }),
        value: [componentName(f, x.component), faultName(f, x.fault)].filter(Boolean).join(' — '),
      })),
      { label: k('accessories'), value: codes(ticket.accessories, m.accessories, ticket.accessoriesNote, f) },
      { label: k('condition'), value: codes(ticket.condition, m.conditions, ticket.conditionNote, f) },
    ],
    { columns: 1 },
  );

  drawSectionTitle(pdf, k('assessment'));
  drawParagraph(pdf, verdict(f, ticket), { size: 'base', muted: false });
  const sentences = intakeSentences(f);
  if (sentences.length > 0) drawParagraph(pdf, sentences.map((s, i) => `${i + 1}. ${s}`).join('\n'), { muted: false });

  drawSectionTitle(pdf, k('terms'));
  const assessedOn = ticket.assessments[0]?.assessment.assessmentDate ?? ticket.intakeOn;
  const terms = [
    t('forms.intake.promiseText', { date: ticket.promisedDate }),
    ...TERMS.map((key) => t(`forms.intake.termsText.${key}`, { date: assessedOn })),
  ];
  drawParagraph(pdf, terms.map((term, i) => `${i + 1}. ${term}`).join('\n'));

  drawSignatureBoxes(pdf, [
    { caption: t('forms.common.customerSignature'), note: t('forms.common.dateBlank') },
    { caption: t('forms.ticket.staffSignature'), note: ticket.intakeStaffName },
  ]);
  drawTicketFooter(pdf, f);
}
