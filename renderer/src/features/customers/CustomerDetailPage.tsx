import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import { useCustomer } from './api';
import { CustomerFormModal } from './CustomerFormModal';
import { formatPhone } from '@shared/text/phone';
import { ApiRequestError, errorText } from '../../api/client';
import { useHotkey } from '../../hooks/useHotkey';
import { useShopToday } from '../../hooks/useShopToday';
import { useProducts } from '../products/api';
import { ProductTable } from '../products/ProductTable';
import { ProductFormModal } from '../products/ProductFormModal';
import { useCards, usePolicies } from '../warranty/api';
import { CardTable } from '../warranty/CardTable';
import { TicketTable } from '../tickets/TicketTable';

export function CustomerDetailPage() {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const customer = useCustomer(id);
  const [editing, setEditing] = useState(false);
  const [addingProduct, setAddingProduct] = useState(false);
  const products = useProducts({ customerId: id });
  const cards = useCards({ customerId: id });
  const policies = usePolicies();
  const today = useShopToday();

  useHotkey({ key: 'e', alt: true }, () => setEditing(true));

  if (customer.isPending) return <Skeleton active />;
  if (customer.isError) {
    const missing = customer.error instanceof ApiRequestError && customer.error.error.code === 'not_found';
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('customers.notFound') : errorText(t, customer.error)}
        extra={<Button onClick={() => void navigate('/customers')}>{t('common.back')}</Button>}
      />
    );
  }
  const c = customer.data;
  const later = [{ key: 'payments', title: t('customers.detail.payments'), empty: t('customers.detail.noPayments') }];

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/customers')} aria-label={t('common.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {c.name}
        </Typography.Title>
        {c.consentToContact && <Tag color="green">{t('customers.fields.consentShort')}</Tag>}
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)} title="Alt+E">
          {t('common.edit')}
        </Button>
      </Space>
      <Card title={t('customers.detail.contact')}>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('customers.fields.phones')}>
            <Space orientation="vertical" size={2}>
              {c.phones.map((p) => (
                <span key={p.number}>
                  {formatPhone(p.number)}{' '}
                  <Typography.Text type="secondary">({t(`customers.phoneLabels.${p.label}`)})</Typography.Text>
                </span>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.email')}>{c.email || t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.address')}>{c.address || t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('customers.fields.notes')}>
            <span style={{ whiteSpace: 'pre-wrap' }}>{c.notes || t('common.none')}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('common.createdAt')}>{shopTime.dateTime(c.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('common.updatedAt')}>{shopTime.dateTime(c.updatedAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('customers.detail.history')}
      </Typography.Title>
      <Card
        title={t('customers.detail.tickets')}
        styles={{ body: { padding: 0 } }}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => void navigate('/tickets/new')}>
            {t('tickets.new')}
          </Button>
        }
      >
        <TicketTable customerId={c.id} label={t('customers.detail.tickets')} />
      </Card>
      <Card
        title={t('customers.detail.products')}
        styles={{ body: { padding: 0 } }}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setAddingProduct(true)}>
            {t('customers.detail.addProduct')}
          </Button>
        }
      >
        <ProductTable
          label={t('customers.detail.products')}
          items={products.data ?? []}
          policies={policies.data ?? []}
          loading={products.isPending}
          showOwner={false}
          size="small"
          emptyText={t('customers.detail.noProducts')}
        />
      </Card>
      <Card title={t('customers.detail.warrantyCards')} styles={{ body: { padding: 0 } }}>
        <CardTable
          label={t('customers.detail.warrantyCards')}
          items={cards.data ?? []}
          loading={cards.isPending}
          showHolder={false}
          size="small"
          today={today}
          emptyText={t('customers.detail.noCards')}
        />
      </Card>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 16 }}>
        {later.map((h) => (
          <Card key={h.key} title={h.title} size="small">
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={h.empty} />
          </Card>
        ))}
      </div>
      <CustomerFormModal open={editing} customer={c} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      <ProductFormModal
        open={addingProduct}
        customer={{ id: c.id, name: c.name }}
        onClose={() => setAddingProduct(false)}
        onSaved={(p) => {
          setAddingProduct(false);
          void navigate(`/warranty/products/${p.id}`);
        }}
      />
    </Space>
  );
}
