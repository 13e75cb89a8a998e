import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Space, Spin, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShopTime } from '../../hooks/useShopTime';
import type { TicketListItem } from '../../../../shared/schemas/ticket-types';
import { FlagTags, StatusTag } from './TicketTags';

export interface TicketListProps {
  items: TicketListItem[];
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (id: number) => void;
  emptyText: string;
  label: string;
}

const ROW_HEIGHT = 52;
const COLUMNS = '1.3fr 1.2fr 1.8fr 1.8fr 1.8fr 1fr 0.9fr';

/** The fault as the counter sees it in a list: its category, else the start of the description. */
export function faultSummary(item: Pick<TicketListItem, 'faultCategory' | 'reportedFault'>, t: (k: string) => string): string {
  return item.faultCategory ? t(`tickets.faults.${item.faultCategory}`) : item.reportedFault;
}

/**
 * The queue, virtualised like the customer list: only the visible rows exist, so 100 000 tickets
 * scroll like 20; pages load as the end comes into view. Arrow keys move, Enter opens.
 */
export function TicketList({ items, total, hasMore, loadingMore, onLoadMore, onOpen, emptyText, label }: TicketListProps) {
  const { t } = useTranslation();
  const shopTime = useShopTime();
  const { token } = theme.useToken();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: hasMore ? items.length + 1 : items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 1000, height: 600 },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - 1) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore]);

  if (items.length === 0 && !hasMore) return <Empty description={emptyText} style={{ padding: 32 }} />;

  const focusRow = (index: number) => {
    virtualizer.scrollToIndex(index);
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus());
  };
  const headers = ['ticketNo', 'customer', 'device', 'fault', 'status', 'promised', 'technician'] as const;

  return (
    <div
      role="table"
      aria-rowcount={total + 1}
      aria-label={label}
      style={{ height: '100%', display: 'flex', flexDirection: 'column' }}
    >
      <div
        role="row"
        style={{
          display: 'grid',
          gridTemplateColumns: COLUMNS,
          gap: 8,
          padding: '10px 16px',
          background: token.colorFillAlter,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          fontWeight: 600,
        }}
      >
        {headers.map((h) => (
          <span key={h} role="columnheader">
            {t(`tickets.columns.${h}`)}
          </span>
        ))}
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
                  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                    e.preventDefault();
                    focusRow(Math.min(Math.max(row.index + (e.key === 'ArrowDown' ? 1 : -1), 0), items.length - 1));
                  }
                }}
                style={{
                  ...style,
                  display: 'grid',
                  gridTemplateColumns: COLUMNS,
                  gap: 8,
                  alignItems: 'center',
                  padding: '0 16px',
                  cursor: 'pointer',
                  borderBottom: `1px solid ${token.colorBorderSecondary}`,
                }}
              >
                <span role="cell">
                  <Typography.Text strong>{item.ticketNo}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {shopTime.dateTime(item.intakeAt)}
                  </Typography.Text>
                </span>
                <span role="cell">
                  <Typography.Text ellipsis>{item.customerName}</Typography.Text>
                </span>
                <span role="cell">
                  <Typography.Text ellipsis>{item.productName}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                    {item.serial}
                  </Typography.Text>
                </span>
                <span role="cell">
                  <Typography.Text ellipsis>{faultSummary(item, t)}</Typography.Text>
                </span>
                <span role="cell">
                  <Space size={2} wrap>
                    <StatusTag status={item.status} />
                    <FlagTags flags={item.flags} />
                  </Space>
                </span>
                <span role="cell">{item.promisedDate}</span>
                <span role="cell">
                  <Typography.Text ellipsis>{item.technicianName ?? t('common.none')}</Typography.Text>
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
