import { Table } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import type { TicketListItem } from '@shared/schemas/ticket-types';
import { faultSummary } from './TicketList';
import { FlagTags, StatusTag } from './TicketTags';
import { useTicketList } from './api';

/** A customer's or a product's tickets, newest first (their history on those pages). */
export function TicketTable({ customerId, productId, label }: { customerId?: number; productId?: number; label: string }) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const navigate = useNavigate();
  const list = useTicketList({ customerId: customerId ?? null, productId: productId ?? null, limit: 50 });
  return (
    <Table<TicketListItem>
      aria-label={label}
      rowKey="id"
      size="small"
      loading={list.isPending}
      dataSource={list.data?.items ?? []}
      pagination={false}
      locale={{ emptyText: t('tickets.none') }}
      onRow={(r) => ({ onClick: () => void navigate(`/tickets/${r.id}`), style: { cursor: 'pointer' } })}
      columns={[
        { title: t('tickets.columns.ticketNo'), dataIndex: 'ticketNo' },
        { title: t('tickets.columns.received'), dataIndex: 'intakeAt', render: (v: number) => shopTime.date(v) },
        ...(productId ? [] : [{ title: t('tickets.columns.device'), dataIndex: 'productName' }]),
        { title: t('tickets.columns.fault'), key: 'fault', render: (_: unknown, r: TicketListItem) => faultSummary(r, t) },
        {
          title: t('tickets.columns.status'),
          key: 'status',
          render: (_: unknown, r: TicketListItem) => (
            <>
              <StatusTag status={r.status} />
              <FlagTags flags={r.flags} />
            </>
          ),
        },
      ]}
    />
  );
}
