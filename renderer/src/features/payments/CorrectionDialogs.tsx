import { useState } from 'react';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseMoney } from '@shared/money';
import { translateMessage } from '@shared/i18n/translate-message';
import { PAYMENT_METHODS, type PaymentMethod } from '@shared/receipts/methods';
import type { Receipt } from '@shared/schemas/payment-types';
import { errorText } from '../../api/client';
import { useCurrentStaff } from '../staff/api';
import { useRefundReceipt, useVoidReceipt } from './api';

/** Voiding: always with a reason; the main process allows the owner only (and says so otherwise). */
export function VoidDialog({ receipt, onClose }: { receipt: Receipt; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const voidReceipt = useVoidReceipt();
  const [reason, setReason] = useState('');
  const confirm = () =>
    staff &&
    voidReceipt.mutate(
      { id: receipt.id, staffId: staff.id, reason },
      {
        onSuccess: () => {
          void message.success(t('payments.voidDialog.done', { receiptNo: receipt.receiptNo }));
          onClose();
        },
        onError: (error) => void message.error(errorText(t, error)),
      },
    );
  return (
    <Modal
      open
      title={t('payments.voidDialog.title', { receiptNo: receipt.receiptNo })}
      okText={t('payments.voidDialog.confirm')}
      okButtonProps={{ danger: true, disabled: !reason.trim() || !staff }}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={onClose}
      confirmLoading={voidReceipt.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('payments.voidDialog.body')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('payments.voidDialog.reason')} htmlFor="void-reason" required>
          <Input.TextArea
            id="void-reason"
            autoFocus
            rows={3}
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A refund: a credit note of at most what is still refundable, by a method, with a reason. */
export function RefundDialog({ receipt, onClose }: { receipt: Receipt; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const refund = useRefundReceipt();
  const [amountText, setAmountText] = useState('');
  const [method, setMethod] = useState<PaymentMethod>(receipt.payments[0]?.method ?? 'cash');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const parsed = amountText.trim() ? parseMoney(amountText, receipt.currency) : null;
  const amount = parsed?.ok ? parsed.value : 0;
  const tooMuch = amount > receipt.refundable;
  const problem =
    parsed && !parsed.ok
      ? translateMessage(t, parsed.error)
      : tooMuch
        ? t('payments.refundDialog.max', { amount: formatMoney(receipt.refundable, receipt.currency) })
        : undefined;
  const confirm = () =>
    staff &&
    refund.mutate(
      { id: receipt.id, staffId: staff.id, amount, method, reference, reason },
      {
        onSuccess: (updated) => {
          void message.success(t('payments.refundDialog.done', { creditNo: updated.creditNotes.at(-1)?.creditNo ?? '' }));
          onClose();
        },
        onError: (error) => void message.error(errorText(t, error)),
      },
    );
  return (
    <Modal
      open
      title={t('payments.refundDialog.title', { receiptNo: receipt.receiptNo })}
      okText={t('payments.refundDialog.confirm')}
      okButtonProps={{ disabled: amount <= 0 || tooMuch || !reason.trim() || !staff }}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={onClose}
      confirmLoading={refund.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('payments.refundDialog.body')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('payments.refundDialog.amount')}
          htmlFor="refund-amount"
          required
          validateStatus={problem ? 'error' : undefined}
          help={problem ?? t('payments.refundDialog.max', { amount: formatMoney(receipt.refundable, receipt.currency) })}
        >
          <Input
            id="refund-amount"
            autoFocus
            inputMode="decimal"
            value={amountText}
            onChange={(e) => setAmountText(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('payments.refundDialog.method')} htmlFor="refund-method">
          <Select
            id="refund-method"
            value={method}
            onChange={setMethod}
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))}
          />
        </Form.Item>
        <Form.Item label={t('payments.dialog.reference')} htmlFor="refund-ref">
          <Input id="refund-ref" maxLength={60} value={reference} onChange={(e) => setReference(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('payments.refundDialog.reason')} htmlFor="refund-reason" required>
          <Input.TextArea
            id="refund-reason"
            rows={2}
            maxLength={300}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
