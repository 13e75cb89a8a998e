import { PAYMENT_METHODS, type PaymentMethod } from '@shared/receipts/methods';
import { Card, Form, Input, Segmented, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SLA_CHANNELS, SLA_URGENCIES, type SlaChannel, type SlaUrgency, type SlaDuration } from '@shared/tickets/sla';
import { durationText } from '@shared/tickets/messages';
import { translateMessage } from '@shared/i18n/translate-message';
import { DateInput } from '../../../components/DateInput';
import { useLanguage } from '../../../i18n/useLanguage';

interface Props {
  channel: SlaChannel;
  urgency: SlaUrgency;
  /** The SLA policy's promise for this channel and urgency. */
  computed: { date: string; duration: SlaDuration } | null;
  promisedDate: string;
  deposit: string;
  depositMethod: PaymentMethod;
  depositReference: string;
  passcode: string;
  notes: string;
  currencySymbol: string;
  errors: Record<string, string | undefined>;
  onChange: (
    patch: Partial<
      Pick<
        Props,
        'channel' | 'urgency' | 'promisedDate' | 'deposit' | 'depositMethod' | 'depositReference' | 'passcode' | 'notes'
      >
    >,
  ) => void;
}

/** How the repair is handled: channel, urgency, the promised date (computed, editable), deposit, passcode. */
export function ServiceSection(p: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const err = (field: string) => {
    const key = p.errors[field];
    return key ? { validateStatus: 'error' as const, help: translateMessage(t, key) } : {};
  };
  return (
    <Card title={t('tickets.intake.service')} size="small">
      <Form.Item label={t('tickets.intake.channel')}>
        <Segmented
          aria-label={t('tickets.intake.channel')}
          value={p.channel}
          onChange={(v) => p.onChange({ channel: v as SlaChannel })}
          options={SLA_CHANNELS.map((c) => ({ value: c, label: t(`tickets.channels.${c}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('tickets.intake.urgency')}>
        <Segmented
          aria-label={t('tickets.intake.urgency')}
          value={p.urgency}
          onChange={(v) => p.onChange({ urgency: v as SlaUrgency })}
          options={SLA_URGENCIES.map((u) => ({ value: u, label: t(`tickets.urgencies.${u}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('tickets.intake.promised')}
        htmlFor="intake-promised"
        extra={
          p.computed && (
            <Typography.Text type="secondary">
              {t('tickets.intake.promisedHint', { duration: durationText(p.computed.duration, language), date: p.computed.date })}
            </Typography.Text>
          )
        }
        {...err('promisedDate')}
      >
        <DateInput
          id="intake-promised"
          aria-label={t('tickets.intake.promised')}
          value={p.promisedDate || p.computed?.date || ''}
          onChange={(d) => p.onChange({ promisedDate: d === p.computed?.date ? '' : d })}
        />
      </Form.Item>
      <Form.Item label={t('tickets.intake.deposit')} htmlFor="intake-deposit" {...err('deposit')}>
        <Input
          id="intake-deposit"
          prefix={p.currencySymbol}
          inputMode="decimal"
          value={p.deposit}
          onChange={(e) => p.onChange({ deposit: e.target.value })}
          placeholder="0.00"
        />
      </Form.Item>
      {p.deposit.trim() !== '' && (
        <Space.Compact style={{ width: '100%', marginBottom: 16 }}>
          <Select
            aria-label={t('payments.dialog.method')}
            style={{ width: 140 }}
            value={p.depositMethod}
            onChange={(depositMethod) => p.onChange({ depositMethod })}
            options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments.methods.${m}`) }))}
          />
          {p.depositMethod !== 'cash' && (
            <Input
              aria-label={t('payments.dialog.reference')}
              placeholder={t('payments.dialog.reference')}
              maxLength={60}
              value={p.depositReference}
              onChange={(e) => p.onChange({ depositReference: e.target.value })}
            />
          )}
        </Space.Compact>
      )}
      <Form.Item label={t('tickets.intake.passcode')} htmlFor="intake-passcode" extra={t('tickets.intake.passcodeHelp')}>
        <Input.Password
          id="intake-passcode"
          maxLength={60}
          autoComplete="off"
          value={p.passcode}
          onChange={(e) => p.onChange({ passcode: e.target.value })}
        />
      </Form.Item>
      <Form.Item label={t('tickets.intake.notes')} htmlFor="intake-notes" style={{ marginBottom: 0 }}>
        <Input.TextArea
          id="intake-notes"
          rows={2}
          maxLength={1000}
          value={p.notes}
          onChange={(e) => p.onChange({ notes: e.target.value })}
        />
      </Form.Item>
    </Card>
  );
}
