import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAppWith } from '../harness';
import { call, intake, move, must, shop } from '../../electron/tickets/fixtures';

/** Three tickets: one waiting, one in repair with 李工, one ready for pickup. */
async function threeTickets(core: Parameters<typeof shop>[0]) {
  const s = await shop(core);
  must(await call(core, 'settings.setStaff', { staffId: s.clerk.id }));
  const laser = [{ component: 'laser', fault: 'weak_output' as const }];
  const a = await intake(s);
  const b = await intake(s, { faults: laser });
  await move(s, b.id, 'diagnosing');
  await move(s, b.id, 'in_repair');
  must(await call(core, 'tickets.updateWork', { id: b.id, staffId: s.clerk.id, technicianId: s.tech.id }));
  const c = await intake(s, { faults: laser });
  await move(s, c.id, 'diagnosing');
  await move(s, c.id, 'in_repair');
  await move(s, c.id, 'ready');
  return { s, a, b, c };
}

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0]?.textContent?.slice(0, 12));

describe('queues and finding a ticket', () => {
  it('the counter queue lists open tickets newest first and filters by status', async () => {
    const user = userEvent.setup();
    await renderAppWith('/tickets', threeTickets);
    const table = await screen.findByRole('table', { name: '维修单' });
    await waitFor(() => expect(rows(table)).toEqual(['R2026-000003', 'R2026-000002', 'R2026-000001']));
    expect(screen.getByText('共 3 张')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: '状态' }));
    await user.click((await screen.findAllByTitle('待取机')).at(-1)!);
    await waitFor(() => expect(rows(screen.getByRole('table', { name: '维修单' }))).toEqual(['R2026-000003']));
  });

  it('a technician’s own queue shows only their open tickets', async () => {
    await renderAppWith('/tickets/mine', threeTickets);
    const table = await screen.findByRole('table', { name: '我的队列' });
    await waitFor(() => expect(rows(table)).toEqual(['R2026-000002']));
  });

  it('a scanned ticket number in the global search opens the ticket at once', async () => {
    const user = userEvent.setup();
    await renderAppWith('/', threeTickets);
    const search = await screen.findByRole('combobox', { name: '全局搜索' });
    await user.click(search);
    // A scanner types the QR code's text and Enter, faster than the search runs.
    await user.keyboard('R2026-000002{Enter}');
    expect(await screen.findByRole('heading', { name: '维修单 R2026-000002' })).toBeInTheDocument();
  });

  it('the customer’s and the product’s pages list their tickets', async () => {
    const user = userEvent.setup();
    await renderAppWith('/customers/1', threeTickets);
    const list = await screen.findByRole('table', { name: '维修单' });
    await waitFor(() => expect(within(list).getAllByRole('row')).toHaveLength(4));
    expect(within(list).getByText('待取机')).toBeInTheDocument();
    await user.click(within(list).getByText('R2026-000001'));
    expect(await screen.findByRole('heading', { name: '维修单 R2026-000001' })).toBeInTheDocument();
  });
});
