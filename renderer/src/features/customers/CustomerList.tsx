import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import type { CustomerListItem } from '../../../../shared/schemas/customer';
import { formatPhone } from '../../../../shared/text/phone';

export interface CustomerListProps {
  items: CustomerListItem[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (id: number) => void;
  emptyText: string;
  height?: number | string;
}

const ROW_HEIGHT = 44;
const COLUMNS = '2fr 1.6fr 2fr 1.2fr';

/**
 * A virtualised table: only the visible rows exist in the page, so 200,000 customers scroll
 * like 20. More pages load as the end comes into view. Arrow keys move between rows, Enter opens.
 */
export function CustomerList({
  items,
  total,
  hasMore,
  loadingMore,
  onLoadMore,
  onOpen,
  emptyText,
  height = '100%',
}: CustomerListProps) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const { token } = theme.useToken();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: hasMore ? items.length + 1 : items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 800, height: 600 },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - 1) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore]);

  if (items.length === 0 && !hasMore) return <Empty description={emptyText} />;

  const focusRow = (index: number) => {
    virtualizer.scrollToIndex(index);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus());
  };

  return (
    <div
      role="table"
      aria-rowcount={total + 1}
      aria-label={t('customers.title')}
      style={{ height, display: 'flex', flexDirection: 'column' }}
    >
      <div
        role="row"
        style={{
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          padding: '10px 16px',
          background: token.colorFillAlter,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          fontWeight: 600,
        }}
      >
        <span role="columnheader">{t('customers.columns.name')}</span>
        <span role="columnheader">{t('customers.columns.phone')}</span>
        <span role="columnheader">{t('customers.columns.email')}</span>
        <span role="columnheader">{t('customers.columns.created')}</span>
      </div>
      <div ref={scrollRef} style={{ flex: 1, overflow: 'auto', minHeight: 200 }} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualItems.map((row) => {
            const item = items[row.index];
            const style = {
              position: 'absolute' as const,
              top: 0,
              left: 0,
              width: '100%',
              height: ROW_HEIGHT,
              transform: `translateY(${row.start}px)`,
            };
            if (!item) {
              return (
                <div key="loader" style={{ ...style, display: 'grid', placeItems: 'center' }}>
                  <Spin size="small" />
                </div>
              );
            }
            return (
              <div
                key={item.id}
                role="row"
                tabIndex={0}
                data-index={row.index}
                aria-rowindex={row.index + 2}
                className="rc-virtual-row"
                onClick={() => onOpen(item.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') onOpen(item.id);
                  if (e.key === 'ArrowDown') {
                    e.preventDefault();
                    focusRow(Math.min(row.index + 1, items.length - 1));
                  }
                  if (e.key === 'ArrowUp') {
                    e.preventDefault();
                    focusRow(Math.max(row.index - 1, 0));
                  }
                }}
                style={{
                  ...style,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  alignItems: 'center',
                  padding: '0 16px',
                  cursor: 'pointer',
                  borderBottom: `1px solid ${token.colorBorderSecondary}`,
                }}
              >
                <span role="cell">
                  <Typography.Text strong>{item.name}</Typography.Text>
                </span>
                <span role="cell">{formatPhone(item.phone)}</span>
                <span role="cell">
                  <Typography.Text type="secondary" ellipsis>
                    {item.email || t('common.none')}
                  </Typography.Text>
                </span>
                <span role="cell">{shopTime.date(item.createdAt)}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
