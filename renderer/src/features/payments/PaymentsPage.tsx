import { useState } from 'react';
import { Button, Card, Input, Space, Table, Tag, Typography } from 'antd';
import { PrinterOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '@shared/money';
import type { ReceiptListItem } from '@shared/schemas/payment-types';
import { useDebounced } from '../../hooks/useDebounced';
import { useShopTime } from '../../hooks/useShopTime';
import { NeedStaff } from '../staff/NeedStaff';
import { useSettings } from '../settings/api';
import { useCurrentStaff } from '../staff/api';
import { useReceipt, useReceiptList } from './api';
import { CounterSaleDialog } from './CounterSaleDialog';
import { DayClosePanel } from './DayClosePanel';
import { ReceiptView } from './ReceiptView';

/** The receipts and credit notes of a list, newest first; a row opens the receipt. */
export function ReceiptTable({
  items,
  onOpen,
  onPrintCreditNote,
  loading,
}: {
  items: ReceiptListItem[];
  onOpen: (id: number) => void;
  /** A credit note's row offers printing it (its receipt id, its own id). */
  onPrintCreditNote?: (receiptId: number, creditNoteId: number) => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  return (
    <Table<ReceiptListItem>
      size="small"
      rowKey={(r) => `${r.kind}-${r.id}`}
      loading={loading}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: t('payments.noReceipts') }}
      onRow={(r) => ({ onClick: () => onOpen(r.receiptId), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('payments.columns.number'),
          render: (_, r) => (
            <Space>
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={(e) => {
                  // The row opens it too: once is enough.
                  e.stopPropagation();
                  onOpen(r.receiptId);
                }}
              >
                {r.number}
              </Button>
              {r.kind === 'credit_note' && <Tag>{t('payments.kinds.credit_note')}</Tag>}
              {r.kind === 'credit_note' && onPrintCreditNote && (
                <Button
                  size="small"
                  icon={<PrinterOutlined />}
                  aria-label={t('payments.receipt.printCreditNote', { creditNo: r.number })}
                  title={t('payments.receipt.printCreditNote', { creditNo: r.number })}
                  onClick={(e) => {
                    e.stopPropagation();
                    onPrintCreditNote(r.receiptId, r.id);
                  }}
                />
              )}
              {r.void && <Tag color="red">{t('payments.voidTag')}</Tag>}
              {r.invoiceNo && <Tag color="blue">{t('payments.invoice.foundBy', { number: r.invoiceNo })}</Tag>}
            </Space>
          ),
        },
        { title: t('payments.columns.time'), render: (_, r) => shopTime.dateTime(r.issuedAt) },
        {
          title: t('payments.columns.ticket'),
          render: (_, r) => [r.ticketNo, r.purpose ? t(`payments.purposes.${r.purpose}`) : ''].filter(Boolean).join(' · '),
        },
        { title: t('payments.columns.customer'), render: (_, r) => r.customerName ?? '' },
        { title: t('payments.columns.methods'), render: (_, r) => r.methods.map((m) => t(`payments.methods.${m}`)).join(' + ') },
        {
          title: t('payments.columns.amount'),
          align: 'right',
          render: (_, r) => (
            <Typography.Text delete={r.void} type={r.amount < 0 ? 'danger' : undefined}>
              {formatMoney(r.amount, r.currency)}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}

/** Payments: today's receipts, finding one by number, the day close. */
export function PaymentsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState('');
  const query = useDebounced(q.trim(), 200);
  const list = useReceiptList({ q: query });
  const settings = useSettings();
  const staff = useCurrentStaff();
  const [selling, setSelling] = useState(false);
  // Just issued (not a reprint): the copy prints without the REPRINT mark.
  const [fresh, setFresh] = useState<number | null>(null);
  const openId = Number(params.get('receipt')) || null;
  const creditNoteId = Number(params.get('creditNote')) || null;
  const open = useReceipt(openId);
  const setOpen = (id: number | null, creditNote: number | null = null) =>
    setParams(id ? { receipt: String(id), ...(creditNote ? { creditNote: String(creditNote) } : {}) } : {}, { replace: true });
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('payments.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<ShoppingCartOutlined />}
          disabled={!staff || !settings.data}
          onClick={() => setSelling(true)}
        >
          {t('payments.counterSale')}
        </Button>
      </Space>
      <NeedStaff />
      <Card
        size="small"
        title={query ? t('payments.searchLabel') : t('payments.today')}
        extra={
          <Input.Search
            allowClear
            aria-label={t('payments.searchLabel')}
            placeholder={t('payments.searchPlaceholder')}
            value={q}
            onChange={(e) => setQ(e.target.value)}
            style={{ width: 260 }}
          />
        }
      >
        <section aria-label={query ? t('payments.searchLabel') : t('payments.today')}>
          {query && list.data?.length === 0 ? (
            <Typography.Text type="secondary">{t('payments.noMatch', { q: query })}</Typography.Text>
          ) : (
            <ReceiptTable
              items={list.data ?? []}
              loading={list.isPending}
              onOpen={(id) => setOpen(id)}
              onPrintCreditNote={(id, creditNote) => setOpen(id, creditNote)}
            />
          )}
        </section>
      </Card>
      <DayClosePanel />
      {selling && settings.data && (
        <CounterSaleDialog
          currency={settings.data.shop.currency}
          tax={settings.data.tax}
          onClose={() => setSelling(false)}
          onIssued={(receipt) => {
            setSelling(false);
            setFresh(receipt.id);
            setOpen(receipt.id);
          }}
        />
      )}
      {open.data && (
        <ReceiptView
          key={`${open.data.id}-${creditNoteId ?? ''}`}
          receipt={open.data}
          reprint={fresh !== open.data.id}
          creditNoteId={creditNoteId}
          onClose={() => {
            setFresh(null);
            setOpen(null);
          }}
        />
      )}
    </Space>
  );
}
