import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useCallback } from 'react';
import { VirtualTable } from '../../renderer/src/components/VirtualTable';

interface Item {
  id: number;
  name: string;
}

const ITEMS: Item[] = Array.from({ length: 2000 }, (_, i) => ({ id: i + 1, name: `客户 ${i + 1}` }));

function Harness(props: {
  items?: Item[];
  hasMore?: boolean;
  onOpen?: (id: number) => void;
  onLoadMore?: () => void;
  drawn: Map<number, number>;
}) {
  const { drawn } = props;
  const renderCells = useCallback(
    (item: Item) => {
      drawn.set(item.id, (drawn.get(item.id) ?? 0) + 1);
      return <span role="cell">{item.name}</span>;
    },
    [drawn],
  );
  return (
    <div style={{ height: 600 }}>
      <VirtualTable
        items={props.items ?? ITEMS}
        total={(props.items ?? ITEMS).length}
        hasMore={props.hasMore ?? false}
        loadingMore={false}
        onLoadMore={props.onLoadMore ?? (() => {})}
        onOpen={props.onOpen ?? (() => {})}
        emptyText="没有客户"
        label="客户"
        headers={<span role="columnheader">姓名</span>}
        renderCells={renderCells}
        rowHeight={40}
        columns="1fr"
      />
    </div>
  );
}

const rowgroup = () => screen.getByRole('table', { name: '客户' }).querySelector<HTMLElement>('[role=rowgroup]')!;

async function scrollTo(top: number) {
  await act(async () => {
    rowgroup().scrollTop = top;
    fireEvent.scroll(rowgroup());
    await new Promise((r) => setTimeout(r, 0));
  });
}

describe('virtualised table (customers, ticket queue)', () => {
  it('draws only the rows in view out of 2 000, and draws the next ones as it scrolls', async () => {
    render(<Harness drawn={new Map()} />);
    const table = screen.getByRole('table', { name: '客户' });
    expect(table).toHaveAttribute('aria-rowcount', '2001');
    const first = within(table).getAllByRole('row').length;
    expect(first).toBeGreaterThan(10);
    expect(first).toBeLessThan(60);
    expect(within(table).getByText('客户 1')).toBeInTheDocument();
    expect(within(table).queryByText('客户 1500')).toBeNull();

    await scrollTo(1499 * 40);
    expect(within(table).getByText('客户 1500')).toBeInTheDocument();
    expect(within(table).queryByText('客户 1')).toBeNull();
  });

  it('does not draw the rows already on screen again when the list scrolls a little', async () => {
    const drawn = new Map<number, number>();
    render(<Harness drawn={drawn} />);
    expect(drawn.get(5)).toBe(1);
    for (let step = 1; step <= 10; step++) await scrollTo(step * 3 * 40);
    // Row 25 was on screen all along (the view is 15 rows of 40 px plus overscan): drawn once.
    expect(screen.getByText('客户 25')).toBeInTheDocument();
    expect(drawn.get(25)).toBe(1);
    // Rows that scrolled into view were drawn once each, too.
    expect(drawn.get(45)).toBe(1);
  });

  it('opens a row with Enter or a click, and moves between rows with the arrow keys', async () => {
    const onOpen = vi.fn();
    render(<Harness drawn={new Map()} onOpen={onOpen} />);
    const row = screen.getByText('客户 3').closest<HTMLElement>('[role=row]')!;
    fireEvent.keyDown(row, { key: 'Enter' });
    expect(onOpen).toHaveBeenLastCalledWith(3);
    fireEvent.click(screen.getByText('客户 7'));
    expect(onOpen).toHaveBeenLastCalledWith(7);

    row.focus();
    await act(async () => {
      fireEvent.keyDown(row, { key: 'ArrowDown' });
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    });
    expect(document.activeElement).toBe(screen.getByText('客户 4').closest('[role=row]'));
    await act(async () => {
      fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    });
    expect(document.activeElement).toBe(row);
  });

  it('moves a screenful with Page Down / Page Up and to the ends with End / Home', async () => {
    // jsdom has no scrolling (setup.ts stubs scrollTo) nor heights: let the list's scrollTo move its
    // offset, and give it the height of its 2 000 rows.
    const stub = Element.prototype.scrollTo;
    Element.prototype.scrollTo = function scrollTo(this: Element, options?: ScrollToOptions | number) {
      if (typeof options === 'object' && options.top !== undefined) this.scrollTop = options.top;
    } as typeof Element.prototype.scrollTo;
    onTestFinished(() => {
      Element.prototype.scrollTo = stub;
    });
    render(<Harness drawn={new Map()} />);
    Object.defineProperty(rowgroup(), 'scrollHeight', { configurable: true, get: () => 2000 * 40 });
    const press = async (key: string) => {
      await act(async () => {
        fireEvent.keyDown(document.activeElement!, { key });
        for (let i = 0; i < 4; i++) {
          fireEvent.scroll(rowgroup());
          await new Promise((r) => requestAnimationFrame(() => r(undefined)));
        }
      });
      return document.activeElement?.textContent;
    };
    screen.getByText('客户 1').closest<HTMLElement>('[role=row]')!.focus();
    // 600 px of 40 px rows: 15 in view, a screenful moves by 14 so one row stays in sight.
    expect(await press('PageDown')).toBe('客户 15');
    expect(await press('PageDown')).toBe('客户 29');
    expect(await press('PageUp')).toBe('客户 15');
    expect(await press('End')).toBe('客户 2000');
    expect(await press('Home')).toBe('客户 1');
  });

  it('asks for the next page when the end of what is loaded comes into view', async () => {
    const onLoadMore = vi.fn();
    render(<Harness drawn={new Map()} items={ITEMS.slice(0, 100)} hasMore onLoadMore={onLoadMore} />);
    expect(onLoadMore).not.toHaveBeenCalled();
    await scrollTo(90 * 40);
    expect(onLoadMore).toHaveBeenCalled();
  });

  it('says so when there is nothing to list', () => {
    render(<Harness drawn={new Map()} items={[]} />);
    expect(screen.getByText('没有客户')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
