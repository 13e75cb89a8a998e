import { useState } from 'react';
import { App, Button, Card, Descriptions, Form, Input, Segmented, Space, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseMoney, type Currency } from '@shared/money';
import type { MethodTotals } from '@shared/schemas/payment-types';
import { type ReceiptFormat } from '@shared/receipts/methods';
import { errorText } from '../../api/client';
import { PdfPreview } from '../../components/PdfPreview';
import { useShopTime } from '../../hooks/useShopTime';
import { useCurrentStaff } from '../staff/api';
import { useCloseDay, useDayPdf, useDayReport } from './api';

const amountOf = (text: string, currency: Currency) => {
  const p = parseMoney(text || '0', currency);
  return p.ok ? p.value : null;
};

/** The day close prints on A4 for the file or on the 80 mm roll at the counter. */
const DAY_FORMATS = ['A4', 'receipt80'] as const satisfies readonly ReceiptFormat[];

/** 日结: today's totals by method, the drawer count against the expected cash, then closed and printable. */
export function DayClosePanel() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const shopTime = useShopTime();
  const staff = useCurrentStaff();
  const report = useDayReport('');
  const close = useCloseDay();
  const [float, setFloat] = useState('');
  const [counted, setCounted] = useState('');
  const [note, setNote] = useState('');
  const [printing, setPrinting] = useState(false);
  const [format, setFormat] = useState<ReceiptFormat>('A4');
  const d = report.data;
  const pdf = useDayPdf(d?.day ?? '', format, printing && !!d);
  if (!d) return null;
  const money = (n: number) => formatMoney(n, d.currency);
  const floatValue = amountOf(float, d.currency);
  // Nothing counted yet: no difference to show (an empty field is not ¥0 in the drawer).
  const countedValue = counted.trim() ? amountOf(counted, d.currency) : null;
  const expected = floatValue === null ? null : floatValue + d.cashIn - d.cashRefunds;
  const closeDay = () =>
    staff &&
    floatValue !== null &&
    countedValue !== null &&
    modal.confirm({
      title: t('payments.day.confirm', { day: d.day }),
      onOk: () =>
        close.mutateAsync(
          { staffId: staff.id, day: d.day, openingFloat: floatValue, countedCash: countedValue, note },
          {
            onSuccess: () => void message.success(t('payments.day.done', { day: d.day })),
            onError: (error) => void message.error(errorText(t, error)),
          },
        ),
    });
  return (
    <Card
      size="small"
      title={`${t('payments.day.title')} · ${d.day}`}
      extra={
        <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)}>
          {t('payments.day.print')}
        </Button>
      }
    >
      <section aria-label={t('payments.day.title')}>
        <Table<MethodTotals>
          size="small"
          rowKey="method"
          pagination={false}
          dataSource={d.methods.filter((m) => m.received > 0 || m.refunded > 0)}
          columns={[
            { title: t('payments.day.method'), render: (_, m) => t(`payments.methods.${m.method}`) },
            { title: t('payments.day.count'), dataIndex: 'count', align: 'right' },
            { title: t('payments.day.received'), align: 'right', render: (_, m) => money(m.received) },
            { title: t('payments.day.refunded'), align: 'right', render: (_, m) => money(m.refunded) },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('payments.day.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {d.receiptsCount}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <Typography.Text strong>{money(d.received)}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {money(d.refunded)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('payments.day.voids', { count: d.voidCount })}
        </Typography.Paragraph>
        {d.closed ? (
          <Descriptions size="small" bordered column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('payments.day.openingFloat')}>{money(d.closed.openingFloat)}</Descriptions.Item>
            <Descriptions.Item label={t('payments.day.expected')}>{money(d.closed.expectedCash)}</Descriptions.Item>
            <Descriptions.Item label={t('payments.day.counted')}>{money(d.closed.countedCash)}</Descriptions.Item>
            <Descriptions.Item label={t('payments.day.difference')}>
              <Typography.Text strong type={d.closed.difference === 0 ? 'success' : 'danger'}>
                {money(d.closed.difference)}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('payments.day.note')} span={2}>
              {d.closed.note || t('common.none')}
            </Descriptions.Item>
            <Descriptions.Item span="filled">
              {t('payments.day.closed', { time: shopTime.dateTime(d.closed.closedAt), name: d.closed.staffName })}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Form layout="inline" component="div">
            <Form.Item label={t('payments.day.openingFloat')} htmlFor="day-float">
              <Input
                id="day-float"
                inputMode="decimal"
                style={{ width: 120 }}
                value={float}
                onChange={(e) => setFloat(e.target.value)}
              />
            </Form.Item>
            <Form.Item label={t('payments.day.cashIn')}>{money(d.cashIn - d.cashRefunds)}</Form.Item>
            <Form.Item label={t('payments.day.expected')}>{expected === null ? '—' : money(expected)}</Form.Item>
            <Form.Item label={t('payments.day.counted')} htmlFor="day-counted">
              <Input
                id="day-counted"
                inputMode="decimal"
                style={{ width: 120 }}
                value={counted}
                onChange={(e) => setCounted(e.target.value)}
              />
            </Form.Item>
            <Form.Item label={t('payments.day.difference')}>
              {expected === null || countedValue === null ? '—' : money(countedValue - expected)}
            </Form.Item>
            <Form.Item label={t('payments.day.note')} htmlFor="day-note">
              <Input id="day-note" maxLength={300} value={note} onChange={(e) => setNote(e.target.value)} />
            </Form.Item>
            <Space>
              <Button type="primary" disabled={!staff || floatValue === null || countedValue === null} onClick={closeDay}>
                {t('payments.day.close')}
              </Button>
            </Space>
          </Form>
        )}
      </section>
      {printing && (
        <PdfPreview
          open
          title={`${t('payments.day.title')} · ${d.day}`}
          document={pdf.data}
          loading={pdf.isFetching}
          error={pdf.error}
          onClose={() => setPrinting(false)}
          options={
            <Segmented
              aria-label={t('payments.receipt.format')}
              value={format}
              onChange={(v) => setFormat(v as ReceiptFormat)}
              options={DAY_FORMATS.map((f) => ({ value: f, label: t(`payments.formats.${f}`) }))}
            />
          }
        />
      )}
    </Card>
  );
}
