import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fill, renderAppWith } from '../harness';
import { call, must } from '../../electron/tickets/fixtures';
import { approvedTicket, pay, payShop } from '../../electron/payments/fixtures';

afterEach(() => vi.unstubAllGlobals());

async function paidReceipt(core: Parameters<typeof payShop>[0]) {
  const s = await payShop(core);
  must(await call(core, 'settings.setStaff', { staffId: s.clerk.id }));
  const t = await approvedTicket(s);
  return must(await pay(s, t.id, [{ method: 'wechat', amount: 65_000, reference: 'WX-9' }]));
}

describe('the receipt is a 收据, and an official invoice is recorded on it', () => {
  it('offers receipt layouts (never 发票), records a 数电票 with its number checked, and finds the receipt by it', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:receipt'), revokeObjectURL: vi.fn() }));
    const user = userEvent.setup();
    const { core, data: receipt } = await renderAppWith('/payments?receipt=1', paidReceipt);
    const preview = (await screen.findByText(`收据 ${receipt.receiptNo}`)).closest<HTMLElement>('.ant-modal')!;
    const layouts = within(preview).getByRole('radiogroup', { name: '版式' });
    expect(layouts).toHaveTextContent('A4 收据');
    expect(layouts).not.toHaveTextContent('发票');

    await user.click(within(preview).getByRole('button', { name: /登记发票/ }));
    const dialog = (await screen.findByText(`登记收据 ${receipt.receiptNo} 的发票`)).closest<HTMLElement>('.ant-modal')!;
    await user.click(within(dialog).getByLabelText('发票类型'));
    await user.click(await screen.findByTitle('数电票'));
    await fill(user, within(dialog).getByLabelText('发票号码'), '2431200000001234567');
    await user.click(within(dialog).getByRole('button', { name: /登\s*记/ }));
    expect(await within(dialog).findByText('数电票号码应为 20 位数字')).toBeInTheDocument();
    expect(core.context.db.$client.prepare('SELECT count(*) FROM receipt_invoices').pluck().get()).toBe(0);

    await user.clear(within(dialog).getByLabelText('发票号码'));
    await fill(user, within(dialog).getByLabelText('发票号码'), '24312000000012345678');
    await user.click(within(dialog).getByRole('button', { name: /登\s*记/ }));
    await waitFor(() =>
      expect(core.context.db.$client.prepare('SELECT kind, number FROM receipt_invoices').get()).toEqual({
        kind: 'digital',
        number: '24312000000012345678',
      }),
    );
    await user.click(
      within(preview)
        .getAllByRole('button', { name: /关\s*闭/ })
        .at(-1)!,
    );

    await fill(user, await screen.findByRole('searchbox', { name: '查找收据' }), '12345678');
    const found = await screen.findByText('发票 24312000000012345678');
    expect(found.closest('tr')).toHaveTextContent(receipt.receiptNo);
  });
});
