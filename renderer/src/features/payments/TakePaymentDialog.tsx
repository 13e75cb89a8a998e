import { useState } from 'react';
import { App, Alert, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMoney, type Currency } from '@shared/money';
import { type ReceiptPurpose } from '@shared/receipts/methods';
import type { Receipt } from '@shared/schemas/payment-types';
import { errorText } from '../../api/client';
import { useCurrentStaff } from '../staff/api';
import { useTakePayment } from './api';
import { paymentFigures, type PaymentRow } from './payment-form';
import { PaymentFiguresView, PaymentPartsFields } from './PaymentPartsFields';

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
      <PaymentPartsFields rows={rows} setRows={setRows} figures={figures} currency={currency} onConfirm={confirm} />
      <PaymentFiguresView
        figures={figures}
        currency={currency}
        showRemaining={hasBill}
        toCredit={toCredit}
        onToCredit={setToCredit}
      />
    </Modal>
  );
}
