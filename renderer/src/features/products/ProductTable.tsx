import { Table, Tag, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import type { ProductListItem } from '@shared/schemas/product';
import type { PolicyRecord } from '@shared/schemas/warranty';
import { useLanguage } from '../../i18n/useLanguage';

export interface ProductTableProps {
  items: ProductListItem[];
  policies: PolicyRecord[];
  loading?: boolean;
  /** Hidden on a customer's own page. */
  showOwner?: boolean;
  emptyText: string;
  label: string;
  size?: 'small' | 'middle';
}

/** Products with their owner and card; a row opens the product. */
export function ProductTable({
  items,
  policies,
  loading,
  showOwner = true,
  emptyText,
  label,
  size = 'middle',
}: ProductTableProps) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const language = useLanguage();
  const navigate = useNavigate();
  const category = (code: string) => policies.find((p) => p.code === code)?.policy.labels[language] ?? code;

  return (
    <div role="region" aria-label={label}>
      <Table<ProductListItem>
        rowKey="id"
        size={size}
        loading={loading}
        dataSource={items}
        pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText }}
        onRow={(row) => ({ onClick: () => void navigate(`/warranty/products/${row.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            key: 'product',
            title: t('products.columns.product'),
            render: (_, p) => (
              <div>
                <Link to={`/warranty/products/${p.id}`} onClick={(e) => e.stopPropagation()}>
                  <Typography.Text strong>{[p.brand, p.model].filter(Boolean).join(' ')}</Typography.Text>
                </Link>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {category(p.category)}
                  </Typography.Text>
                </div>
              </div>
            ),
          },
          {
            key: 'serial',
            title: t('products.columns.serial'),
            render: (_, p) => (p.serial ? <Typography.Text code>{p.serial}</Typography.Text> : t('common.none')),
          },
          ...(showOwner
            ? [
                {
                  key: 'owner',
                  title: t('products.columns.owner'),
                  render: (_: unknown, p: ProductListItem) => (
                    <Link to={`/customers/${p.customerId}`} onClick={(e) => e.stopPropagation()}>
                      {p.customerName}
                    </Link>
                  ),
                },
              ]
            : []),
          {
            key: 'card',
            title: t('products.columns.card'),
            render: (_, p) =>
              p.activeCard ? (
                <Tag color="green" icon={<SafetyCertificateOutlined />}>
                  {p.activeCard.cardNo}
                </Tag>
              ) : (
                <Typography.Text type="secondary">{t('products.noCard')}</Typography.Text>
              ),
          },
          {
            key: 'registered',
            title: t('products.columns.registered'),
            render: (_, p) => shopTime.date(p.createdAt),
          },
        ]}
      />
    </div>
  );
}
