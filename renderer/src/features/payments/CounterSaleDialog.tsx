import { useState } from 'react';
import { App, Button, Divider, Form, Input, Modal, Segmented, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatMoney, parseMoney, parseQuantity, type Currency } from '@shared/money';
import {
  computeQuoteTotals,
  LINE_KINDS,
  parseDiscountInput,
  type DiscountKind,
  type LineKind,
  type QuoteLine,
  type TaxSetting,
} from '@shared/quotes';
import { quoteDraftSchema } from '@shared/schemas/quote';
import type { Receipt } from '@shared/schemas/payment-types';
import { translateMessage } from '@shared/i18n/translate-message';
import { errorText } from '../../api/client';
import { CustomerSelect } from '../../components/CustomerSelect';
import { useCurrentStaff } from '../staff/api';
import { QuoteTotalsView } from '../tickets/detail/QuoteTotalsView';
import { useTakePayment } from './api';
import { paymentFigures, type PaymentRow } from './payment-form';
import { enterConfirms, PaymentFiguresView, PaymentPartsFields } from './PaymentPartsFields';

/** A line as typed: the amounts are text until parsed (parseMoney, integer minor units). */
export interface SaleLineDraft {
  key: number;
  kind: LineKind;
  description: string;
  quantity: string;
  unitPrice: string;
}

let nextKey = 1;
const blankLine = (kind: LineKind = 'part'): SaleLineDraft => ({
  key: nextKey++,
  kind,
  description: '',
  quantity: '1',
  unitPrice: '',
});

/** The lines parsed; the first problem (1-based line number and message key), or the lines. */
export function parseSaleLines(
  lines: readonly SaleLineDraft[],
  currency: Currency,
): { lines: QuoteLine[] } | { line: number; problem: string } {
  const out: QuoteLine[] = [];
  for (const [i, l] of lines.entries()) {
    if (!l.description.trim()) return { line: i + 1, problem: 'validation.required' };
    const quantity = parseQuantity(l.quantity);
    if (!quantity.ok) return { line: i + 1, problem: quantity.error };
    const price = parseMoney(l.unitPrice, currency);
    if (!price.ok) return { line: i + 1, problem: price.error };
    out.push({ kind: l.kind, description: l.description.trim(), quantity: quantity.value, unitPrice: price.value, free: false });
  }
  return { lines: out };
}

interface Props {
  currency: Currency;
  tax: TaxSetting;
  onClose: () => void;
  onIssued: (receipt: Receipt) => void;
}

/**
 * 柜台销售: parts or labour sold without a ticket. Lines, a discount and the shop's tax give the
 * total live; it is paid in full with the same payment parts as a ticket (cash shows the change),
 * Enter takes it, and the receipt opens ready to print. The customer is optional.
 */
