import { useState } from 'react';
import { Alert, Button, Card, Empty, Input, List, Skeleton, Space, Tag, Typography } from 'antd';
import { PlusOutlined, SafetyCertificateOutlined, ScanOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { WarrantyLookupItem } from '@shared/schemas/warranty';
import { errorText } from '../../api/client';
import { useWarrantyLookup } from './api';
import { AssessmentPanel } from './AssessmentPanel';

function MatchList({ items, onChoose }: { items: WarrantyLookupItem[]; onChoose: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <List
      bordered
      dataSource={items}
      renderItem={(i) => (
        <List.Item
          style={{ cursor: 'pointer' }}
          onClick={() => onChoose(i.product.id)}
          actions={[
            <Button key="open" type="link" onClick={() => onChoose(i.product.id)}>
              {t('warranty.tabs.check')}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={[i.product.brand, i.product.model].filter(Boolean).join(' ')}
            description={
              <Space wrap size={4}>
                {i.product.serial && <Typography.Text code>{i.product.serial}</Typography.Text>}
                <span>{i.product.customerName}</span>
                {i.card && (
                  <Tag color="green" icon={<SafetyCertificateOutlined />}>
                    {i.card.cardNo}
                  </Tag>
                )}
                <Tag>{t(`warranty.check.matchedBy.${i.matchedBy}`)}</Tag>
              </Space>
            }
          />
        </List.Item>
      )}
    />
  );
}

/**
 * The counter's first question: scan or type a serial, a card number or the customer's phone,
 * and see at once what is free and why.
 */
export function CheckWarrantyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const productParam = Number(params.get('product'));
  const productId = Number.isSafeInteger(productParam) && productParam > 0 ? productParam : null;
  const [text, setText] = useState(q);
  const [chosen, setChosen] = useState<number | null>(null);
  const lookup = useWarrantyLookup({ q, productId });
  // The box follows the address (back/forward, a link with ?q=): adjusted while rendering.
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setText(q);
  }

  const items = lookup.data?.items ?? [];
  const selected = items.length === 1 ? items[0] : items.find((i) => i.product.id === chosen);
  const search = (value: string) => {
    setChosen(null);
    setParams(value.trim() ? { q: value.trim() } : {});
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Input.Search
          size="large"
          autoFocus
          aria-label={t('warranty.check.inputLabel')}
          placeholder={t('warranty.check.placeholder')}
          prefix={<ScanOutlined />}
          enterButton={t('warranty.tabs.check')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onFocus={(e) => e.target.select()}
          onSearch={search}
          loading={lookup.isFetching}
          allowClear
        />
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
          {t('warranty.check.hint')}
        </Typography.Text>
      </Card>
      {lookup.isError && <Alert type="error" showIcon title={errorText(t, lookup.error)} />}
      {lookup.isPending && lookup.fetchStatus === 'fetching' && <Skeleton active />}
      {lookup.data && items.length === 0 && (
        <Empty description={t('warranty.check.noMatch', { q: lookup.data.q })}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/warranty/products?new=1')}>
            {t('warranty.check.registerProduct')}
          </Button>
        </Empty>
      )}
      {items.length > 1 && !selected && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>{t('warranty.check.choose', { count: items.length })}</Typography.Text>
          {lookup.data?.truncated && (
            <Alert type="info" showIcon title={t('warranty.check.truncated', { count: items.length })} />
          )}
          <MatchList items={items} onChoose={setChosen} />
        </Space>
      )}
      {selected && lookup.data && (
        <>
          {items.length > 1 && (
            <Button type="link" style={{ padding: 0 }} onClick={() => setChosen(null)}>
              {t('warranty.check.choose', { count: items.length })}
            </Button>
          )}
          <AssessmentPanel key={selected.product.id} item={selected} assessmentDate={lookup.data.assessmentDate} />
        </>
      )}
    </Space>
  );
}
