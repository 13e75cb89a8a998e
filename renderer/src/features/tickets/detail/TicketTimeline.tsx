import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../../hooks/useShopTime';
import type { TFunction } from 'i18next';
import { formatMoney, isCurrency } from '@shared/money';
import type { TicketEvent } from '@shared/schemas/ticket-types';
import { knownCode } from '@shared/i18n/known-code';
import { RECEIPT_PURPOSES } from '@shared/receipts/methods';
import { DECISION_METHODS } from '@shared/tickets/intake';

/** An event's { amount, currency } as money ('' when either is missing). */
function money(d: Record<string, string | number | boolean | null>): string {
  const currency = String(d.currency ?? '');
  return isCurrency(currency) && typeof d.amount === 'number' ? formatMoney(d.amount, currency) : '';
}

/** One line of the timeline, in the reader's language (events are stored as codes and numbers). */
export function eventText(e: TicketEvent, t: TFunction): string {
  const d = e.data ?? {};
  switch (e.kind) {
    case 'status':
      return e.from && e.to
        ? t('tickets.timeline.status', { from: t(`tickets.status.${e.from}`), to: t(`tickets.status.${e.to}`) })
        : t('tickets.timeline.created');
    case 'quote_issued': {
      const currency = String(d.currency ?? '');
      const total = isCurrency(currency) && typeof d.total === 'number' ? formatMoney(d.total, currency) : '';
      return t('tickets.timeline.quoteIssued', { version: d.version ?? '', total });
    }
    case 'quote_approved':
    case 'quote_declined': {
      const method = knownCode(DECISION_METHODS, d.method);
      return t(`tickets.timeline.${e.kind === 'quote_approved' ? 'quoteApproved' : 'quoteDeclined'}`, {
        version: d.version ?? '',
        method: method ? t(`tickets.decisionMethods.${method}`) : '',
      });
    }
    case 'reassessed':
      return t(d.inWarranty ? 'tickets.timeline.reassessedFree' : 'tickets.timeline.reassessedPaid');
    case 'technician':
      return d.name ? t('tickets.timeline.technician', { name: String(d.name) }) : t('tickets.timeline.technicianNone');
    case 'work':
      return t('tickets.timeline.work');
    case 'payment': {
      const purpose = knownCode(RECEIPT_PURPOSES, d.purpose);
      return t('payments.timeline.payment', {
        purpose: purpose ? t(`payments.purposes.${purpose}`) : '',
        amount: money(d),
        receiptNo: String(d.receiptNo ?? ''),
      });
    }
    case 'refund':
      return t('payments.timeline.refund', {
        amount: money(d),
        creditNo: String(d.creditNo ?? ''),
        receiptNo: String(d.receiptNo ?? ''),
      });
    case 'void':
      return t('payments.timeline.void', { amount: money(d), receiptNo: String(d.receiptNo ?? '') });
    case 'balance_override':
      return t('payments.timeline.balanceOverride', { amount: money(d) });
  }
}

/** Every step, stamped with time and staff member, oldest first. */
export function TicketTimeline({ events }: { events: TicketEvent[] }) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  return (
    <Card title={t('tickets.timeline.title')} size="small">
      <section aria-label={t('tickets.timeline.title')}>
        <Timeline
          items={events.map((e) => ({
            key: e.id,
            color: e.kind === 'status' ? 'blue' : 'gray',
            content: (
              <div>
                <Typography.Text strong={e.kind === 'status'}>{eventText(e, t)}</Typography.Text>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {shopTime.dateTime(e.at)} · {e.staffName ?? t('common.none')}
                  </Typography.Text>
                </div>
                {e.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Text>}
              </div>
            ),
          }))}
        />
      </section>
    </Card>
  );
}
