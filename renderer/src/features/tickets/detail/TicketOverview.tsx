import { useState } from 'react';
import { Button, Card, Descriptions, Typography } from 'antd';
import { EyeInvisibleOutlined, EyeOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../../hooks/useShopTime';
import { formatMoney } from '@shared/money';
import { formatPhone } from '@shared/text/phone';
import type { Ticket } from '@shared/schemas/ticket-types';
import type { Currency } from '@shared/schemas/settings';

/** Kept only until the device leaves; shown as dots unless asked (the technician needs it). */
function Passcode({ value }: { value: string | null }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  if (!value) return <Typography.Text type="secondary">{t('tickets.detail.noPasscode')}</Typography.Text>;
  return (
    <span>
      <Typography.Text code aria-label={t('tickets.detail.passcode')}>
        {shown ? value : '•'.repeat(Math.max(4, value.length))}
      </Typography.Text>
      <Button
        type="text"
        size="small"
        icon={shown ? <EyeInvisibleOutlined /> : <EyeOutlined />}
        aria-label={t(shown ? 'tickets.detail.hidePasscode' : 'tickets.detail.showPasscode')}
        onClick={() => setShown(!shown)}
      />
    </span>
  );
}

/** What was taken in: who, what, the fault, what was left, how it looked, and the promise. */
export function TicketOverview({ ticket, currency }: { ticket: Ticket; currency: Currency }) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const none = t('common.none');
  const list = (labels: readonly string[], note: string) => [labels.join('、'), note].filter(Boolean).join('；') || none;
  return (
    <Card title={t('tickets.detail.intake')} size="small">
      <Descriptions column={{ xs: 1, lg: 2 }} size="small" bordered>
        <Descriptions.Item label={t('tickets.columns.customer')}>
          <Link to={`/customers/${ticket.customerId}`}>{ticket.customerName}</Link>
          {ticket.customerPhone && <Typography.Text type="secondary"> · {formatPhone(ticket.customerPhone)}</Typography.Text>}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.columns.device')}>
          <Link to={`/warranty/products/${ticket.productId}`}>{ticket.productName}</Link>
          {ticket.serial && (
            <>
              {' '}
              <Typography.Text code>{ticket.serial}</Typography.Text>
            </>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.intake.reportedFault')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{ticket.reportedFault}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.intake.accessories')}>
          {list(
            ticket.accessories.map((c) => t(`tickets.accessories.${c}`)),
            ticket.accessoriesNote,
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.intake.condition')}>
          {list(
            ticket.condition.map((c) => t(`tickets.conditions.${c}`)),
            ticket.conditionNote,
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.intake.channel')}>
          {t(`tickets.channels.${ticket.channel}`)} · {t(`tickets.urgencies.${ticket.urgency}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.columns.promised')}>{ticket.promisedDate}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.detail.received')}>
          {shopTime.dateTime(ticket.intakeAt)} · {ticket.intakeStaffName}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.intake.deposit')}>
          {ticket.deposit > 0 ? formatMoney(ticket.deposit, currency) : none}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.detail.passcode')}>
          <Passcode value={ticket.passcode} />
        </Descriptions.Item>
        {ticket.notes ? (
          <Descriptions.Item label={t('tickets.intake.notes')} span="filled">
            <span style={{ whiteSpace: 'pre-wrap' }}>{ticket.notes}</span>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
