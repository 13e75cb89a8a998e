import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAppWith } from '../harness';
import { call, intake, move, must, shop } from '../../electron/tickets/fixtures';

async function counterWith(core: Parameters<typeof shop>[0], faults: { component: string; fault: 'no_power' | 'weak_output' }[]) {
  const s = await shop(core);
  must(await call(core, 'settings.setStaff', { staffId: s.clerk.id }));
  const t = await intake(s, { faults });
  await move(s, t.id, 'diagnosing');
  return { s, t };
}

const actions = () => screen.getByRole('group', { name: '下一步' });
const actionNames = () =>
  within(actions())
    .getAllByRole('button')
    .map((b) => b.textContent?.replace(/\s+/g, ''));

describe('the ticket page', () => {
  it('offers only the steps the rules allow: out of warranty, a quote before the repair', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/tickets/1', (c) => counterWith(c, [{ component: 'host', fault: 'no_power' }]));
    expect(await screen.findByRole('heading', { name: '维修单 R2026-000001' })).toBeInTheDocument();
    expect(actionNames()).toEqual(['出具报价', '取消维修单']);

    // A quote with a negative price is refused on screen, with the reason.
    await user.click(within(actions()).getByRole('button', { name: '出具报价' }));
    const editor = await screen.findByRole('dialog');
    const price = within(editor).getByRole('textbox', { name: '单价' });
    await user.type(price, '-20');
    expect(await within(editor).findByRole('alert')).toHaveTextContent('金额不能为负数');
    await user.clear(price);
    await user.type(price, '200');
    expect(await within(editor).findByText('¥200.00', { selector: 'strong' })).toBeInTheDocument();
    await user.click(within(editor).getByRole('button', { name: /出具报价/ }));
    await waitFor(() => expect(actionNames()).toEqual(['客户确认', '客户拒绝', '修改报价', '取消维修单']));

    // The customer approves by phone: the repair can start.
    await user.click(within(actions()).getByRole('button', { name: '客户确认' }));
    const decide = await screen.findByRole('dialog');
    await user.click(within(decide).getByRole('radio', { name: '电话' }));
    await user.click(within(decide).getByRole('button', { name: /确\s*认/ }));
    await waitFor(() => expect(actionNames()).toEqual(['开始维修', '修改报价', '取消维修单']));
    expect(must(await call(core, 'tickets.get', { id: 1 })).quotes[0]).toMatchObject({
      status: 'approved',
      decisionMethod: 'phone',
    });
  });

  it('in warranty: the repair starts without a quote; cancelling asks for the reason first', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/tickets/1', (c) => counterWith(c, [{ component: 'laser', fault: 'weak_output' }]));
    await screen.findByRole('heading', { name: '维修单 R2026-000001' });
    expect(actionNames()).toEqual(['开始维修', '出具报价', '取消维修单']);

    await user.click(within(actions()).getByRole('button', { name: '取消维修单' }));
    const dialog = await screen.findByRole('dialog');
    const ok = within(dialog).getByRole('button', { name: /确\s*认/ });
    expect(ok).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: '备注' }), '客户不修了');
    await user.click(ok);
    const timeline = screen.getByRole('region', { name: '时间线' });
    expect(await within(timeline).findByText('客户不修了')).toBeInTheDocument();
    expect(within(timeline).getByText('状态：检测中 → 已取消')).toBeInTheDocument();
    expect(must(await call(core, 'tickets.get', { id: 1 })).status).toBe('cancelled');
    // Closed: nothing more to do, and the screen says so.
    expect(await screen.findByText('此维修单已结束。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '开始维修' })).toBeNull();
  });

  it('hands the device back with the customer’s acceptance and rating, and shows the repair warranty', async () => {
    const user = userEvent.setup();
    const { core } = await renderAppWith('/tickets/1', async (c) => {
      const { s, t } = await counterWith(c, [{ component: 'laser', fault: 'weak_output' }]);
      await move(s, t.id, 'in_repair');
      await move(s, t.id, 'ready');
    });
    await screen.findByRole('heading', { name: '维修单 R2026-000001' });
    await user.click(within(actions()).getByRole('button', { name: '交机…' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: /确认交机/ });
    expect(confirm).toBeDisabled(); // not until the customer accepts the repair
    await user.click(within(dialog).getByRole('checkbox', { name: '客户已检验设备并确认维修合格' }));
    await user.type(within(dialog).getByRole('textbox', { name: '意见' }), '很快');
    await user.click(confirm);
    expect(await screen.findByText('激光器：同一故障免费维修至 2027-03-01')).toBeInTheDocument();
    expect(must(await call(core, 'tickets.get', { id: 1 }))).toMatchObject({
      status: 'collected',
      passcode: null,
      pickup: { collectedBy: '陈大文', satisfaction: { attitude: 5, professionalism: 5, speed: 5, comment: '很快' } },
    });
  });
});
