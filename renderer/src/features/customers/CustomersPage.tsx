import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { Button, Input, Skeleton, Typography, Alert, theme } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCustomerPages } from './api';
import { CustomerList } from './CustomerList';
import { useDebounced } from '../../hooks/useDebounced';
import { errorText } from '../../api/client';
import { loadRestStyles, prefetchWhenIdle } from '../../app/pages';

// The form (react-hook-form, zod, the schemas, and antd's styles for the dialog and the form)
// loads when first opened, not with the list: the list is the first screen of the app.
const loadForm = () => Promise.all([import('./CustomerFormModal'), loadRestStyles()]).then(([form]) => form);
const CustomerFormModal = lazy(() => loadForm().then((m) => ({ default: m.CustomerFormModal })));

export function CustomersPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [filter, setFilter] = useState('');
  const [params, setParams] = useSearchParams();
  const creating = params.get('new') === '1';
  const setCreating = (open: boolean) => setParams(open ? { new: '1' } : {}, { replace: true });
  // Once opened, the dialog stays mounted (as an antd Modal does) so it can animate closed.
  const [formUsed, setFormUsed] = useState(creating);
  if (creating && !formUsed) setFormUsed(true);
  useEffect(() => prefetchWhenIdle([loadForm]), []);
  const q = useDebounced(filter.trim(), 150);
  const pages = useCustomerPages(q);
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  const total = pages.data?.pages[0]?.total ?? 0;
  const { fetchNextPage, isFetchingNextPage } = pages;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  return (
    // A fixed-height column: the list scrolls inside its card, which is what lets it virtualise.
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16, height: 'calc(100vh - 112px)', minHeight: 360 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('customers.title')}
        </Typography.Title>
        <Typography.Text type="secondary" aria-live="polite">
          {pages.data ? t('customers.total', { count: total }) : ''}
        </Typography.Text>
        <div style={{ flex: 1 }} />
        <Input
          aria-label={t('customers.searchPlaceholder')}
          placeholder={t('customers.searchPlaceholder')}
          prefix={<SearchOutlined />}
          allowClear
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ width: 320 }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} title="Alt+N">
          {t('customers.new')}
        </Button>
      </div>
      {pages.isError && <Alert type="error" showIcon title={errorText(t, pages.error)} />}
      {/*
        Drawn as antd's bordered Card with an unpadded body (same rules, same look), without the
        Card component: it brings antd's Tabs along (~45 KB more for the first screen to load).
      */}
      <div
        style={{
          flex: 1,
          minHeight: 0,
          display: 'flex',
          flexDirection: 'column',
          position: 'relative',
          boxSizing: 'border-box',
          color: token.colorText,
          fontSize: token.fontSize,
          lineHeight: token.lineHeight,
          fontFamily: token.fontFamily,
          listStyle: 'none',
          background: token.colorBgContainer,
          border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadiusLG,
        }}
      >
        <div style={{ flex: 1, minHeight: 0, borderRadius: token.borderRadiusLG }}>
          {pages.isPending ? (
            <Skeleton active paragraph={{ rows: 4 }} title={false} />
          ) : (
            <CustomerList
              items={items}
              total={total}
              hasMore={!!pages.hasNextPage}
              loadingMore={isFetchingNextPage}
              onLoadMore={loadMore}
              onOpen={(id) => void navigate(`/customers/${id}`)}
              emptyText={q ? t('customers.noMatch', { q }) : t('customers.empty')}
            />
          )}
        </div>
      </div>
      {formUsed && (
        <Suspense fallback={null}>
          <CustomerFormModal
            open={creating}
            onClose={() => setCreating(false)}
            onSaved={(c) => {
              setCreating(false);
              void navigate(`/customers/${c.id}`);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
