import { useState } from 'react';
import { App, Alert, Button, Checkbox, Descriptions, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatMoney, type Currency } from '../../../../shared/money';
import { PAYMENT_METHODS, type ReceiptPurpose } from '../../../../shared/receipts/methods';
import type { Receipt } from '../../../../shared/schemas/payment-types';
import { translateMessage } from '../../../../shared/i18n';
import { errorText } from '../../api/client';
import { useCurrentStaff } from '../staff/api';
import { useTakePayment } from './api';
import { paymentFigures, type PaymentRow } from './payment-form';

export interface PaymentTarget {
  ticketId: number;
  ticketNo: string;
  billed: number;
  paid: number;
  balanceDue: number;
}

interface Props {
  target: PaymentTarget;
  currency: Currency;
  onClose: () => void;
  onIssued: (receipt: Receipt) => void;
}

/**
 * Taking money at the counter: the amount field has focus with the balance filled in, Enter takes
 * the payment. Several methods split one payment; cash shows the change live. Paying more than is
 * due by a non-cash method needs the excess marked as the customer's credit.
 */
export function TakePaymentDialog({ target, currency, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const take = useTakePayment();
  const hasBill = target.billed > 0;
  const due = hasBill ? target.balanceDue : null;
  const purpose: ReceiptPurpose = hasBill ? 'payment' : 'deposit';
  const initial = due !== null && due > 0 ? formatMoney(due, currency, { style: 'plain' }).replace(/,/g, '') : '';
  const [rows, setRows] = useState<PaymentRow[]>([{ method: 'cash', amount: initial, reference: '' }]);
  const [toCredit, setToCredit] = useState(false);
  const figures = paymentFigures(rows, due, currency);
  const money = (n: number) => formatMoney(n, currency);
  const blocked = figures.parts.length === 0 || figures.problems.size > 0 || (figures.excess > 0 && !toCredit) || !staff;

  const update = (i: number, patch: Partial<PaymentRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const confirm = () => {
    if (blocked || !staff) return;
    take.mutate(
      { staffId: staff.id, purpose, ticketId: target.ticketId, parts: figures.parts, overpayToCredit: toCredit },
      {
        onSuccess: (receipt) => {
          void message.success(t('payments.dialog.issued', { receiptNo: receipt.receiptNo }));
          onIssued(receipt);
        },
        onError: (error) => void message.error(errorText(t, error)),
      },
    );
  };

  return (
    <Modal
      open
      width={640}
      title={t('payments.dialog.title', { ticketNo: target.ticketNo })}
      okText={t('payments.dialog.confirm')}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={onClose}
      okButtonProps={{ disabled: blocked }}
      confirmLoading={take.isPending}
      destroyOnHidden
    >
      {hasBill ? (
        <Descriptions size="small" column={3} bordered style={{ marginBottom: 16 }}>
          <Descriptions.Item label={t('payments.dialog.billed')}>{money(target.billed)}</Descriptions.Item>
          <Descriptions.Item label={t('payments.dialog.paidBefore')}>{money(target.paid)}</Descriptions.Item>
          <Descriptions.Item label={t('payments.dialog.due')}>
            <Typography.Text strong>{money(target.balanceDue)}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Alert type="info" showIcon title={t('payments.dialog.noBill')} style={{ marginBottom: 16 }} />
      )}
      <Form
        layout="vertical"
        component="div"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            confirm();
          }
        }}
      >
        {rows.map((row, i) => {
          const problem = figures.problems.get(i);
          return (
            <Space
              key={i}
              align="start"
              wrap
              style={{ width: '100%' }}
              role="group"
              aria-label={`${t('payments.dialog.method')} ${i + 1}`}
            >
              <Form.Item label={t('payments.dialog.method')} htmlFor={`pay-method-${i}`}>
                <Select
                  id={`pay-method-${i}`}
                  aria-label={t('payments.dialog.method')}
                  style={{ width: 150 }}
                  value={row.method}
                  onChange={(method) => update(i, { method })}
                  options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))}
                />
              </Form.Item>
              <Form.Item
                label={t(row.method === 'cash' ? 'payments.dialog.tendered' : 'payments.dialog.amount')}
                htmlFor={`pay-amount-${i}`}
                validateStatus={problem ? 'error' : undefined}
                help={problem ? translateMessage(t, problem) : undefined}
              >
                <Input
                  id={`pay-amount-${i}`}
                  autoFocus={i === 0}
                  inputMode="decimal"
                  style={{ width: 150 }}
                  prefix={currency === 'CNY' ? '¥' : undefined}
                  value={row.amount}
                  onChange={(e) => update(i, { amount: e.target.value })}
                />
              </Form.Item>
              {row.method !== 'cash' && (
                <Form.Item label={t('payments.dialog.reference')} htmlFor={`pay-ref-${i}`}>
                  <Input
                    id={`pay-ref-${i}`}
                    maxLength={60}
                    style={{ width: 180 }}
                    placeholder={t('payments.dialog.referencePlaceholder')}
                    value={row.reference}
                    onChange={(e) => update(i, { reference: e.target.value })}
                  />
                </Form.Item>
              )}
              {rows.length > 1 && (
                <Button
                  aria-label={t('payments.dialog.removeMethod')}
                  icon={<DeleteOutlined />}
                  style={{ marginTop: 30 }}
                  onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
                />
              )}
            </Space>
          );
        })}
        {rows.length < 6 && (
          <Button
            icon={<PlusOutlined />}
            onClick={() =>
              setRows((rs) => [
                ...rs,
                { method: rs.some((r) => r.method === 'wechat') ? 'alipay' : 'wechat', amount: '', reference: '' },
              ])
            }
          >
            {t('payments.dialog.addMethod')}
          </Button>
        )}
      </Form>
      <Descriptions size="small" column={1} style={{ marginTop: 16 }} aria-live="polite">
        <Descriptions.Item label={t('payments.dialog.total')}>
          <Typography.Text strong>{money(figures.total)}</Typography.Text>
        </Descriptions.Item>
        {figures.change > 0 && (
          <Descriptions.Item label={t('payments.dialog.change')}>
            <Typography.Text strong type="warning" data-testid="change">
              {money(figures.change)}
            </Typography.Text>
          </Descriptions.Item>
        )}
        {hasBill && <Descriptions.Item label={t('payments.dialog.remaining')}>{money(figures.remaining)}</Descriptions.Item>}
      </Descriptions>
      {figures.excess > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('payments.dialog.excess', { amount: money(figures.excess) })}
          description={
            <Checkbox checked={toCredit} onChange={(e) => setToCredit(e.target.checked)}>
              {t('payments.dialog.overpayToCredit')}
            </Checkbox>
          }
        />
      )}
    </Modal>
  );
}
