import { useState } from 'react';
import { Select, Space, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { useDebounced } from '../hooks/useDebounced';
import { formatPhone } from '@shared/text/phone';

interface CustomerSelectProps {
  id?: string;
  value?: number | null;
  /** The chosen customer's id, and their name as listed. */
  onChange?: (id: number, name: string) => void;
  /** How to show the current value before any search ran (e.g. when editing). */
  currentLabel?: string;
  /** Customers not to offer (e.g. the card's current holder). */
  excludeId?: number;
  status?: 'error' | 'warning';
  placeholder?: string;
  autoFocus?: boolean;
}

/** Picks a customer by name, phone or its last digits, searched as staff type. */
export function CustomerSelect({
  id,
  value,
  onChange,
  currentLabel,
  excludeId,
  status,
  placeholder,
  autoFocus,
}: CustomerSelectProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 150);
  const results = useQuery({
    queryKey: ['customers', 'list', q, 'select'],
    queryFn: () => call('customers.list', { q, limit: 20 }),
    placeholderData: keepPreviousData,
  });
  const options = (results.data?.items ?? [])
    .filter((c) => c.id !== excludeId)
    .map((c) => ({
      value: c.id,
      name: c.name,
      label: (
        <Space>
          <span>{c.name}</span>
          <Typography.Text type="secondary">{formatPhone(c.phone)}</Typography.Text>
        </Space>
      ),
    }));
  if (value && currentLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, name: currentLabel, label: <span>{currentLabel}</span> });
  }
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(v: number) => onChange?.(v, options.find((o) => o.value === v)?.name ?? '')}
      options={options}
      optionLabelProp="name"
      placeholder={placeholder ?? t('products.fields.customerPlaceholder')}
      loading={results.isFetching}
      status={status}
      autoFocus={autoFocus}
      style={{ width: '100%' }}
      notFoundContent={results.isFetching ? undefined : t('customers.noMatch', { q: text })}
    />
  );
}
