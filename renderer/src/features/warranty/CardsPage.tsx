import { useState } from 'react';
import { Alert, Input, Space, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { useDebounced } from '../../hooks/useDebounced';
import { useShopToday } from '../../hooks/useShopToday';
import { useCards } from './api';
import { CardTable } from './CardTable';

/** Every warranty card, in force first; filtered by card number, serial or phone. */
export function CardsPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const q = useDebounced(filter.trim(), 150);
  const cards = useCards({ q });
  const today = useShopToday();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Text type="secondary">{t('cards.issueHint')}</Typography.Text>
        <div style={{ flex: 1 }} />
        <Input
          aria-label={t('cards.searchPlaceholder')}
          placeholder={t('cards.searchPlaceholder')}
          prefix={<SearchOutlined />}
          allowClear
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ width: 340 }}
        />
      </div>
      {cards.isError && <Alert type="error" showIcon title={errorText(t, cards.error)} />}
      <CardTable
        label={t('cards.title')}
        items={cards.data ?? []}
        loading={cards.isPending}
        today={today}
        emptyText={q ? t('cards.noMatch', { q }) : t('cards.empty')}
      />
    </Space>
  );
}
