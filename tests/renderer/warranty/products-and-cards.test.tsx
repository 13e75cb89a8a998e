import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fill, renderApp } from '../harness';
import { call, customer, laserFields, must } from '../../electron/warranty/fixtures';

async function choose(user: ReturnType<typeof userEvent.setup>, select: HTMLElement, text: string) {
  await user.click(select);
  const options = await screen.findAllByTitle(text);
  await user.click(options.at(-1)!);
}

/** Types a date the way staff do: into the field, confirmed with Enter. */
async function typeDate(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, date: string) {
  await user.click(field);
  await user.paste(date);
  await user.keyboard('{Enter}');
}

afterEach(() => vi.unstubAllGlobals());

/** The customer page's 登记产品 dialog, opened for a fresh customer. */
async function openProductForm() {
  const user = userEvent.setup();
  const { core } = renderApp('/');
  const chen = await customer(core);
  window.location.hash = `#/customers/${chen.id}`;
  await user.click(await screen.findByRole('button', { name: /登记产品/ }));
  return { user, core, dialog: await screen.findByRole('dialog') };
}

const productCount = (core: ReturnType<typeof renderApp>['core']) =>
  core.context.db.$client.prepare('SELECT count(*) FROM products').pluck().get();

describe('products and warranty cards', () => {
  it('registers a product from the customer page, refusing delivery before production, and lists it there', async () => {
    const { user, core, dialog } = await openProductForm();
    await choose(user, within(dialog).getByLabelText('产品类别'), '医疗及激光设备');
    await fill(user, within(dialog).getByLabelText('型号'), 'LX-2000');
    await fill(user, within(dialog).getByLabelText('序列号'), 'LX2025-00123');
    await typeDate(user, within(dialog).getByLabelText('生产日期'), '2025-01-10');
    await typeDate(user, within(dialog).getByLabelText('交付日期'), '2025-01-01');
    expect(productCount(core)).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('交付日期早于生产日期')).toBeInTheDocument();
    expect(productCount(core)).toBe(0);

    await user.clear(within(dialog).getByLabelText('交付日期'));
    await typeDate(user, within(dialog).getByLabelText('交付日期'), '2025-02-20');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByRole('heading', { name: 'LX-2000' })).toBeInTheDocument();
    expect(core.context.db.$client.prepare('SELECT delivery_date FROM products').pluck().get()).toBe('2025-02-20');
  });

  it('a future sale date typed by hand is refused with a message, not wiped and saved without it', async () => {
    const { user, core, dialog } = await openProductForm();
    await fill(user, within(dialog).getByLabelText('型号'), 'iPhone 15 Pro');
    await typeDate(user, within(dialog).getByLabelText('销售日期'), '2099-01-01');
    expect(within(dialog).getByLabelText('销售日期')).toHaveValue('2099-01-01');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('该日期晚于今天')).toBeInTheDocument();
    expect(productCount(core)).toBe(0);
  });

  it('a sale before production is stopped with a message and saved only as a confirmed pre-order', async () => {
    const { user, core, dialog } = await openProductForm();
    await fill(user, within(dialog).getByLabelText('型号'), 'Mate 70');
    await typeDate(user, within(dialog).getByLabelText('生产日期'), '2025-03-01');
    await typeDate(user, within(dialog).getByLabelText('销售日期'), '2025-01-10');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText(/销售日期早于生产日期/)).toBeInTheDocument();
    expect(productCount(core)).toBe(0);

    await user.click(within(dialog).getByRole('checkbox', { name: /预订/ }));
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('预订产品的保修自交付日期起算，请填写交付日期')).toBeInTheDocument();
    expect(productCount(core)).toBe(0);

    await typeDate(user, within(dialog).getByLabelText('交付日期'), '2025-03-20');
    await user.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByRole('heading', { name: 'Mate 70' })).toBeInTheDocument();
    expect(core.context.db.$client.prepare('SELECT sale_date, delivery_date FROM products').get()).toEqual({
      sale_date: '2025-01-10',
      delivery_date: '2025-03-20',
    });
    expect(screen.getByText('预订（先销售后生产）')).toBeInTheDocument();
  });

  it('issues a card with the computed expiries and opens its print preview', async () => {
    const objectUrls = vi.fn(() => 'blob:card');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: objectUrls, revokeObjectURL: vi.fn() }));
    const user = userEvent.setup();
    const { core } = renderApp('/');
    const chen = await customer(core);
    const p = must(await call(core, 'products.create', laserFields(chen.id)));
    window.location.hash = `#/warranty/products/${p.id}`;
    await user.click(await screen.findByRole('button', { name: /签发保修卡/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('2025-03-01')).toBeInTheDocument();
    expect(within(dialog).getByText('(验收日)', { exact: false })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('激光器 保修至')).toHaveValue('2027-03-01');
    expect(within(dialog).getByPlaceholderText('下一个编号：W2026-000001')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: /签\s*发/ }));

    expect(await screen.findByRole('heading', { name: '保修卡 W2026-000001' })).toBeInTheDocument();
    const preview = (await screen.findByText('打印预览 · W2026-000001')).closest<HTMLElement>('.ant-modal')!;
    await waitFor(() => expect(within(preview).getByRole('button', { name: /打\s*印/ })).toBeEnabled());
    expect(within(preview).getByTitle(/PDF 预览：保修卡 W2026-000001\.pdf/)).toHaveAttribute('src', 'blob:card');
    expect(objectUrls).toHaveBeenCalledTimes(1);
    expect(core.context.db.$client.prepare('SELECT card_no FROM warranty_cards').pluck().all()).toEqual(['W2026-000001']);
  });

  it('a policy term below zero is refused in Settings with a translated message, and nothing is saved', async () => {
    const user = userEvent.setup();
    const { core } = renderApp('/settings');
    // Label queries: role queries over a page this size are slow in jsdom.
    await user.click(await screen.findByLabelText('编辑 医疗及激光设备'));
    const months = await screen.findByLabelText('月数 1');
    await user.clear(months);
    await user.paste('-3');
    const drawer = months.closest<HTMLElement>('.ant-drawer')!;
    await user.click(within(drawer).getByText('保 存'));
    expect(await within(drawer).findByText('不能小于 0')).toBeInTheDocument();
    expect(core.context.db.$client.prepare('SELECT count(*) FROM warranty_policies').pluck().get()).toBe(0);
  });
});
