import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from '../harness';

describe('backups on screen', () => {
  it('home warns when there is no backup; Back up now makes one and the warning goes', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/');
    const alert = await screen.findByText('店铺的记录还没有任何备份。');
    await user.click(within(alert.closest<HTMLElement>('.ant-alert')!).getByRole('button', { name: /立即备份/ }));
    expect(await screen.findByText(/备份已完成并通过检查/)).toBeInTheDocument();
    await expect.poll(() => screen.queryByText('店铺的记录还没有任何备份。')).toBeNull();
    expect(core.context.backups.status().newest).not.toBeNull();
  });

  it('Settings shows the newest backup’s time, place and size, and takes a second folder', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/settings');
    const card = (await screen.findByText('最新的完好备份')).closest<HTMLElement>('.ant-card')!;
    expect(within(card).getByText('尚无备份')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: /立即备份/ }));
    const folder = core.context.backups.status().folder;
    expect(await within(card).findByText(folder)).toBeInTheDocument();
    expect(within(card).getByText(/时间: 2026-11-22 10:00/)).toBeInTheDocument();
    expect(within(card).getByText(/大小: \d+ KB/)).toBeInTheDocument();

    await user.type(within(card).getByLabelText('第二个文件夹'), '/no/such/usb');
    await user.click(within(card).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText(/无法存放备份/)).toBeInTheDocument();
    expect(core.context.backups.status().secondFolder).toBeNull();
  });
});
