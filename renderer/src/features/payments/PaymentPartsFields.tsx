import type { Dispatch, SetStateAction } from 'react';
import { Alert, Button, Checkbox, Descriptions, Form, Input, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatMoney, type Currency } from '@shared/money';
import { PAYMENT_METHODS } from '@shared/receipts/methods';
import { translateMessage } from '@shared/i18n/translate-message';
import type { PaymentFigures, PaymentRow } from './payment-form';

/** Enter in a field confirms, except while choosing in a drop-down or composing with an input method. */
export function enterConfirms(confirm: () => void) {
  return (e: React.KeyboardEvent) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    if (target.getAttribute('role') === 'combobox' || target.tagName === 'TEXTAREA' || target.tagName === 'BUTTON') return;
    e.preventDefault();
    confirm();
  };
}

interface FieldsProps {
  rows: PaymentRow[];
  setRows: Dispatch<SetStateAction<PaymentRow[]>>;
  figures: PaymentFigures;
  currency: Currency;
  onConfirm: () => void;
  /** The first amount field takes focus when the dialog opens. */
  autoFocus?: boolean;
  /** Called when staff type in an amount (a counter sale stops following its total then). */
  onAmountTyped?: (index: number) => void;
}

/**
 * The payment parts as the counter types them: one row per method (cash is what was handed over),
 * a reference for the others, up to six rows. Shared by taking a payment and a counter sale.
 */
export function PaymentPartsFields({
  rows,
  setRows,
  figures,
  currency,
  onConfirm,
  autoFocus = true,
  onAmountTyped,
}: FieldsProps) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<PaymentRow>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Form layout="vertical" component="div" onKeyDown={enterConfirms(onConfirm)}>
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
                autoFocus={autoFocus && i === 0}
                inputMode="decimal"
                style={{ width: 150 }}
                prefix={currency === 'CNY' ? '¥' : undefined}
                value={row.amount}
                onChange={(e) => {
                  onAmountTyped?.(i);
                  update(i, { amount: e.target.value });
                }}
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
  );
}

interface FiguresProps {
  figures: PaymentFigures;
  currency: Currency;
  /** Show what remains due (a bill exists). */
  showRemaining: boolean;
  toCredit: boolean;
  onToCredit: (value: boolean) => void;
  /** Why the excess cannot be kept as credit (e.g. no customer chosen); the checkbox is then off. */
  creditBlocked?: string | null;
}

/** Taking now, the change to give, what remains, and the excess to keep as credit. */
export function PaymentFiguresView({ figures, currency, showRemaining, toCredit, onToCredit, creditBlocked }: FiguresProps) {
  const { t } = useTranslation();
  const money = (n: number) => formatMoney(n, currency);
  return (
    <>
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
        {showRemaining && (
          <Descriptions.Item label={t('payments.dialog.remaining')}>{money(figures.remaining)}</Descriptions.Item>
        )}
      </Descriptions>
      {figures.excess > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('payments.dialog.excess', { amount: money(figures.excess) })}
          description={
            creditBlocked ? (
              creditBlocked
            ) : (
              <Checkbox checked={toCredit} onChange={(e) => onToCredit(e.target.checked)}>
                {t('payments.dialog.overpayToCredit')}
              </Checkbox>
            )
          }
        />
      )}
    </>
  );
}
