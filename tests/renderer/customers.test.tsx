import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fill, renderApp } from './harness';

describe('customers screen', () => {
  it('creates a customer in Chinese and opens their page', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/customers');
    await user.click(await screen.findByRole('button', { name: /新建客户/ }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('姓名'), '陈大文');
    await fill(user, within(dialog).getByLabelText('电话'), '138 0013 8000');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    expect(await screen.findByRole('heading', { name: '陈大文' })).toBeInTheDocument();
    expect(screen.getByText('138 0013 8000')).toBeInTheDocument();
    expect(core.context.db.$client.prepare('SELECT name FROM customers').pluck().all()).toEqual(['陈大文']);
  });

  it('shows translated validation messages and saves nothing', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/customers?new=1');
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('电话'), '12ab');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('必填')).toBeInTheDocument();
    expect(within(dialog).getByText('请输入 5 到 20 位数字，可以 + 开头')).toBeInTheDocument();
    expect(core.context.db.$client.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
  });

  it('warns about a phone number already on file and saves after confirmation', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/customers');
    await core.dispatch('customers.create', { name: '陈大文', phones: [{ number: '13800138000' }] });
    await user.click(await screen.findByRole('button', { name: /新建客户/ }));
    const dialog = await screen.findByRole('dialog');
    await fill(user, within(dialog).getByLabelText('姓名'), '陈太太');
    await fill(user, within(dialog).getByLabelText('电话'), '138-0013-8000');
    expect(await within(dialog).findByText(/已被 陈大文 使用/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));

    const saveAnyway = await screen.findByRole('button', { name: '仍然保存' });
    expect(screen.getAllByText('该电话号码已存在').length).toBeGreaterThan(0);
    expect(screen.getByText(/138-0013-8000 已登记在：陈大文/)).toBeInTheDocument();
    expect(core.context.db.$client.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
    await user.click(saveAnyway);
    expect(await screen.findByRole('heading', { name: '陈太太' })).toBeInTheDocument();
    expect(core.context.db.$client.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(2);
  });

  it('lists customers and filters by the last 4 digits of the phone', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/');
    await core.dispatch('customers.create', { name: '李娜', phones: [{ number: '139 1234 0001' }] });
    await core.dispatch('customers.create', { name: '王伟', phones: [{ number: '186 2000 3141' }] });
    window.location.hash = '#/customers';
    const table = await screen.findByRole('table', { name: '客户' });
    expect(await within(table).findByText('李娜')).toBeInTheDocument();
    expect(within(table).getByText('王伟')).toBeInTheDocument();
    expect(screen.getByText('共 2 位')).toBeInTheDocument();

    await fill(user, screen.getByRole('textbox', { name: '按姓名、电话或尾号后 4 位筛选' }), '3141');
    expect(await screen.findByText('共 1 位')).toBeInTheDocument();
    const filtered = screen.getByRole('table', { name: '客户' });
    await waitFor(() => expect(within(filtered).queryByText('李娜')).not.toBeInTheDocument());
    expect(within(filtered).getByText('王伟')).toBeInTheDocument();
  });

  it('edits a customer from their page', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/');
    await core.dispatch('customers.create', { name: '李娜', phones: [{ number: '13912340001' }] });
    window.location.hash = '#/customers/1';
    await user.click(await screen.findByRole('button', { name: /编\s*辑/ }));
    const dialog = await screen.findByRole('dialog');
    const address = within(dialog).getByLabelText('地址');
    await fill(user, address, '深圳市南山区');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('深圳市南山区')).toBeInTheDocument();
    expect(core.context.db.$client.prepare('SELECT address FROM customers WHERE id = 1').pluck().get()).toBe('深圳市南山区');
  });
});
