import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fill, renderApp } from './harness';

describe('settings screen', () => {
  it('switching the display language changes every label at once and is remembered', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/settings');
    expect(await screen.findByRole('heading', { name: '设置' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation');
    expect(within(nav).getByText('客户')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: '繁體中文' }));
    expect(await screen.findByRole('heading', { name: '設定' })).toBeInTheDocument();
    expect(within(nav).getByText('客戶')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { name: 'Settings' })).toBeInTheDocument();
    expect(within(nav).getByText('Customers')).toBeInTheDocument();
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { ui: { language: 'en' } } });
  });

  it('saves the shop profile and refuses an invalid one with a message on the field', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/settings');
    const form = await screen.findByRole('form', { name: '门店信息' });
    const name = within(form).getByLabelText('门店名称');
    await user.clear(name);
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));
    expect(await within(form).findByText('必填')).toBeInTheDocument();
    expect(await core.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { shopConfigured: false } });

    await fill(user, name, '诚信电器维修中心');
    await fill(user, within(form).getByLabelText('税号'), 'ABC 123');
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));
    expect(await within(form).findByText('只能包含字母、数字和短横线')).toBeInTheDocument();

    await user.clear(within(form).getByLabelText('税号'));
    await fill(user, within(form).getByLabelText('税号'), '91440300MA5F000000');
    await user.click(within(form).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('门店信息已保存')).toBeInTheDocument();
    expect(await core.dispatch('settings.get', {})).toMatchObject({
      ok: true,
      value: { shopConfigured: true, shop: { name: '诚信电器维修中心', taxId: '91440300MA5F000000' } },
    });
  });
});

describe('global search', () => {
  it('Ctrl+K focuses the search box; the last 4 digits find the customer, choosing it opens them', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/');
    await core.dispatch('customers.create', { name: '黄志强', phones: [{ number: '150 8888 6066' }] });
    await screen.findByRole('heading', { name: /欢迎使用/ });
    await user.keyboard('{Control>}k{/Control}');
    const box = screen.getByRole('combobox', { name: '全局搜索' });
    expect(box).toHaveFocus();
    await user.paste('6066');
    const option = await screen.findByText('黄志强');
    expect(screen.getByText(/电话尾号/)).toBeInTheDocument();
    await user.click(option);
    expect(await screen.findByRole('heading', { name: '黄志强' })).toBeInTheDocument();
  });
});
