import { memo, useEffect, useMemo, useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Spin, theme } from 'antd';

export interface VirtualTableProps<T extends { id: number }> {
  items: T[];
  /** All rows the filter matches (for screen readers' row count), not just those loaded. */
  total: number;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (id: number) => void;
  emptyText: string;
  label: string;
  /** One cell per column, each a `<span role="columnheader">`. */
  headers: ReactNode;
  /**
   * The cells of one row. Keep it stable (useCallback on what it reads: translations, time zone):
   * a row is drawn again only when its item or this function changes, not on every scrolled frame.
   */
  renderCells: (item: T) => ReactNode;
  rowHeight: number;
  /** CSS grid-template-columns shared by the header and the rows. */
  columns: string;
  gap?: number;
  overscan?: number;
  initialWidth?: number;
  height?: number | string;
}

/** What a list built on VirtualTable gets from its page: the rows, paging, what a row opens. */
export type VirtualListData<T extends { id: number }> = Pick<
  VirtualTableProps<T>,
  'items' | 'total' | 'hasMore' | 'loadingMore' | 'onLoadMore' | 'onOpen' | 'emptyText'
>;

interface RowActions {
  open: (id: number) => void;
  /** Rows a key moves the focus by (arrows one, Page Up/Down a screenful, Home/End to the ends), or null. */
  step: (key: string) => number | null;
  move: (from: number, by: number) => void;
}

interface RowProps<T extends { id: number }> {
  item: T;
  index: number;
  start: number;
  rowStyle: CSSProperties;
  renderCells: (item: T) => ReactNode;
  actions: RowActions;
}

/**
 * One row. Memoised: while the list scrolls, the rows already on screen keep their props (item,
 * position, style, actions are all stable), so React draws only the rows that come into view.
 */
const Row = memo(function Row<T extends { id: number }>({ item, index, start, rowStyle, renderCells, actions }: RowProps<T>) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      actions.open(item.id);
      return;
    }
    const by = actions.step(e.key);
    if (by === null) return;
    e.preventDefault();
    actions.move(index, by);
  };
  return (
    <div
      role="row"
      tabIndex={0}
      data-index={index}
      aria-rowindex={index + 2}
      className="rc-virtual-row"
      onClick={() => actions.open(item.id)}
      onKeyDown={onKeyDown}
      style={{ ...rowStyle, transform: `translateY(${start}px)` }}
    >
      {renderCells(item)}
    </div>
  );
}) as <T extends { id: number }>(props: RowProps<T>) => ReactNode;

/**
 * A virtualised table (customers, the ticket queue): only the visible rows exist in the page, so
 * 200 000 rows scroll like 20. More pages load as the end comes into view. The arrow keys move
 * between rows, Page Up/Down by a screenful, Home/End to the first and last row loaded; Enter opens.
 */
export function VirtualTable<T extends { id: number }>({
  items,
  total,
  hasMore,
  loadingMore,
  onLoadMore,
  onOpen,
  emptyText,
  label,
  headers,
  renderCells,
  rowHeight,
  columns,
  gap,
  overscan = 10,
  initialWidth = 1000,
  height = '100%',
}: VirtualTableProps<T>) {
  const { token } = theme.useToken();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: hasMore ? items.length + 1 : items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
    initialRect: { width: initialWidth, height: 600 },
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= items.length - 1) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, items.length, onLoadMore]);

  // The rows read the latest callbacks through a ref, so the object they get never changes.
  const latest = useRef({ onOpen, count: items.length, virtualizer, rowHeight });
  latest.current = { onOpen, count: items.length, virtualizer, rowHeight };
  const actions = useMemo<RowActions>(
    () => ({
      open: (id) => latest.current.onOpen(id),
      step: (key) => {
        const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / latest.current.rowHeight) - 1);
        const steps: Record<string, number> = {
          ArrowDown: 1,
          ArrowUp: -1,
          PageDown: page,
          PageUp: -page,
          End: Number.MAX_SAFE_INTEGER,
          Home: -Number.MAX_SAFE_INTEGER,
        };
        return steps[key] ?? null;
      },
      move: (from, by) => {
        const index = Math.min(Math.max(from + by, 0), latest.current.count - 1);
        latest.current.virtualizer.scrollToIndex(index);
        // A far row is drawn only once the scroll has been handled: look for it for a few frames.
        const focus = (tries: number) =>
          requestAnimationFrame(() => {
            const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
            if (row) row.focus();
            else if (tries > 0) focus(tries - 1);
          });
        focus(10);
      },
    }),
    [],
  );
  const border = `1px solid ${token.colorBorderSecondary}`;
  const rowStyle = useMemo<CSSProperties>(
    () => ({
      position: 'absolute',
      top: 0,
      left: 0,
      width: '100%',
      height: rowHeight,
      display: 'grid',
      gridTemplateColumns: columns,
      gap,
      alignItems: 'center',
      padding: '0 16px',
      cursor: 'pointer',
      borderBottom: border,
    }),
    [rowHeight, columns, gap, border],
  );

  if (items.length === 0 && !hasMore) return <Empty description={emptyText} style={{ padding: 32 }} />;

  return (
    <div role="table" aria-rowcount={total + 1} aria-label={label} style={{ height, display: 'flex', flexDirection: 'column' }}>
      <div
        role="row"
        style={{
          display: 'grid',
          gridTemplateColumns: columns,
          gap,
          padding: '10px 16px',
          background: token.colorFillAlter,
          borderBottom: border,
          fontWeight: 600,
        }}
      >
        {headers}
      </div>
      <div ref={scrollRef} style={{ flex: 1, overflow: 'auto', minHeight: 200 }} role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualItems.map((row) => {
            const item = items[row.index];
            if (!item) {
              return (
                <div
                  key="loader"
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    width: '100%',
                    height: rowHeight,
                    transform: `translateY(${row.start}px)`,
                    display: 'grid',
                    placeItems: 'center',
                  }}
                >
                  <Spin size="small" />
                </div>
              );
            }
            return (
              <Row
                key={item.id}
                item={item}
                index={row.index}
                start={row.start}
                rowStyle={rowStyle}
                renderCells={renderCells}
                actions={actions}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
