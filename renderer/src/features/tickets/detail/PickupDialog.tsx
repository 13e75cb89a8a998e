import { useState } from 'react';
import { Alert, App, Button, Checkbox, Form, Input, Modal, Radio, Rate, Space, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PICKUP_RESOLUTIONS, type PickupResolution } from '@shared/tickets/intake';
import type { Ticket } from '@shared/schemas/ticket-types';
import { errorText } from '../../../api/client';
import { formatMoney, type Currency } from '@shared/money';
import { useCurrentStaff } from '../../staff/api';
import { useTicketCommand } from '../api';

const RATINGS = ['attitude', 'professionalism', 'speed'] as const;
type Ratings = Record<(typeof RATINGS)[number], number>;

/**
 * The hand-back: who collects it (ID check optional), the customer checks the device and accepts
 * it, rates the service (or skips), and the repair warranty is issued. If the fault is still
 * there, the device goes back to the bench instead (with the reason).
 */
export function PickupDialog({ ticket, currency, onClose }: { ticket: Ticket; currency: Currency; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const pickup = useTicketCommand('tickets.pickup');
  const rework = useTicketCommand('tickets.transition');
  const [collectedBy, setCollectedBy] = useState(ticket.customerName);
  const [idChecked, setIdChecked] = useState(false);
  const [idNote, setIdNote] = useState('');
  const [accepted, setAccepted] = useState(false);
  const [resolution, setResolution] = useState<PickupResolution>('repaired');
  const [rate, setRate] = useState(true);
  const [ratings, setRatings] = useState<Ratings>({ attitude: 5, professionalism: 5, speed: 5 });
  const [comment, setComment] = useState('');
  const [reworkNote, setReworkNote] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const due = ticket.payments.balanceDue;
  const owner = staff?.role === 'owner';
  // With a balance due, only the owner may hand back, and only with a reason (the main process checks again).
  const balanceBlocked = due > 0 && (!owner || !overrideReason.trim());

  const confirm = () => {
    if (!staff) return;
    pickup.mutate(
      {
        id: ticket.id,
        staffId: staff.id,
        collectedBy,
        idChecked,
        idNote,
        accepted,
        resolution,
        satisfaction: rate ? { ...ratings, comment } : null,
        balanceOverride: due > 0 ? overrideReason : '',
      },
      {
        onSuccess: () => {
          void message.success(t('tickets.pickup.done', { ticketNo: ticket.ticketNo }));
          onClose();
        },
        onError: (error) => void message.error(errorText(t, error)),
      },
    );
  };
  const backToRepair = () =>
    staff &&
    rework.mutate(
      { id: ticket.id, staffId: staff.id, to: 'in_repair', note: reworkNote },
      { onSuccess: onClose, onError: (error) => void message.error(errorText(t, error)) },
    );

  return (
    <Modal
      open
      width={640}
      title={t('tickets.pickup.title', { ticketNo: ticket.ticketNo })}
      okText={t('tickets.pickup.confirm')}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={onClose}
      okButtonProps={{ disabled: !accepted || !collectedBy.trim() || !staff || balanceBlocked }}
      confirmLoading={pickup.isPending}
      destroyOnHidden
    >
      {due > 0 && (
        <Alert
          type={owner ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          title={t(owner ? 'payments.ticket.overrideTitle' : 'payments.ticket.balanceBlocks', {
            amount: formatMoney(due, currency),
          })}
          description={
            owner ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {t('payments.ticket.overrideBody')}
                <Input
                  aria-label={t('payments.ticket.overrideReason')}
                  placeholder={t('payments.ticket.overrideReason')}
                  maxLength={300}
                  value={overrideReason}
                  onChange={(e) => setOverrideReason(e.target.value)}
                />
              </Space>
            ) : undefined
          }
        />
      )}
      <Form layout="vertical" component="div">
        <Form.Item label={t('tickets.pickup.collectedBy')} htmlFor="pickup-by" required>
          <Input id="pickup-by" maxLength={60} value={collectedBy} onChange={(e) => setCollectedBy(e.target.value)} />
        </Form.Item>
        <Space wrap style={{ marginBottom: 16 }}>
          <Checkbox checked={idChecked} onChange={(e) => setIdChecked(e.target.checked)}>
            {t('tickets.pickup.idChecked')}
          </Checkbox>
          {idChecked && (
            <Input
              aria-label={t('tickets.pickup.idNote')}
              placeholder={t('tickets.pickup.idNote')}
              maxLength={60}
              value={idNote}
              onChange={(e) => setIdNote(e.target.value)}
            />
          )}
        </Space>
        <Form.Item label={t('tickets.pickup.resolution')}>
          <Radio.Group
            aria-label={t('tickets.pickup.resolution')}
            value={resolution}
            onChange={(e) => setResolution(e.target.value as PickupResolution)}
            options={PICKUP_RESOLUTIONS.map((r) => ({ value: r, label: t(`tickets.resolutions.${r}`) }))}
          />
        </Form.Item>
        <Checkbox checked={accepted} onChange={(e) => setAccepted(e.target.checked)} style={{ marginBottom: 16 }}>
          {t('tickets.pickup.accepted')}
        </Checkbox>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontWeight: 500 }}>
            <Space>
              {t('tickets.pickup.satisfaction')}
              <Switch size="small" checked={rate} onChange={setRate} aria-label={t('tickets.pickup.rate')} />
              {!rate && <Typography.Text type="secondary">{t('tickets.pickup.skipped')}</Typography.Text>}
            </Space>
          </legend>
          {rate && (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {RATINGS.map((k) => (
                <Space key={k}>
                  <span style={{ display: 'inline-block', width: 90 }}>{t(`tickets.pickup.ratings.${k}`)}</span>
                  <Rate
                    aria-label={t(`tickets.pickup.ratings.${k}`)}
                    value={ratings[k]}
                    onChange={(v) => setRatings((r) => ({ ...r, [k]: Math.max(1, v) }))}
                  />
                </Space>
              ))}
              <Input.TextArea
                aria-label={t('tickets.pickup.comment')}
                placeholder={t('tickets.pickup.comment')}
                rows={2}
                maxLength={500}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
            </Space>
          )}
        </fieldset>
        <Space.Compact style={{ width: '100%', marginTop: 16 }}>
          <Input
            aria-label={t('tickets.pickup.reworkReason')}
            placeholder={t('tickets.pickup.reworkReason')}
            value={reworkNote}
            onChange={(e) => setReworkNote(e.target.value)}
          />
          <Button danger disabled={!reworkNote.trim() || !staff} loading={rework.isPending} onClick={backToRepair}>
            {t('tickets.pickup.rework')}
          </Button>
        </Space.Compact>
      </Form>
    </Modal>
  );
}
