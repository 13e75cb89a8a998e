import { useId, useState } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarrantyCard } from '@shared/schemas/warranty';
import { ApiRequestError, errorText } from '../../api/client';
import { CustomerSelect } from '../../components/CustomerSelect';
import { FormField } from '../../components/FormField';
import { useTransferCard, useVoidCard } from './api';

interface Props {
  open: boolean;
  card: WarrantyCard;
  onClose: () => void;
}

function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiRequestError ? error.error.issues?.find((i) => i.path[0] === field)?.message : undefined;
}

/** Voiding keeps the card on file, marked void with the reason; it cannot be undone. */
export function VoidCardModal({ open, card, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = useId();
  const voidCard = useVoidCard();
  const [reason, setReason] = useState('');
  const submit = async () => {
    try {
      await voidCard.mutateAsync({ id: card.id, reason });
      void message.success(t('cards.void.done', { cardNo: card.cardNo }));
      onClose();
    } catch (error) {
      if (!fieldError(error, 'reason')) void message.error(errorText(t, error));
    }
  };
  return (
    <Modal
      open={open}
      title={t('cards.void.title', { cardNo: card.cardNo })}
      onCancel={onClose}
      destroyOnHidden
      okText={t('cards.void.submit')}
      okButtonProps={{ danger: true, loading: voidCard.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
    >
      <Alert type="warning" showIcon title={t('cards.void.body')} style={{ marginBottom: 16 }} />
      <Form layout="vertical" component={false}>
        <FormField label={t('cards.void.reason')} htmlFor={`${id}-reason`} error={fieldError(voidCard.error, 'reason')} required>
          <Input
            id={`${id}-reason`}
            autoFocus
            value={reason}
            maxLength={200}
            placeholder={t('cards.void.reasonPlaceholder')}
            onChange={(e) => setReason(e.target.value)}
          />
        </FormField>
      </Form>
    </Modal>
  );
}

/** A second-hand sale: the card and the product move to the new holder; the history stays. */
export function TransferCardModal({ open, card, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = useId();
  const transfer = useTransferCard();
  const [customerId, setCustomerId] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const submit = async () => {
    try {
      const moved = await transfer.mutateAsync({ id: card.id, customerId: customerId ?? 0, note });
      void message.success(t('cards.transfer.done', { cardNo: card.cardNo, name: moved.customerName }));
      onClose();
    } catch (error) {
      if (!fieldError(error, 'customerId')) void message.error(errorText(t, error));
    }
  };
  return (
    <Modal
      open={open}
      title={t('cards.transfer.title', { cardNo: card.cardNo })}
      onCancel={onClose}
      destroyOnHidden
      okText={t('cards.transfer.submit')}
      okButtonProps={{ disabled: !customerId, loading: transfer.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
    >
      <Alert type="info" showIcon title={t('cards.transfer.body')} style={{ marginBottom: 16 }} />
      <Form layout="vertical" component={false}>
        <FormField label={t('cards.transfer.to')} htmlFor={`${id}-to`} error={fieldError(transfer.error, 'customerId')} required>
          <CustomerSelect id={`${id}-to`} value={customerId} onChange={setCustomerId} excludeId={card.customerId} autoFocus />
        </FormField>
        <FormField label={t('cards.transfer.note')} htmlFor={`${id}-note`}>
          <Input
            id={`${id}-note`}
            value={note}
            maxLength={200}
            placeholder={t('cards.transfer.notePlaceholder')}
            onChange={(e) => setNote(e.target.value)}
          />
        </FormField>
      </Form>
    </Modal>
  );
}
