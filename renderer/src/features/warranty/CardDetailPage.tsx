import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined, SearchOutlined, StopOutlined, SwapOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import { monthsText, type CardComponentTerm } from '@shared/warranty';
import type { WarrantyCard } from '@shared/schemas/warranty';
import { formatPhone } from '@shared/text/phone';
import { ApiRequestError, errorText } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useShopToday } from '../../hooks/useShopToday';
import { useCard } from './api';
import { CardStatusTag } from './CardStatusTag';
import { TransferCardModal, VoidCardModal } from './CardActionsModals';
import { WarrantyCardPrint } from './WarrantyCardPrint';

function CardFacts({ card }: { card: WarrantyCard }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Descriptions column={{ xs: 1, md: 2, xl: 3 }} bordered size="small">
      <Descriptions.Item label={t('cards.detail.holder')}>
        <Link to={`/customers/${card.customerId}`}>{card.customerName}</Link>
        {card.customerPhone && <Typography.Text type="secondary"> · {formatPhone(card.customerPhone)}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('cards.detail.product')}>
        <Link to={`/warranty/products/${card.productId}`}>
          {[card.product.brand, card.product.model].filter(Boolean).join(' ')}
        </Link>
        {card.product.serial && <Typography.Text type="secondary"> · {card.product.serial}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('cards.issue.policy')}>{card.policy.labels[language]}</Descriptions.Item>
      <Descriptions.Item label={t('cards.detail.start')}>
        <Typography.Text strong>{card.start.date}</Typography.Text> ({t(`warranty.basis.${card.start.basis}`)})
        {!card.start.proven && (
          <Tag color="orange" style={{ marginLeft: 8 }}>
            {t('cards.issue.unproven')}
          </Tag>
        )}
      </Descriptions.Item>
      <Descriptions.Item label={t('cards.detail.issuedOn')}>{card.issuedOn}</Descriptions.Item>
      {card.notes ? <Descriptions.Item label={t('cards.detail.notes')}>{card.notes}</Descriptions.Item> : null}
    </Descriptions>
  );
}

function Coverage({ card, today }: { card: WarrantyCard; today: string | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table<CardComponentTerm>
      size="small"
      rowKey="component"
      pagination={false}
      dataSource={card.components}
      columns={[
        { key: 'name', title: t('cards.detail.component'), render: (_, c) => c.labels[language] },
        { key: 'term', title: t('cards.detail.term'), render: (_, c) => monthsText(c.termMonths, language) },
        {
          key: 'expiry',
          title: t('cards.detail.expiry'),
          render: (_, c) => (
            <Space>
              <Typography.Text type={today && c.expiry < today ? 'secondary' : undefined} strong={!today || c.expiry >= today}>
                {c.expiry}
              </Typography.Text>
              {c.adjusted && <Tag>{t('cards.detail.adjusted')}</Tag>}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** A warranty card: what it promises, who held it, and print, transfer, void. */
export function CardDetailPage() {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const id = Number(useParams().id);
  const card = useCard(id);
  const today = useShopToday();
  const [dialog, setDialog] = useState<'void' | 'transfer' | null>(null);
  const printing = params.get('print') === '1';
  const setPrinting = (open: boolean) => setParams(open ? { print: '1' } : {}, { replace: true });

  if (card.isPending) return <Skeleton active />;
  if (card.isError) {
    const missing = card.error instanceof ApiRequestError && card.error.error.code === 'not_found';
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('cards.notFound') : errorText(t, card.error)}
        extra={<Button onClick={() => void navigate('/warranty/cards')}>{t('common.back')}</Button>}
      />
    );
  }
  const c = card.data;
  const active = c.status === 'active';
  const expired = !!today && c.components.every((x) => x.expiry < today);
  const list = (items: string[]) => items.join(language === 'en' ? ', ' : '、');

  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)} aria-label={t('common.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('forms.warrantyCard.title')} {c.cardNo}
        </Typography.Title>
        <CardStatusTag status={c.status} expired={expired} />
        <div style={{ flex: 1 }} />
        <Button icon={<SearchOutlined />} onClick={() => void navigate(`/warranty?product=${c.productId}`)}>
          {t('cards.detail.check')}
        </Button>
        {active && (
          <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')}>
            {t('cards.detail.transfer')}
          </Button>
        )}
        {active && (
          <Button danger icon={<StopOutlined />} onClick={() => setDialog('void')}>
            {t('cards.detail.void')}
          </Button>
        )}
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
          {t('cards.detail.print')}
        </Button>
      </div>
      {!active && c.voidedAt !== null && (
        <Alert
          type="error"
          showIcon
          title={t('cards.detail.voided', { date: shopTime.date(c.voidedAt), reason: c.voidReason ?? '' })}
        />
      )}
      <Card>
        <CardFacts card={c} />
      </Card>
      <Card title={t('cards.detail.components')} styles={{ body: { padding: 0 } }}>
        <Coverage card={c} today={today} />
      </Card>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(340px, 1fr))', gap: 16 }}>
        <Card size="small" title={t('cards.detail.neverCovered')}>
          {c.policy.neverCovered.length > 0 ? list(c.policy.neverCovered.map((n) => n.labels[language])) : t('common.none')}
        </Card>
        <Card size="small" title={t('cards.detail.owners')}>
          <Timeline
            items={c.owners.map((o) => ({
              color: o.toDate ? 'gray' : 'green',
              content: (
                <span>
                  <Link to={`/customers/${o.customerId}`}>{o.customerName}</Link>{' '}
                  <Typography.Text type="secondary">
                    {o.fromDate} – {o.toDate ?? t('cards.detail.current')}
                    {o.note ? ` · ${o.note}` : ''}
                  </Typography.Text>
                </span>
              ),
            }))}
          />
        </Card>
        <Card size="small" title={t('cards.detail.exclusions')}>
          <ol style={{ margin: 0, paddingInlineStart: 20 }}>
            {c.policy.exclusions.map((code) => (
              <li key={code}>{t(`warranty.exclusions.${code}`)}</li>
            ))}
          </ol>
        </Card>
        {c.terms[language] && (
          <Card size="small" title={t('cards.detail.terms')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{c.terms[language]}</Typography.Paragraph>
          </Card>
        )}
      </div>
      <VoidCardModal open={dialog === 'void'} card={c} onClose={() => setDialog(null)} />
      <TransferCardModal open={dialog === 'transfer'} card={c} onClose={() => setDialog(null)} />
      <WarrantyCardPrint card={c} open={printing} onClose={() => setPrinting(false)} />
    </Space>
  );
}
