import { useState } from 'react';
import { Alert, Button, Input, Space, Typography } from 'antd';
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { useDebounced } from '../../hooks/useDebounced';
import { usePolicies } from '../warranty/api';
import { useProducts } from './api';
import { ProductFormModal } from './ProductFormModal';
import { ProductTable } from './ProductTable';

/** Every registered product, newest first; filtered by serial (or its end) or model. */
export function ProductsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState('');
  const q = useDebounced(filter.trim(), 150);
  const products = useProducts({ q });
  const policies = usePolicies();
  const creating = params.get('new') === '1';
  const setCreating = (open: boolean) => setParams(open ? { new: '1' } : {}, { replace: true });
  const items = products.data ?? [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16, flexWrap: 'wrap' }}>
        <Typography.Text type="secondary" aria-live="polite">
          {products.data ? t('products.shown', { count: items.length }) : ''}
        </Typography.Text>
        <div style={{ flex: 1 }} />
        <Input
          aria-label={t('products.searchPlaceholder')}
          placeholder={t('products.searchPlaceholder')}
          prefix={<SearchOutlined />}
          allowClear
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ width: 340 }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('products.new')}
        </Button>
      </div>
      {products.isError && <Alert type="error" showIcon title={errorText(t, products.error)} />}
      <ProductTable
        label={t('products.title')}
        items={items}
        policies={policies.data ?? []}
        loading={products.isPending}
        emptyText={q ? t('products.noMatch', { q }) : t('products.empty')}
      />
      <ProductFormModal
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(p) => {
          setCreating(false);
          void navigate(`/warranty/products/${p.id}`);
        }}
      />
    </Space>
  );
}
