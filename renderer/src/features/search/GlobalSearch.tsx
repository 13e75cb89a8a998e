import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { AutoComplete, Typography, Space, type GetRef } from 'antd';
import {
  AccountBookOutlined,
  MobileOutlined,
  SafetyCertificateOutlined,
  SearchOutlined,
  ToolOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient, keepPreviousData } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useDebounced } from '../../hooks/useDebounced';
import { useHotkey } from '../../hooks/useHotkey';
import { formatPhone } from '@shared/text/phone';
import type { GlobalSearchResult } from '@shared/schemas/search';
import type { CustomerListItem } from '@shared/schemas/customer';
import type { ProductListItem } from '@shared/schemas/product';
import type { WarrantyCardListItem } from '@shared/schemas/warranty';
import type { TicketListItem } from '@shared/schemas/ticket-types';
import type { ReceiptListItem } from '@shared/schemas/payment-types';
import { foldSerial } from '@shared/text/serial';

type SearchOption = { value: string; label: string } & (
  | { customer: CustomerListItem }
  | { product: ProductListItem }
  | { card: WarrantyCardListItem }
  | { ticket: TicketListItem }
  | { receipt: ReceiptListItem }
);

const productName = (p: { brand: string; model: string }) => [p.brand, p.model].filter(Boolean).join(' ');
const joined = (parts: string[]) => parts.filter(Boolean).join(' · ');

/**
 * Grouped options for the dropdown; values are routes to open. The label is plain text (it is
 * what screen readers announce); optionRender draws the richer row.
 */
export function searchOptions(result: GlobalSearchResult, t: TFunction) {
  const groups: { label: string; options: SearchOption[] }[] = [];
  const tickets =
    result.tickets.length > 0
      ? {
          label: t('search.groups.tickets'),
          options: result.tickets.map((k) => ({
            value: `/tickets/${k.id}`,
            label: joined([k.ticketNo, k.customerName, k.productName, t(`tickets.status.${k.status}`)]),
            ticket: k,
          })),
        }
      : null;
  // A scanned ticket QR code is the whole number: that ticket comes first, so Enter opens it.
  const exactTicket = result.tickets.some((k) => k.matchedBy === 'ticketNo');
  if (tickets && exactTicket) groups.push(tickets);
  if (result.customers.length > 0) {
    groups.push({
      label: t('search.groups.customers'),
      options: result.customers.map((c) => ({
        value: `/customers/${c.id}`,
        label: joined([c.name, formatPhone(c.phone), c.matchedBy ? t(`search.matchedBy.${c.matchedBy}`) : '']),
        customer: c,
      })),
    });
  }
  if (result.products.length > 0) {
    groups.push({
      label: t('search.groups.products'),
      options: result.products.map((p) => ({
        value: `/warranty/products/${p.id}`,
        label: joined([productName(p), p.serial, p.customerName, p.matchedBy ? t(`search.matchedBy.${p.matchedBy}`) : '']),
        product: p,
      })),
    });
  }
  if (result.cards.length > 0) {
    groups.push({
      label: t('search.groups.cards'),
      options: result.cards.map((c) => ({
        value: `/warranty/cards/${c.id}`,
        label: joined([c.cardNo, productName(c), c.customerName, c.status === 'void' ? t('cards.status.void') : '']),
        card: c,
      })),
    });
  }
  if (tickets && !exactTicket) groups.push(tickets);
  const receipts = result.receipts;
  if (receipts.length > 0) {
    const group = {
      label: t('search.groups.receipts'),
      options: receipts.map((r) => ({
        value: `/payments?receipt=${r.receiptId}`,
        label: joined([r.number, r.customerName ?? '', r.ticketNo ?? '', r.void ? t('payments.voidTag') : '']),
        receipt: r,
      })),
    };
    // A scanned receipt QR code is the whole number: that receipt comes first.
    const exact = receipts.some((r) => foldSerial(r.number) === foldSerial(result.q));
    if (exact) groups.unshift(group);
    else groups.push(group);
  }
  return groups;
}

/** The route of the first result, the one Enter opens. */
export function firstRoute(result: GlobalSearchResult, t: TFunction): string | null {
  return searchOptions(result, t)[0]?.options[0]?.value ?? null;
}

