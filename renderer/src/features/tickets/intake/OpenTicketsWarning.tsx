import { Alert, Checkbox, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OpenTicketRef } from '@shared/schemas/ticket-types';
import { StatusTag } from '../TicketTags';

interface Props {
  tickets: OpenTicketRef[];
  allow: boolean;
  onAllow: (allow: boolean) => void;
  /** Shown when saving without looking: the ticket is not made until the box is ticked. */
  error?: string;
}

/**
 * The device scanned is already in the shop: a second ticket for it is usually a mistake (the
 * customer came to ask about the first one). Link to the open ticket; a second one only on purpose.
 */
export function OpenTicketsWarning({ tickets, allow, onAllow, error }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      type={error ? 'error' : 'warning'}
      showIcon
      style={{ marginTop: 12 }}
      title={
        <Space wrap>
          <span>{t('tickets.intake.openTickets')}</span>
          {tickets.map((ticket) => (
            <Space key={ticket.id} size={4}>
              <Link to={`/tickets/${ticket.id}`}>{ticket.ticketNo}</Link>
              <StatusTag status={ticket.status} />
            </Space>
          ))}
        </Space>
      }
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text type="secondary">{t('tickets.intake.openTicketsHint')}</Typography.Text>
          <Checkbox checked={allow} onChange={(e) => onAllow(e.target.checked)}>
            {t('tickets.intake.allowOpenTicket')}
          </Checkbox>
          {error && (
            <Typography.Text type="danger" role="alert">
              {error}
            </Typography.Text>
          )}
        </Space>
      }
    />
  );
}
