import { useRef, useState } from 'react';
import { AutoComplete, Typography, Space, type GetRef } from 'antd';
import { SearchOutlined, UserOutlined } from '@ant-design/icons';
import { useQuery, keepPreviousData } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useDebounced } from '../../hooks/useDebounced';
import { useHotkey } from '../../hooks/useHotkey';
import { formatPhone } from '../../../../shared/text/phone';
import type { GlobalSearchResult } from '../../../../shared/schemas/search';
import type { CustomerListItem } from '../../../../shared/schemas/customer';

type SearchOption = { value: string; label: string; customer: CustomerListItem };

/**
 * Grouped options for the dropdown; values are routes to open. The label is plain text (it is
 * what screen readers announce); optionRender draws the richer row.
 */
export function searchOptions(result: GlobalSearchResult, t: (key: string) => string) {
  if (result.customers.length === 0) return [];
  return [
    {
      label: t('search.groups.customers'),
      options: result.customers.map((c): SearchOption => ({
        value: `/customers/${c.id}`,
        label: [c.name, formatPhone(c.phone), c.matchedBy ? t(`search.matchedBy.${c.matchedBy}`) : '']
          .filter(Boolean)
          .join(' · '),
        customer: c,
      })),
    },
  ];
}

function OptionRow({ customer, t }: { customer: CustomerListItem; t: (key: string) => string }) {
  return (
    <Space>
      <UserOutlined />
      <span>{customer.name}</span>
      <Typography.Text type="secondary">{formatPhone(customer.phone)}</Typography.Text>
      {customer.matchedBy && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          · {t(`search.matchedBy.${customer.matchedBy}`)}
        </Typography.Text>
      )}
    </Space>
  );
}

/** The search box in the header: Ctrl+K (or F3) from anywhere, Enter opens the first result. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<GetRef<typeof AutoComplete>>(null);
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
          const data = option.data as Partial<SearchOption>;
          return data.customer ? <OptionRow customer={data.customer} t={t} /> : option.label;
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
        }}
        notFoundContent={q && results.data && !results.isFetching ? t('search.noResults', { q }) : undefined}
      />
      <kbd>{t('search.shortcutHint')}</kbd>
    </Space>
  );
}
