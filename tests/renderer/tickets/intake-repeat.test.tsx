import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAppWith } from '../harness';
import { call, must, noon, repairAndCollect, shop } from '../../electron/tickets/fixtures';

/** Picks an option of an antd Select by its visible text. */
async function choose(user: ReturnType<typeof userEvent.setup>, select: HTMLElement, text: string) {
  await user.click(select);
  await user.keyboard(text);
  const options = await screen.findAllByTitle(text);
  await user.click(options.at(-1)!);
}

// The screen assesses on the renderer's clock: keep it on the core's day (the laser is covered until 2027-03-01).
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: noon('2026-11-22') }));
afterEach(() => vi.useRealTimers());

describe('the intake answer for a fault repaired twice (issue 20)', () => {
  it('offers exchange or return with the earlier tickets cited, and not once an exclusion is ticked', async () => {
    const user = userEvent.setup();
    const weak = [{ component: 'laser', fault: 'weak_output' as const, findings: [] }];
    const { data } = await renderAppWith('/tickets/new', async (core) => {
      const s = await shop(core);
      must(await call(core, 'settings.setStaff', { staffId: s.clerk.id }));
      const first = await repairAndCollect(s, '2026-06-01', weak);
      const second = await repairAndCollect(s, '2026-09-01', weak);
      core.clock.now = noon('2026-11-22');
      return { first: first.ticketNo, second: second.ticketNo };
    });
    const serial = await screen.findByRole('searchbox', { name: '序列号' });
    await user.click(serial);
    await user.keyboard('00123{Enter}');
    await screen.findByRole('status', { name: '设备' });
    const fault1 = screen.getByRole('group', { name: '故障 1' });
    await choose(user, within(fault1).getByRole('combobox', { name: '部件 1' }), '激光器');
    await choose(user, within(fault1).getByRole('combobox', { name: '故障现象 1' }), '无输出或输出不足');

    const cited = `激光器：该故障已在保修期内维修 2 次（${data.first} 2026-06-01，${data.second} 2026-09-01），您可选择换货或退货`;
    const options = await screen.findByText('同一故障多次维修：客户可选择换货、退货、维修');
    const alert = options.closest<HTMLElement>('[role="status"]')!;
    expect(within(alert).getByText(cited)).toBeInTheDocument();
    expect(within(alert).getByText('换货为同型号、同规格的产品')).toBeInTheDocument();
    const written = screen.getByRole('region', { name: '告知客户' });
    expect(within(written).getByText(cited)).toBeInTheDocument();

    // Water inside: not a quality fault of the product, so neither exchange nor return.
    await user.click(within(fault1).getByRole('checkbox', { name: '进水或受潮' }));
    await waitFor(() => expect(screen.queryByText('同一故障多次维修：客户可选择换货、退货、维修')).not.toBeInTheDocument());
    expect(within(written).queryByText(cited)).not.toBeInTheDocument();
    expect(
      within(written).getByText('激光器：本次故障不属免费保修——检测发现进水或受潮；保修期仍至 2027-03-01 有效'),
    ).toBeInTheDocument();
  });
});
