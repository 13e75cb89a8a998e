import type { TFunction } from 'i18next';
import { useState } from 'react';
import { App, Button, Checkbox, Input, Modal, Segmented, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatAmount, formatQuantity, parseMoney, parseQuantity, type Currency } from '@shared/money';
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
import type { Ticket } from '@shared/schemas/ticket-types';
import { translateMessage } from '@shared/i18n/translate-message';
import { errorText } from '../../../api/client';
import { useCurrentStaff } from '../../staff/api';
import { useTicketCommand } from '../api';
import { QuoteTotalsView } from './QuoteTotalsView';

interface LineDraft {
  key: number;
  kind: LineKind;
  description: string;
  quantity: string;
  unitPrice: string;
  free: boolean;
  freeReason: string | null;
}

const FREE_REASONS = ['in_warranty', 'repair_warranty_same_fault', 'replaced_part_warranty', 'goodwill'] as const;
let nextKey = 1;

/** A revision starts from the latest version; a first quote from the assessment (free if covered). */
function initialLines(ticket: Ticket, currency: Currency, t: TFunction): LineDraft[] {
  const latest = ticket.quotes[0];
  if (latest)
    return latest.lines.map((l) => ({
      key: nextKey++,
      kind: l.kind,
      description: l.description,
      quantity: formatQuantity(l.quantity),
      unitPrice: formatAmount(l.unitPrice, currency).replace(/,/g, ''),
      free: l.free,
      freeReason: l.freeReason ?? null,
    }));
  const covered = ticket.assessments.at(-1)?.assessment.components.find((c) => c.covered);
  return [
    {
      key: nextKey++,
      kind: 'labour',
      description: t('quotes.defaultLabour'),
      quantity: '1',
      unitPrice: '',
      free: !!covered,
      freeReason: covered?.reasons[0] ?? null,
    },
  ];
}

/** Parses the drafts; the first problem as a translation key, or the lines. */
function parseLines(lines: LineDraft[], currency: Currency): { lines: QuoteLine[] } | { problem: string } {
  const out: QuoteLine[] = [];
  for (const l of lines) {
    const quantity = parseQuantity(l.quantity);
    if (!quantity.ok) return { problem: quantity.error };
    const price = l.free && !l.unitPrice.trim() ? { ok: true as const, value: 0 } : parseMoney(l.unitPrice, currency);
    if (!price.ok) return { problem: price.error };
    out.push({
      kind: l.kind,
      description: l.description,
      quantity: quantity.value,
      unitPrice: price.value,
      free: l.free,
      freeReason: l.free ? l.freeReason : null,
    });
  }
  return { lines: out };
}

/** Issue a quote (or a revised version): lines free or charged, a discount, the shop's tax, live totals. */
export function QuoteEditor({
  ticket,
  tax,
  currency,
  onClose,
}: {
  ticket: Ticket;
  tax: TaxSetting;
  currency: Currency;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const issue = useTicketCommand('quotes.issue');
  const [lines, setLines] = useState<LineDraft[]>(() => initialLines(ticket, currency, t));
  const [discountKind, setDiscountKind] = useState<DiscountKind>('none');
  const [discountText, setDiscountText] = useState('');
  const [note, setNote] = useState('');
  const set = (key: number, patch: Partial<LineDraft>) => setLines((l) => l.map((x) => (x.key === key ? { ...x, ...patch } : x)));

  const parsed = parseLines(lines, currency);
  const { discount, error: discountError } = parseDiscountInput(discountKind, discountText, currency);
  const draft = 'lines' in parsed ? quoteDraftSchema.safeParse({ lines: parsed.lines, discount }) : null;
  const problem =
    'problem' in parsed ? parsed.problem : draft && !draft.success ? (draft.error.issues[0]?.message ?? null) : discountError;
  const totals = draft?.success ? computeQuoteTotals({ ...draft.data, tax }) : null;

  const submit = () => {
    if (!staff || !draft?.success) return;
    issue.mutate(
      { ticketId: ticket.id, staffId: staff.id, quote: draft.data, note },
      {
        onSuccess: (saved) => {
          void message.success(t('quotes.issued', { version: saved.quotes[0]?.version ?? 1 }));
          onClose();
        },
        onError: (error) => void message.error(errorText(t, error)),
      },
    );
  };

  return (
    <Modal
      open
      width={900}
      title={t(ticket.quotes.length > 0 ? 'tickets.actions.reviseQuote' : 'tickets.actions.quote')}
      okText={t('quotes.issue')}
      cancelText={t('common.cancel')}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ disabled: !draft?.success || !staff }}
      confirmLoading={issue.isPending}
      destroyOnHidden
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
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
              style={{ width: 220 }}
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
              style={{ width: 100 }}
              inputMode="decimal"
              onChange={(e) => set(l.key, { unitPrice: e.target.value })}
            />
            <Checkbox
              checked={l.free}
              onChange={(e) =>
                set(l.key, { free: e.target.checked, freeReason: e.target.checked ? (l.freeReason ?? 'in_warranty') : null })
              }
            >
              {t('quotes.totals.free')}
            </Checkbox>
            {l.free && (
              <Select
                aria-label={t('quotes.freeReason')}
                value={l.freeReason ?? undefined}
                onChange={(freeReason: string) => set(l.key, { freeReason })}
                style={{ width: 170 }}
                options={FREE_REASONS.map((r) => ({
                  value: r,
                  label: r === 'goodwill' ? t('quotes.goodwill') : t(`warranty.reasons.${r}`),
                }))}
              />
            )}
            <Button
              type="text"
              icon={<DeleteOutlined />}
              aria-label={t('common.remove')}
              disabled={lines.length === 1}
              onClick={() => setLines((x) => x.filter((y) => y.key !== l.key))}
            />
          </Space>
        ))}
        <Button
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() =>
            setLines((x) => [
              ...x,
              { key: nextKey++, kind: 'part', description: '', quantity: '1', unitPrice: '', free: false, freeReason: null },
            ])
          }
        >
          {t('quotes.addLine')}
        </Button>
        <Space wrap>
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
        <Input.TextArea
          aria-label={t('quotes.note')}
          placeholder={t('quotes.note')}
          rows={2}
          maxLength={500}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        {problem && (
          <Typography.Text type="danger" role="alert">
            {translateMessage(t, problem)}
          </Typography.Text>
        )}
        {totals && <QuoteTotalsView totals={totals} tax={tax} currency={currency} />}
      </Space>
    </Modal>
  );
}