export function CounterSaleDialog({ currency, tax, onClose, onIssued }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const take = useTakePayment();
  const [customerId, setCustomerId] = useState<number | null>(null);
  const [customerName, setCustomerName] = useState('');
  const [lines, setLines] = useState<SaleLineDraft[]>(() => [blankLine()]);
  const [discountKind, setDiscountKind] = useState<DiscountKind>('none');
  const [discountText, setDiscountText] = useState('');
  const [rows, setRows] = useState<PaymentRow[]>([{ method: 'cash', amount: '', reference: '' }]);
  // The first amount follows the total until staff type in it.
  const [amountTyped, setAmountTyped] = useState(false);
  const [toCredit, setToCredit] = useState(false);
  const [tried, setTried] = useState(false);
  const set = (key: number, patch: Partial<SaleLineDraft>) =>
    setLines((l) => l.map((x) => (x.key === key ? { ...x, ...patch } : x)));

  const parsed = parseSaleLines(lines, currency);
  const { discount, error: discountError } = parseDiscountInput(discountKind, discountText, currency);
  const draft = 'lines' in parsed ? quoteDraftSchema.safeParse({ lines: parsed.lines, discount }) : null;
  const problem =
    'problem' in parsed
      ? t('payments.sale.lineProblem', { n: parsed.line, problem: translateMessage(t, parsed.problem) })
      : draft && !draft.success
        ? translateMessage(t, draft.error.issues[0]?.message ?? 'validation.invalid')
        : discountError && translateMessage(t, discountError);
  const totals = draft?.success ? computeQuoteTotals({ ...draft.data, tax }) : null;
  const due = totals?.total ?? 0;
  const dueText = due > 0 ? formatMoney(due, currency, { style: 'plain' }).replace(/,/g, '') : '';
  const shownRows = amountTyped ? rows : rows.map((r, i) => (i === 0 ? { ...r, amount: dueText } : r));
  const figures = paymentFigures(shownRows, due, currency);
  const creditBlocked = customerId === null ? t('errors.payment_credit_needs_customer') : null;
  const payable = !!totals && due > 0 && figures.problems.size === 0 && figures.parts.length > 0 && figures.remaining === 0;
  const blocked = !staff || !payable || (figures.excess > 0 && (!toCredit || customerId === null));

  const confirm = () => {
    setTried(true);
    if (blocked || !staff || !draft?.success) return;
    take.mutate(
      {
        staffId: staff.id,
        purpose: 'sale',
        ticketId: null,
        customerId,
        sale: draft.data,
        parts: figures.parts,
        overpayToCredit: toCredit && customerId !== null,
      },
      {
        onSuccess: (receipt) => {
          void message.success(t('payments.dialog.issued', { receiptNo: receipt.receiptNo }));
          onIssued(receipt);
        },
        onError: (error) => void message.error(errorText(t, error)),
      },
    );
  };
  // A line being typed is not yet a mistake: the message shows once it was tried, or for a bad figure.
  const touched = lines.some((l) => l.description.trim() || l.unitPrice.trim());
  const showProblem = problem && (tried || (touched && !('problem' in parsed && parsed.problem === 'validation.required')));

  return (
    <Modal
      open
      width={900}
      title={t('payments.dialog.saleTitle')}
      okText={t('payments.dialog.confirm')}
      cancelText={t('common.cancel')}
      onOk={confirm}
      onCancel={onClose}
      okButtonProps={{ disabled: !staff || take.isPending }}
      confirmLoading={take.isPending}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }} onKeyDown={enterConfirms(confirm)}>
        <Form layout="vertical" component="div">
          <Form.Item label={t('payments.sale.customer')} htmlFor="sale-customer" style={{ marginBottom: 8 }}>
            <Space.Compact style={{ width: '100%', maxWidth: 480 }}>
              <CustomerSelect
                id="sale-customer"
                value={customerId}
                currentLabel={customerName}
                placeholder={t('payments.sale.customerPlaceholder')}
                onChange={(id, name) => {
                  setCustomerId(id);
                  setCustomerName(name);
                }}
              />
              {customerId !== null && (
                <Button
                  onClick={() => {
                    setCustomerId(null);
                    setToCredit(false);
                  }}
                >
                  {t('payments.sale.walkIn')}
                </Button>
              )}
            </Space.Compact>
          </Form.Item>
        </Form>
        {lines.map((l, i) => (
          <Space key={l.key} wrap role="group" aria-label={t('quotes.line', { n: i + 1 })}>
            <Select
              aria-label={t('quotes.kind')}
              value={l.kind}
              onChange={(kind: LineKind) => set(l.key, { kind })}
              style={{ width: 100 }}
              options={LINE_KINDS.map((k) => ({ value: k, label: t(`quotes.lineKinds.${k}`) }))}
            />
            <Input
              aria-label={t('quotes.description')}
              placeholder={t('quotes.description')}
              value={l.description}
              maxLength={200}
              autoFocus={i === 0}
              style={{ width: 260 }}
              onChange={(e) => set(l.key, { description: e.target.value })}
            />
            <Input
              aria-label={t('quotes.quantity')}
              placeholder={t('quotes.quantity')}
              value={l.quantity}
              style={{ width: 64 }}
              onChange={(e) => set(l.key, { quantity: e.target.value })}
            />
            <Input
              aria-label={t('quotes.unitPrice')}
              placeholder={t('quotes.unitPrice')}
              value={l.unitPrice}
              style={{ width: 110 }}
              inputMode="decimal"
              prefix={currency === 'CNY' ? '¥' : undefined}
              onChange={(e) => set(l.key, { unitPrice: e.target.value })}
            />
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('common.remove')}
              disabled={lines.length === 1}
              onClick={() => setLines((x) => x.filter((y) => y.key !== l.key))}
            />
          </Space>
        ))}
        <Space wrap>
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => setLines((x) => [...x, blankLine()])}>
            {t('quotes.addLine')}
          </Button>
          <Typography.Text>{t('quotes.totals.discount')}</Typography.Text>
          <Segmented
            aria-label={t('quotes.totals.discount')}
            value={discountKind}
            onChange={(v) => setDiscountKind(v as DiscountKind)}
            options={(['none', 'amount', 'percent'] as const).map((k) => ({ value: k, label: t(`quotes.discountKinds.${k}`) }))}
          />
          {discountKind !== 'none' && (
            <Input
              aria-label={t('quotes.discountValue')}
              value={discountText}
              onChange={(e) => setDiscountText(e.target.value)}
              suffix={discountKind === 'percent' ? '%' : undefined}
              style={{ width: 120 }}
            />
          )}
        </Space>
        {showProblem && (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        )}
        {totals && <QuoteTotalsView totals={totals} tax={tax} currency={currency} />}
      </Space>
      <Divider titlePlacement="start" plain>
        {t('payments.sale.payment')}
      </Divider>
      <PaymentPartsFields
        rows={shownRows}
        setRows={(next) => {
          setAmountTyped(true);
          setRows(typeof next === 'function' ? next(shownRows) : next);
        }}
        figures={figures}
        currency={currency}
        autoFocus={false}
        onConfirm={confirm}
      />
      <PaymentFiguresView
        figures={figures}
        currency={currency}
        showRemaining={!!totals}
        toCredit={toCredit}
        onToCredit={setToCredit}
        creditBlocked={creditBlocked}
      />
    </Modal>
  );
}
