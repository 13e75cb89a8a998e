import { useState } from 'react';
import { Button, Card, Col, Descriptions, Dropdown, Result, Row, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import { TICKET_FORMS, type TicketForm } from '@shared/schemas/ticket';
import type { Ticket } from '@shared/schemas/ticket-types';
import { findComponent, findNeverCovered, type WarrantyPolicy } from '@shared/warranty';
import { ApiRequestError, errorText } from '../../api/client';
import { useLanguage } from '../../i18n/useLanguage';
import { useSettings } from '../settings/api';
import { NeedStaff } from '../staff/NeedStaff';
import { useWarrantyLookup } from '../warranty/api';
import { useTicket } from './api';
import { AssessmentCard } from './detail/AssessmentCard';
import { PickupDialog } from './detail/PickupDialog';
import { QuoteEditor } from './detail/QuoteEditor';
import { QuotePanel } from './detail/QuotePanel';
import { TicketActions } from './detail/TicketActions';
import { TicketOverview } from './detail/TicketOverview';
import { TicketPrint } from './detail/TicketPrint';
import { TicketTimeline } from './detail/TicketTimeline';
import { WorkPanel } from './detail/WorkPanel';
import { FlagTags, StatusTag, WarrantyTag } from './TicketTags';
import { TicketPaymentsCard } from '../payments/TicketPaymentsCard';

const isForm = (v: string | null): v is TicketForm => (TICKET_FORMS as readonly (string | null)[]).includes(v);

function PickupCard({ ticket, policy }: { ticket: Ticket; policy: WarrantyPolicy | undefined }) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const language = useLanguage();
  const p = ticket.pickup;
  if (!p) return null;
  const label = (code: string) =>
    (policy && (findComponent(policy, code) ?? findNeverCovered(policy, code))?.labels[language]) ?? code;
  return (
    <Card title={t('tickets.pickup.card')} size="small">
      <Descriptions size="small" column={{ xs: 1, lg: 2 }} bordered>
        <Descriptions.Item label={t('tickets.pickup.collectedBy')}>{p.collectedBy}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.pickup.when')}>
          {shopTime.dateTime(p.at)} · {p.staffName}
        </Descriptions.Item>
        <Descriptions.Item label={t('tickets.pickup.resolution')}>{t(`tickets.resolutions.${p.resolution}`)}</Descriptions.Item>
        <Descriptions.Item label={t('tickets.pickup.satisfaction')}>
          {p.satisfaction ? t('tickets.pickup.ratingSummary', { ...p.satisfaction }) : t('tickets.pickup.skipped')}
        </Descriptions.Item>
        {ticket.repairWarranties.map((w) => (
          <Descriptions.Item key={w.id} label={t('tickets.pickup.repairWarranty')} span="filled">
            {t('tickets.pickup.warrantyLine', { component: label(w.component), until: w.faultUntil })}
            {w.partsUntil && ` · ${t('tickets.pickup.partsLine', { until: w.partsUntil })}`}
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

/** One repair ticket: status and flags, the next steps, intake, warranty, work, quotes, timeline. */
export function TicketPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const ticket = useTicket(id);
  const settings = useSettings();
  const device = useWarrantyLookup({ q: '', productId: ticket.data?.productId ?? null });
  const [quoting, setQuoting] = useState(false);
  const [pickingUp, setPickingUp] = useState(false);
  const [quoteId, setQuoteId] = useState<number | null>(null);
  const printParam = params.get('print');
  const printing = isForm(printParam) ? printParam : null;
  const print = (form: TicketForm | null) => setParams(form ? { print: form } : {}, { replace: true });

  if (ticket.isPending) return <Skeleton active />;
  if (ticket.isError) {
    const missing = ticket.error instanceof ApiRequestError && ticket.error.error.code === 'not_found';
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={missing ? t('tickets.notFound') : errorText(t, ticket.error)}
        extra={<Button onClick={() => void navigate('/tickets')}>{t('common.back')}</Button>}
      />
    );
  }
  const tk = ticket.data;
  const item = device.data?.items[0];
  const currency = settings.data?.shop.currency ?? 'CNY';
  const printable = TICKET_FORMS.filter((f) => f !== 'quote' || tk.quotes.length > 0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/tickets')} aria-label={t('common.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tickets.detail.heading', { ticketNo: tk.ticketNo })}
        </Typography.Title>
        <StatusTag status={tk.status} />
        <WarrantyTag inWarranty={tk.inWarranty} />
        <FlagTags flags={tk.flags} />
      </div>
      <NeedStaff />
      <div style={{ display: 'flex', gap: 12, alignItems: 'flex-start' }}>
        <div style={{ flex: 1 }}>
          <TicketActions ticket={tk} onQuote={() => setQuoting(true)} onPickup={() => setPickingUp(true)} />
        </div>
        <Dropdown
          menu={{
            items: printable.map((f) => ({ key: f, label: t(`tickets.print.${f}`) })),
            onClick: ({ key }) => {
              setQuoteId(null);
              print(key as TicketForm);
            },
          }}
        >
          <Button icon={<PrinterOutlined />}>
            {t('tickets.print.button')} <DownOutlined />
          </Button>
        </Dropdown>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <TicketOverview ticket={tk} currency={currency} />
            <TicketPaymentsCard ticket={tk} currency={currency} />
            <AssessmentCard ticket={tk} device={item} />
            <WorkPanel key={`${tk.id}-${tk.events.length}`} ticket={tk} policy={item?.context.policy} />
            <QuotePanel
              ticket={tk}
              onPrint={(qid) => {
                setQuoteId(qid);
                print('quote');
              }}
            />
            <PickupCard ticket={tk} policy={item?.context.policy} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <TicketTimeline events={tk.events} />
        </Col>
      </Row>
      {quoting && settings.data && (
        <QuoteEditor ticket={tk} tax={settings.data.tax} currency={currency} onClose={() => setQuoting(false)} />
      )}
      {pickingUp && <PickupDialog ticket={tk} currency={currency} onClose={() => setPickingUp(false)} />}
      {printing && (
        <TicketPrint ticket={tk} form={printing} quoteId={quoteId} onForm={(f) => print(f)} onClose={() => print(null)} />
      )}
    </Space>
  );
}
