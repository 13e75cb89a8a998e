import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fill, renderAppWith } from '../harness';
import { call, must } from '../../electron/tickets/fixtures';
import { pay, payShop, readyTicket } from '../../electron/payments/fixtures';

async function readyWithDeposit(core: Parameters<typeof payShop>[0], as: 'clerk' | 'owner' = 'clerk') {
  const s = await payShop(core);
  must(await call(core, 'settings.setStaff', { staffId: as === 'owner' ? s.owner.id : s.clerk.id }));
  const t = await readyTicket(s, 10_000);
  return { s, t };
}

const paymentsCard = () => screen.getByRole('region', { name: '收款' });

describe('taking a payment on the ticket page', () => {
  it('splits WeChat + cash, shows the change live, Enter issues the receipt and the balance clears', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/tickets/1', (c) => readyWithDeposit(c));
    await screen.findByRole('heading', { name: '维修单 R2026-000001' });
    expect(within(paymentsCard()).getByTestId('balance-due')).toHaveTextContent('¥550.00');

    await user.click(screen.getByRole('button', { name: /^收\s*款$/ }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    // The amount field has focus with the balance in it.
    const cash = within(dialog).getByRole('textbox', { name: '实收现金' });
    expect(cash).toHaveFocus();
    expect(cash).toHaveValue('550.00');
    await user.clear(cash);
    await user.type(cash, '100');
    await user.click(within(dialog).getByRole('button', { name: /增加付款方式/ }));
    const wechat = within(dialog).getAllByRole('textbox', { name: '金额' })[0]!;
    await user.type(wechat, '500');
    await user.type(within(dialog).getByRole('textbox', { name: '参考号 / 交易号' }), '4200001234');
    expect(within(dialog).getByTestId('change')).toHaveTextContent('¥50.00');
    await user.type(wechat, '{Enter}');

    await waitFor(() => expect(within(paymentsCard()).getByTestId('balance-due')).toHaveTextContent('已付清'));
    const receipt = must(await call(core, 'receipts.get', { id: 2 }));
    expect(receipt).toMatchObject({ receiptNo: 'S2026-000002', amount: 55_000, changeGiven: 5_000 });
    expect(receipt.payments).toEqual([
      { method: 'cash', amount: 5_000, tendered: 10_000, reference: '' },
      { method: 'wechat', amount: 50_000, tendered: null, reference: '4200001234' },
    ]);
    // The new receipt opens ready to print.
    expect(await screen.findByText('收据 S2026-000002', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('refuses a non-cash overpayment until the excess is kept as credit', async () => {
    const user = userEvent.setup();
    await renderAppWith('/tickets/1', (c) => readyWithDeposit(c));
    await screen.findByRole('heading', { name: '维修单 R2026-000001' });
    await user.click(screen.getByRole('button', { name: /^收\s*款$/ }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    await user.click(within(dialog).getByRole('combobox', { name: '付款方式' }));
    await user.click(await screen.findByTitle('支付宝'));
    const amount = within(dialog).getByRole('textbox', { name: '金额' });
    await user.clear(amount);
    await user.type(amount, '600');
    expect(within(dialog).getByText('比应收多 ¥50.00。')).toBeInTheDocument();
    const ok = within(dialog).getByRole('button', { name: '收款并开具收据' });
    expect(ok).toBeDisabled();
    await user.click(within(dialog).getByRole('checkbox', { name: '多收部分记为客户余额' }));
    expect(ok).toBeEnabled();
  });

  it('blocks the hand-back with a balance for the clerk', async () => {
    const user = userEvent.setup();
    await renderAppWith('/tickets/1', (c) => readyWithDeposit(c));
    await screen.findByRole('heading', { name: '维修单 R2026-000001' });
    await user.click(screen.getByRole('button', { name: '交机…' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('尚欠 ¥550.00：请先收款。')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: /客户已检验设备/ }));
    expect(within(dialog).getByRole('button', { name: '确认交机' })).toBeDisabled();
  });
});

describe('the Payments area', () => {
  it('lists today’s receipts, finds one by number, and the owner voids it with a reason', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/payments', async (c) => {
      const { s, t } = await readyWithDeposit(c, 'owner');
      must(await pay(s, t.id, [{ method: 'cash', amount: 55_000 }]));
    });
    const today = await screen.findByRole('region', { name: '今日收据' }, { timeout: 5000 });
    expect(await within(today).findByText('S2026-000002', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(within(today).getByText('S2026-000001')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: '查找收据' }), '000002');
    const found = await screen.findByRole('region', { name: '查找收据' }, { timeout: 5000 });
    await user.click(await within(found).findByText('S2026-000002', {}, { timeout: 5000 }));
    expect(within(found).queryByText('S2026-000001')).toBeNull();
    await screen.findByText('收据 S2026-000002', {}, { timeout: 5000 });
    await user.click(await screen.findByRole('button', { name: '作废…' }));
    expect(await screen.findByText('作废收据 S2026-000002', {}, { timeout: 5000 })).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: '作废收据' });
    expect(confirm).toBeDisabled();
    await fill(user, screen.getByRole('textbox', { name: '作废原因' }), '重复收款');
    await user.click(screen.getByRole('button', { name: '作废收据' }));
    expect(await screen.findByText('收据 S2026-000002 已作废', {}, { timeout: 5000 })).toBeInTheDocument();
    await waitFor(async () => expect(must(await call(core, 'receipts.get', { id: 2 })).voidReason).toBe('重复收款'), {
      timeout: 5000,
    });
  });

  it('closes the day with the drawer count and shows the difference', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/payments', async (c) => {
      const { s, t } = await readyWithDeposit(c);
      must(await pay(s, t.id, [{ method: 'cash', amount: 55_000 }]));
    });
    const panel = await screen.findByRole('region', { name: '日结' });
    await within(panel).findByText('¥650.00');
    await user.type(within(panel).getByRole('textbox', { name: '备用金' }), '200');
    await user.type(within(panel).getByRole('textbox', { name: '钱箱实点现金' }), '740');
    expect(within(panel).getByText('¥750.00')).toBeInTheDocument();
    expect(within(panel).getByText('-¥10.00')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: '日 结' }));
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(async () => expect(must(await call(core, 'dayClose.get', {})).closed).toMatchObject({ difference: -1_000 }));
  });
});

describe('Settings → Verify records', () => {
  it('reports the records intact', async () => {
    const user = userEvent.setup();
    await renderAppWith('/settings', async (c) => {
      const { s, t } = await readyWithDeposit(c);
      must(await pay(s, t.id, [{ method: 'cash', amount: 55_000 }]));
    });
    await user.click(await screen.findByRole('button', { name: /立即校验/ }));
    expect(await screen.findByRole('status')).toHaveTextContent('全部 2 条记录完好。');
  });
});
