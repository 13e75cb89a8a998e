import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../harness';
import { call, customer, laserFields, must } from '../../electron/warranty/fixtures';

/** Picks an option of an antd Select by its visible text. */
async function choose(user: ReturnType<typeof userEvent.setup>, select: HTMLElement, text: string) {
  await user.click(select);
  const options = await screen.findAllByTitle(text);
  await user.click(options.at(-1)!);
}

describe('the check-warranty panel', () => {
  it('a scanned serial shows the product; two faults, one excluded by water damage: one free, one paid, with reasons', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/warranty');
    const chen = await customer(core);
    const p = must(await call(core, 'products.create', laserFields(chen.id, { acceptanceDate: '2026-03-01' })));
    must(await call(core, 'warrantyCards.issue', { productId: p.id }));

    const box = await screen.findByRole('searchbox', { name: '序列号、保修卡号或电话' });
    await user.click(box);
    await user.paste('00123');
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('link', { name: /W2026-000001/ })).toBeInTheDocument();
    const coverage = screen.getByRole('list', { name: '保修部件' });
    expect(within(coverage).getAllByRole('listitem')).toHaveLength(9);

    const fault1 = screen.getByRole('group', { name: '故障 1' });
    await choose(user, within(fault1).getByRole('combobox', { name: '部件 1' }), '激光器');
    expect(
      await within(fault1).findByText('激光器：保修至 2028-03-01（以保修卡为准，自验收日 2026-03-01 起）'),
    ).toBeInTheDocument();
    expect(within(fault1).getByText('免费')).toBeInTheDocument();
    await user.click(within(fault1).getByRole('checkbox', { name: '进水或受潮' }));
    expect(
      await within(fault1).findByText('激光器：本次故障不属免费保修——检测发现进水或受潮；保修期仍至 2028-03-01 有效'),
    ).toBeInTheDocument();
    expect(within(fault1).getByText('收费')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /添加故障/ }));
    const fault2 = screen.getByRole('group', { name: '故障 2' });
    await choose(user, within(fault2).getByRole('combobox', { name: '部件 2' }), '脚踏开关');
    expect(await within(fault2).findByText('免费')).toBeInTheDocument();

    const written = screen.getByRole('region', { name: '告知客户' });
    await waitFor(() =>
      expect(
        within(written)
          .getAllByRole('listitem')
          .map((li) => li.textContent),
      ).toEqual([
        '激光器：本次故障不属免费保修——检测发现进水或受潮；保修期仍至 2028-03-01 有效',
        '脚踏开关：保修至 2027-03-01（以保修卡为准，自验收日 2026-03-01 起）',
        '本政策不提供退换货，仅可维修',
      ]),
    );
    // The customer reads English: the same answer, in their language.
    await user.click(screen.getByText('English'));
    expect(
      await within(written).findByText(
        'Laser: this fault is not covered — water or moisture damage found at inspection; the warranty itself still runs until 2028-03-01.',
      ),
    ).toBeInTheDocument();
  });

  it('an unknown serial says so and offers to register the product', async () => {
    const user = userEvent.setup();
    renderApp('/warranty');
    const box = await screen.findByRole('searchbox', { name: '序列号、保修卡号或电话' });
    await user.click(box);
    await user.paste('ZZ-404');
    await user.keyboard('{Enter}');
    expect(await screen.findByText('未找到与“ZZ-404”对应的产品或保修卡。')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /登记产品/ })).toBeInTheDocument();
  });
});
