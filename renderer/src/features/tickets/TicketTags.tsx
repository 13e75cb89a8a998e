import { Space, Tag } from 'antd';
import { ClockCircleOutlined, HourglassOutlined, InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '@shared/tickets/status';
import type { TicketFlag } from '@shared/tickets/flags';

const STATUS_COLOR: Record<TicketStatus, string> = {
  received: 'default',
  diagnosing: 'processing',
  quoted: 'gold',
  approved: 'cyan',
  in_repair: 'blue',
  waiting_parts: 'purple',
  ready: 'green',
  collected: 'default',
  declined: 'volcano',
  returned_unrepaired: 'default',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`tickets.status.${status}`)}</Tag>;
}

const FLAG_ICON: Record<TicketFlag, React.ReactNode> = {
  overdue: <ClockCircleOutlined />,
  awaitingApproval: <HourglassOutlined />,
  uncollected: <InboxOutlined />,
};

/** The flags that make a ticket stand out in a queue: overdue, waiting for approval, not collected. */
export function FlagTags({ flags }: { flags: readonly TicketFlag[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <Space size={2} wrap>
      {flags.map((f) => (
        <Tag key={f} color="red" icon={FLAG_ICON[f]} style={{ marginInlineEnd: 0 }}>
          {t(`tickets.flags.${f}`)}
        </Tag>
      ))}
    </Space>
  );
}

export function WarrantyTag({ inWarranty }: { inWarranty: boolean }) {
  const { t } = useTranslation();
  return <Tag color={inWarranty ? 'success' : 'warning'}>{t(inWarranty ? 'tickets.inWarranty' : 'tickets.paid')}</Tag>;
}
