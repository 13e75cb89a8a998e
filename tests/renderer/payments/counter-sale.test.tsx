import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fill, renderAppWith } from '../harness';
import { call, must } from '../../electron/tickets/fixtures';
import { pay, payShop, readyTicket } from '../../electron/payments/fixtures';

async function counter(core: Parameters<typeof payShop>[0], as: 'clerk' | 'owner' = 'clerk') {
  const s = await payShop(core);
  must(await call(core, 'settings.setStaff', { staffId: as === 'owner' ? s.owner.id : s.clerk.id }));
  return s;
}

async function openSale(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /柜台销售/ }, { timeout: 5000 }));
  return screen.findByRole('dialog', {}, { timeout: 5000 });
}

describe('a counter sale on the Payments page', () => {
  it('sells two lines for cash with change, issues the receipt and opens it', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/payments', (c) => counter(c));
    const dialog = await openSale(user);

    const first = within(dialog).getByRole('group', { name: '第 1 项' });
    await fill(user, within(first).getByRole('textbox', { name: '项目' }), '钢化膜');
    const qty = within(first).getByRole('textbox', { name: '数量' });
    await user.clear(qty);
    await user.type(qty, '2');
    await user.type(within(first).getByRole('textbox', { name: '单价' }), '30');
    await user.click(within(dialog).getByRole('button', { name: /添加项目/ }));
    const second = within(dialog).getByRole('group', { name: '第 2 项' });
    await fill(user, within(second).getByRole('textbox', { name: '项目' }), '贴膜工时');
    await user.type(within(second).getByRole('textbox', { name: '单价' }), '20.5');

    // The total is live (2 × ¥30 + ¥20.50) and the cash field follows it until typed in.
    const cash = within(dialog).getByRole('textbox', { name: '实收现金' });
    expect(cash).toHaveValue('80.50');
    await user.clear(cash);
    await user.type(cash, '100');
    expect(within(dialog).getByTestId('change')).toHaveTextContent('¥19.50');
    await user.type(cash, '{Enter}');

    expect(await screen.findByText('收据 S2026-000001', {}, { timeout: 5000 })).toBeInTheDocument();
    const receipt = must(await call(core, 'receipts.get', { id: 1 }));
    expect(receipt).toMatchObject({ purpose: 'sale', ticketId: null, total: 8_050, amount: 8_050, changeGiven: 1_950 });
    expect(receipt.lines.map((l) => l.description)).toEqual(['钢化膜', '贴膜工时']);
    expect(receipt.payments).toEqual([{ method: 'cash', amount: 8_050, tendered: 10_000, reference: '' }]);
    const row = core.context.db.$client.prepare('SELECT purpose, total FROM receipts WHERE id = 1').get();
    expect(row).toEqual({ purpose: 'sale', total: 8_050 });
    // Listed with the day's receipts.
    const today = await screen.findByRole('region', { name: '今日收据' });
    expect(await within(today).findByText('S2026-000001', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('refuses a line with a negative price or no description, with a translated message, and creates nothing', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/payments', (c) => counter(c));
    const dialog = await openSale(user);
    const first = within(dialog).getByRole('group', { name: '第 1 项' });
    await fill(user, within(first).getByRole('textbox', { name: '项目' }), '数据线');
    await user.type(within(first).getByRole('textbox', { name: '单价' }), '-5');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('第 1 项：金额不能为负数');
    await user.click(within(dialog).getByRole('button', { name: '收款并开具收据' }));

    await user.clear(within(first).getByRole('textbox', { name: '项目' }));
    const price = within(first).getByRole('textbox', { name: '单价' });
    await user.clear(price);
    await user.type(price, '5{Enter}');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('第 1 项：必填');
    await user.click(within(dialog).getByRole('button', { name: '收款并开具收据' }));

    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(must(await call(core, 'receipts.list', {}))).toEqual([]);
  });
});

describe('printing from the Payments page', () => {
  it('prints a credit note from its row in the list', async () => {
    const user = userEvent.setup();
    await renderAppWith('/payments', async (c) => {
      const s = await counter(c, 'owner');
      const t = await readyTicket(s);
      const receipt = must(await pay(s, t.id, [{ method: 'cash', amount: 65_000 }]));
      must(
        await call(c, 'receipts.refund', {
          id: receipt.id,
          staffId: s.owner.id,
          amount: 5_000,
          method: 'cash',
          reference: '',
          reason: '配件降价',
        }),
      );
    });
    const today = await screen.findByRole('region', { name: '今日收据' }, { timeout: 5000 });
    const print = await within(today).findByLabelText(/^打印退款凭证 /, {}, { timeout: 5000 });
    const creditNo = print.getAttribute('aria-label')!.replace('打印退款凭证 ', '');
    await user.click(print);
    expect(await screen.findByText(`退款凭证 ${creditNo}（收据 S2026-000001）`, {}, { timeout: 5000 })).toBeInTheDocument();
    // The layout chooser is the receipt's, and the way back to the receipt is offered. (Clicking it
    // under jsdom starts work that never settles — not reproduced in the print path; to be checked
    // in Chromium, see the issue note.)
    expect(screen.getByRole('radiogroup', { name: '版式' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '返回收据' })).toBeInTheDocument();
  });

  it('prints the day close on A4 or the 80 mm roll', async () => {
    const user = userEvent.setup();
    await renderAppWith('/payments', (c) => counter(c));
    const panel = await screen.findByRole('region', { name: '日结' }, { timeout: 5000 });
    const card = panel.closest('.ant-card') as HTMLElement;
    await user.click(within(card).getByRole('button', { name: /打\s*印/ }));
    const layout = await screen.findByRole('radiogroup', { name: '版式' }, { timeout: 5000 });
    expect(within(layout).getByText('A4 收据')).toBeInTheDocument();
    const roll = within(layout).getByText('80 毫米小票');
    await user.click(roll);
    await waitFor(() => expect(roll.closest('label')).toHaveClass('ant-segmented-item-selected'));
  });
});
