import { useState } from 'react';
import { Button, Card, Descriptions, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import type { Product } from '@shared/schemas/product';
import { ApiRequestError, errorText } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useShopToday } from '../../hooks/useShopToday';
import { useCards, usePolicies } from '../warranty/api';
import { CardTable } from '../warranty/CardTable';
import { IssueCardModal } from '../warranty/IssueCardModal';
import { ProductFormModal } from './ProductFormModal';
import { useProduct } from './api';
import { TicketTable } from '../tickets/TicketTable';

function ProductFacts({ product, categoryLabel }: { product: Product; categoryLabel: string }) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const none = t('common.none');
  const proof = product.proofKind
    ? [t(`warranty.proofKinds.${product.proofKind}`), product.proofNo].filter(Boolean).join(' ')
    : t('warranty.noProof');
  return (
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} bordered size="small">
      <Descriptions.Item label={t('products.fields.customer')}>
        <Link to={`/customers/${product.customerId}`}>{product.customerName}</Link>
      </Descriptions.Item>
      <Descriptions.Item label={t('products.fields.category')}>{categoryLabel}</Descriptions.Item>
      <Descriptions.Item label={t('products.fields.serial')}>
        {product.serial ? <Typography.Text copyable>{product.serial}</Typography.Text> : none}
      </Descriptions.Item>
      <Descriptions.Item label={t('products.fields.productionDate')}>{product.productionDate ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('products.fields.saleDate')}>
        {product.saleDate ?? none}
        {product.preOrder && (
          <Tag color="blue" style={{ marginInlineStart: 8 }} title={t('products.fields.preOrderHelp')}>
            {t('products.fields.preOrder')}
          </Tag>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('products.fields.deliveryDate')}>{product.deliveryDate ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('products.fields.acceptanceDate')}>{product.acceptanceDate ?? none}</Descriptions.Item>
      <Descriptions.Item label={t('products.fields.proofKind')}>{proof}</Descriptions.Item>
      <Descriptions.Item label={t('common.createdAt')}>{shopTime.dateTime(product.createdAt)}</Descriptions.Item>
      {product.notes ? (
        <Descriptions.Item label={t('products.fields.notes')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{product.notes}</span>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** A product: its facts, its warranty cards, and its repair tickets. */
export function ProductDetailPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const product = useProduct(id);
  const cards = useCards({ productId: id });
  const policies = usePolicies();
  const today = useShopToday();
  const [editing, setEditing] = useState(false);
  const [issuing, setIssuing] = useState(false);

  if (product.isPending) return <Skeleton active />;
  if (product.isError) {
    const missing = product.error instanceof ApiRequestError && product.error.error.code === 'not_found';
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('products.notFound') : errorText(t, product.error)}
        extra={<Button onClick={() => void navigate('/warranty/products')}>{t('common.back')}</Button>}
      />
    );
  }
  const p = product.data;
  const active = cards.data?.find((c) => c.status === 'active');
  const categoryLabel = policies.data?.find((x) => x.code === p.category)?.policy.labels[language] ?? p.category;

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} aria-label={t('common.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {[p.brand, p.model].filter(Boolean).join(' ')}
        </Typography.Title>
        {p.serial && <Typography.Text code>{p.serial}</Typography.Text>}
        <div style={{ flex: 1 }} />
        <Button icon={<SearchOutlined />} onClick={() => void navigate(`/warranty?product=${p.id}`)}>
          {t('products.detail.checkWarranty')}
        </Button>
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('common.edit')}
        </Button>
        {!active && cards.data && (
          <Button type="primary" icon={<SafetyCertificateOutlined />} onClick={() => setIssuing(true)}>
            {t('products.detail.issueCard')}
          </Button>
        )}
      </div>
      <Card title={t('products.detail.info')}>
        <ProductFacts product={p} categoryLabel={categoryLabel} />
      </Card>
      <Card title={t('products.detail.cards')} styles={{ body: { padding: 0 } }}>
        <CardTable
          label={t('products.detail.cards')}
          items={cards.data ?? []}
          loading={cards.isPending}
          showProduct={false}
          today={today}
          emptyText={t('products.detail.noCards')}
        />
      </Card>
      <Card title={t('products.detail.tickets')} styles={{ body: { padding: 0 } }}>
        <TicketTable productId={p.id} label={t('products.detail.tickets')} />
      </Card>
      <ProductFormModal
        open={editing}
        product={p}
        ownerLocked={!!active}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
      />
      <IssueCardModal
        open={issuing}
        product={p}
        onClose={() => setIssuing(false)}
        onIssued={(card) => {
          setIssuing(false);
          void navigate(`/warranty/cards/${card.id}?print=1`);
        }}
      />
    </Space>
  );
}
