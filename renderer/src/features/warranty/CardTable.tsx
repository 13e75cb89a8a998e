import { Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { WarrantyCardListItem } from '@shared/schemas/warranty';
import { CardStatusTag } from './CardStatusTag';

export interface CardTableProps {
  items: WarrantyCardListItem[];
  loading?: boolean;
  showHolder?: boolean;
  showProduct?: boolean;
  emptyText: string;
  label: string;
  /** The shop's today: cards whose every term has ended are marked. */
  today: string | null;
  size?: 'small' | 'middle';
}

/** Warranty cards, newest and in force first; a row opens the card. */
export function CardTable({
  items,
  loading,
  showHolder = true,
  showProduct = true,
  emptyText,
  label,
  today,
  size = 'middle',
}: CardTableProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div role="region" aria-label={label}>
      <Table<WarrantyCardListItem>
        rowKey="id"
        size={size}
        loading={loading}
        dataSource={items}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText }}
        onRow={(row) => ({ onClick: () => void navigate(`/warranty/cards/${row.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'cardNo',
            title: t('cards.columns.cardNo'),
            render: (_, c) => (
              <Link to={`/warranty/cards/${c.id}`} onClick={(e) => e.stopPropagation()}>
                <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
                  {c.cardNo}
                </Typography.Text>
              </Link>
            ),
          },
          ...(showProduct
            ? [
                {
                  key: 'product',
                  title: t('cards.columns.product'),
                  render: (_: unknown, c: WarrantyCardListItem) => (
                    <div>
                      <div>{[c.brand, c.model].filter(Boolean).join(' ')}</div>
                      {c.serial && (
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {c.serial}
                        </Typography.Text>
                      )}
                    </div>
                  ),
                },
              ]
            : []),
          ...(showHolder
            ? [
                {
                  key: 'holder',
                  title: t('cards.columns.holder'),
                  render: (_: unknown, c: WarrantyCardListItem) => (
                    <Link to={`/customers/${c.customerId}`} onClick={(e) => e.stopPropagation()}>
                      {c.customerName}
                    </Link>
                  ),
                },
              ]
            : []),
          { key: 'start', title: t('cards.columns.start'), dataIndex: 'startDate' },
          {
            key: 'expiry',
            title: t('cards.columns.expiry'),
            render: (_, c) => (
              <Typography.Text type={today && c.lastExpiry < today ? 'secondary' : undefined}>{c.lastExpiry}</Typography.Text>
            ),
          },
          {
            key: 'status',
            title: t('cards.columns.status'),
            render: (_, c) => <CardStatusTag status={c.status} expired={!!today && c.lastExpiry < today} />,
          },
        ]}
      />
    </div>
  );
}
