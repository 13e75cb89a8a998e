import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../harness';

describe('the repeated-failure values of a policy (issue 20)', () => {
  it('Settings edits the repairs before exchange and the depreciation per day, stored in basis points', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/settings');
    await user.click(await screen.findByLabelText('编辑 手机与电脑'));
    const repeat = await screen.findByLabelText('维修几次后可换货或退货');
    expect(repeat).toHaveValue('2');
    const depreciation = screen.getByLabelText('退货折旧（每使用一天，% 货款）');
    expect(depreciation).toHaveValue('');
    await user.clear(repeat);
    await user.type(repeat, '3');
    await user.type(depreciation, '0.1');
    const drawer = repeat.closest<HTMLElement>('.ant-drawer')!;
    await user.click(within(drawer).getByText('保 存'));
    await waitFor(() => {
      const body = core.context.db.$client
        .prepare(`SELECT body FROM warranty_policies WHERE code = 'consumer_electronics'`)
        .pluck()
        .get() as string | undefined;
      expect(body && JSON.parse(body)).toMatchObject({ repairsBeforeExchange: 3, depreciationBasisPointsPerDay: 10 });
    });
  });
});