function Secondary({ children }: { children: React.ReactNode }) {
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      · {children}
    </Typography.Text>
  );
}

function OptionRow({ option, t }: { option: SearchOption; t: TFunction }) {
  if ('customer' in option) {
    const { customer } = option;
    return (
      <Space>
        <UserOutlined />
        <span>{customer.name}</span>
        <Typography.Text type="secondary">{formatPhone(customer.phone)}</Typography.Text>
        {customer.matchedBy && <Secondary>{t(`search.matchedBy.${customer.matchedBy}`)}</Secondary>}
      </Space>
    );
  }
  if ('product' in option) {
    const { product } = option;
    return (
      <Space>
        <MobileOutlined />
        <span>{productName(product)}</span>
        {product.serial && <Typography.Text code>{product.serial}</Typography.Text>}
        <Typography.Text type="secondary">{product.customerName}</Typography.Text>
        {product.matchedBy && <Secondary>{t(`search.matchedBy.${product.matchedBy}`)}</Secondary>}
      </Space>
    );
  }
  if ('receipt' in option) {
    const { receipt } = option;
    return (
      <Space>
        <AccountBookOutlined />
        <span>{receipt.number}</span>
        <Typography.Text type="secondary">{[receipt.customerName, receipt.ticketNo].filter(Boolean).join(' · ')}</Typography.Text>
        {receipt.void && <Secondary>{t('payments.voidTag')}</Secondary>}
      </Space>
    );
  }
  if ('ticket' in option) {
    const { ticket } = option;
    return (
      <Space>
        <ToolOutlined />
        <span>{ticket.ticketNo}</span>
        <Typography.Text type="secondary">
          {ticket.customerName} · {ticket.productName}
        </Typography.Text>
        <Secondary>{t(`tickets.status.${ticket.status}`)}</Secondary>
      </Space>
    );
  }
  const { card } = option;
  return (
    <Space>
      <SafetyCertificateOutlined />
      <span>{card.cardNo}</span>
      <Typography.Text type="secondary">
        {productName(card)} · {card.customerName}
      </Typography.Text>
      {card.status === 'void' && <Secondary>{t('cards.status.void')}</Secondary>}
    </Space>
  );
}

/** The search box in the header: Ctrl+K (or F3) from anywhere, Enter opens the first result. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<GetRef<typeof AutoComplete>>(null);
  const client = useQueryClient();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 120);

  useHotkey([{ key: 'k', ctrlOrMeta: true }, { key: 'F3' }], () => {
    inputRef.current?.focus();
  });

  const results = useQuery({
    queryKey: ['search.global', q],
    queryFn: () => call('search.global', { q, limit: 8 }),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

  const options = q && results.data ? searchOptions(results.data, t) : [];
  const open = (path: string) => {
    setText('');
    inputRef.current?.blur();
    void navigate(path);
  };

  return (
    <Space>
      <AutoComplete
        ref={inputRef}
        style={{ width: 'min(560px, 50vw)' }}
        options={options}
        value={text}
        onChange={setText}
        onSelect={(value: string) => open(value)}
        optionRender={(option) => {
          // Group headers come through here too; only options carry a route.
          const data: unknown = option.data;
          return data && typeof data === 'object' && 'value' in data ? (
            <OptionRow option={data as SearchOption} t={t} />
          ) : (
            option.label
          );
        }}
        defaultActiveFirstOption
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        prefix={<SearchOutlined />}
        allowClear
        onInputKeyDown={(e) => {
          if (e.key === 'Escape') {
            setText('');
            inputRef.current?.blur();
          }
          // A scanner types the whole code and Enter faster than the search runs: search now and
          // open the first result, instead of Enter finding no (or last query's) options.
          const typed = text.trim();
          if (e.key === 'Enter' && typed && (typed !== q || results.data?.q !== typed)) {
            e.preventDefault();
            e.stopPropagation();
            void client
              .fetchQuery({ queryKey: ['search.global', typed], queryFn: () => call('search.global', { q: typed, limit: 8 }) })
              .then((r) => {
                const route = firstRoute(r, t);
                if (route) open(route);
              });
          }
        }}
        notFoundContent={q && results.data && !results.isFetching ? t('search.noResults', { q }) : undefined}
      />
      <kbd>{t('search.shortcutHint')}</kbd>
    </Space>
  );
}
