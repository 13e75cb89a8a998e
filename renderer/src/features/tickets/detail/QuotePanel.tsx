import { useState } from 'react';
import { App, Button, Card, Empty, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../../hooks/useShopTime';
import { formatAmount, formatQuantity } from '@shared/money';
import { DECISION_METHODS, type DecisionMethod } from '@shared/tickets/intake';
import type { Quote, QuoteDecision, QuoteStatus } from '@shared/schemas/quote';
import type { Ticket } from '@shared/schemas/ticket-types';
import type { LineKind } from '@shared/quotes/totals';
import { errorText } from '../../../api/client';
import { useCurrentStaff } from '../../staff/api';
import { useTicketCommand } from '../api';
import { QuoteTotalsView } from './QuoteTotalsView';

const STATUS_COLOR: Record<QuoteStatus, string> = { issued: 'gold', approved: 'green', declined: 'red', superseded: 'default' };

/** The customer's answer: approved or declined, and how it was given (declining needs the reason). */
export function DecideModal({ quote, decision, onClose }: { quote: Quote; decision: QuoteDecision; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const decide = useTicketCommand('quotes.decide');
  const [method, setMethod] = useState<DecisionMethod>('in_person');
  const [note, setNote] = useState('');
  const needsNote = decision === 'declined';
  return (
    <Modal
      open
      title={t(`quotes.decide.${decision}`, { version: quote.version })}
      okText={t('tickets.actions.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !staff || (needsNote && !note.trim()), danger: decision === 'declined' }}
      confirmLoading={decide.isPending}
      onCancel={onClose}
      onOk={() =>
        staff &&
        decide.mutate(
          { quoteId: quote.id, staffId: staff.id, decision, method, note },
          { onSuccess: onClose, onError: (error) => void message.error(errorText(t, error)) },
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text>{t('quotes.decide.how')}</Typography.Text>
        <Radio.Group
          aria-label={t('quotes.decide.how')}
          value={method}
          onChange={(e) => setMethod(e.target.value as DecisionMethod)}
          options={DECISION_METHODS.map((m) => ({ value: m, label: t(`tickets.decisionMethods.${m}`) }))}
        />
        <Input.TextArea
          aria-label={t(needsNote ? 'quotes.decide.reason' : 'tickets.actions.note')}
          placeholder={t(needsNote ? 'quotes.decide.reason' : 'tickets.actions.noteOptional')}
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </Space>
    </Modal>
  );
}

function QuoteVersion({ quote, ticket, onPrint }: { quote: Quote; ticket: Ticket; onPrint: (quoteId: number) => void }) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const [decision, setDecision] = useState<QuoteDecision | null>(null);
  const awaiting = quote.status === 'issued' && ticket.status === 'quoted' && ticket.quotes[0]?.id === quote.id;
  const rows = quote.totals.lines.map((l, i) => ({ ...l, key: i }));
  return (
    <section aria-label={t('quotes.version', { version: quote.version })}>
      <Space wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('quotes.version', { version: quote.version })}</Typography.Text>
        <Tag color={STATUS_COLOR[quote.status]}>{t(`quotes.status.${quote.status}`)}</Tag>
        <Typography.Text type="secondary">
          {shopTime.dateTime(quote.issuedAt)} · {quote.issuedBy}
        </Typography.Text>
        {quote.decidedAt && quote.decisionMethod && (
          <Typography.Text type="secondary">
            {t('quotes.decidedBy', {
              date: shopTime.dateTime(quote.decidedAt),
              method: t(`tickets.decisionMethods.${quote.decisionMethod}`),
              name: quote.decidedBy ?? '',
            })}
          </Typography.Text>
        )}
        <Button size="small" icon={<PrinterOutlined />} onClick={() => onPrint(quote.id)}>
          {t('tickets.print.quote')}
        </Button>
      </Space>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('quotes.kind'), dataIndex: 'kind', render: (k: LineKind) => t(`quotes.lineKinds.${k}`) },
          { title: t('quotes.description'), dataIndex: 'description' },
          { title: t('quotes.quantity'), dataIndex: 'quantity', align: 'right', render: (q: number) => formatQuantity(q) },
          {
            title: t('quotes.unitPrice'),
            dataIndex: 'unitPrice',
            align: 'right',
            render: (p: number) => formatAmount(p, quote.currency),
          },
          {
            title: t('quotes.amount'),
            key: 'amount',
            align: 'right',
            render: (_: unknown, l) => (l.free ? t('quotes.totals.free') : formatAmount(l.charged, quote.currency)),
          },
        ]}
      />
      <div style={{ marginTop: 8 }}>
        <QuoteTotalsView totals={quote.totals} tax={quote.tax} currency={quote.currency} />
      </div>
      {quote.decisionNote && <Typography.Paragraph>{quote.decisionNote}</Typography.Paragraph>}
      {awaiting && (
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" icon={<CheckOutlined />} onClick={() => setDecision('approved')}>
            {t('quotes.approve')}
          </Button>
          <Button danger icon={<CloseOutlined />} onClick={() => setDecision('declined')}>
            {t('quotes.decline')}
          </Button>
        </Space>
      )}
      {decision && <DecideModal quote={quote} decision={decision} onClose={() => setDecision(null)} />}
    </section>
  );
}

/** Every version of the quote, newest first; the customer answers the latest one. */
export function QuotePanel({ ticket, onPrint }: { ticket: Ticket; onPrint: (quoteId: number) => void }) {
  const { t } = useTranslation();
  return (
    <Card title={t('quotes.title')} size="small">
      {ticket.quotes.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(ticket.inWarranty ? 'quotes.noneInWarranty' : 'quotes.none')}
        />
      ) : (
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          {ticket.quotes.map((q) => (
            <QuoteVersion key={q.id} quote={q} ticket={ticket} onPrint={onPrint} />
          ))}
        </Space>
      )}
    </Card>
  );
}
