import { useState } from 'react';
import { App, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OFFICIAL_INVOICE_KINDS, isInvoiceNumber, type OfficialInvoiceKind } from '@shared/receipts/official-invoice';
import type { Receipt } from '@shared/schemas/payment-types';
import { ApiRequestError, errorText } from '../../api/client';
import { translateMessage } from '@shared/i18n/translate-message';
import { useCurrentStaff } from '../staff/api';
import { useRecordInvoice } from './api';

/**
 * Records the official invoice (发票) issued through the tax system for this receipt's payment:
 * its type and number, printed on the receipt and found by the search. The receipt is unchanged.
 */
export function InvoiceDialog({ receipt, onClose }: { receipt: Receipt; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const record = useRecordInvoice();
  const [kind, setKind] = useState<OfficialInvoiceKind | null>(null);
  const [number, setNumber] = useState('');
  const [touched, setTouched] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const localError =
    touched && kind && number.trim() && !isInvoiceNumber(kind, number)
      ? `validation.payment.${kind === 'digital' ? 'invoiceDigital' : 'invoiceNumber'}`
      : null;
  const error = serverError ?? localError;
  const confirm = () => {
    setTouched(true);
    if (!staff || !kind || !isInvoiceNumber(kind, number)) return;
    record.mutate(
      { id: receipt.id, staffId: staff.id, kind, number },
      {
        onSuccess: (r) => {
          void message.success(t('payments.invoice.done', { number: r.invoices.at(-1)?.number ?? number }));
          onClose();
        },
        onError: (e) => {
          const issue = e instanceof ApiRequestError ? e.error.issues?.[0] : undefined;
          if (issue) setServerError(issue.message);
          else void message.error(errorText(t, e));
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('payments.invoice.dialogTitle', { receiptNo: receipt.receiptNo })}
      okText={t('payments.invoice.confirm')}
      okButtonProps={{ disabled: !kind || !number.trim() || !staff }}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={onClose}
      confirmLoading={record.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('payments.invoice.hint')}</Typography.Paragraph>
      <Form layout="vertical" component="div">
        <Form.Item label={t('payments.invoice.kind')} htmlFor="invoice-kind" required>
          <Select
            id="invoice-kind"
            value={kind}
            onChange={(v: OfficialInvoiceKind) => {
              setKind(v);
              setServerError(null);
            }}
            options={OFFICIAL_INVOICE_KINDS.map((k) => ({ value: k, label: t(`payments.invoice.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          label={t('payments.invoice.number')}
          htmlFor="invoice-number"
          required
          validateStatus={error ? 'error' : undefined}
          help={error ? <span role="alert">{translateMessage(t, error)}</span> : undefined}
        >
          <Input
            id="invoice-number"
            inputMode="numeric"
            maxLength={40}
            placeholder={t('payments.invoice.numberPlaceholder')}
            value={number}
            onChange={(e) => {
              setNumber(e.target.value);
              setServerError(null);
            }}
            onBlur={() => setTouched(true)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
