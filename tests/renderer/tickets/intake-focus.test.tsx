import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, renderAppWith } from '../harness';
import { call, must, shop } from '../../electron/tickets/fixtures';

afterEach(() => vi.restoreAllMocks());

describe('the cursor at the counter', () => {
  it('F2 and Alt+T open the intake screen with the cursor in the serial field, ready for a scan', async () => {
    const user = userEvent.setup();
    await renderAppWith('/customers', async (core) => {
      const s = await shop(core);
      must(await call(core, 'settings.setStaff', { staffId: s.clerk.id }));
    });
    await screen.findByRole('heading', { name: '客户' });
    await user.keyboard('{F2}');
    const serial = await screen.findByRole('searchbox', { name: '序列号' });
    await waitFor(() => expect(serial).toHaveFocus());
    // Elsewhere on the intake screen, Alt+T brings the cursor back to the serial.
    await user.click(screen.getByRole('textbox', { name: /故障描述/ }));
    await user.keyboard('{Alt>}t{/Alt}');
    await waitFor(() => expect(screen.getByRole('searchbox', { name: '序列号' })).toHaveFocus());
  });

  it('a page opens at its top: the content area scrolls back when the page changes', async () => {
    const scrolls = vi.fn();
    vi.spyOn(HTMLElement.prototype, 'scrollTo').mockImplementation(scrolls);
    renderApp('/customers');
    await screen.findByRole('heading', { name: '客户' });
    scrolls.mockClear();
    window.location.hash = '#/tickets/new';
    await screen.findByRole('heading', { name: '新建维修单' });
    expect(scrolls).toHaveBeenCalledWith({ top: 0 });
  });

  it('Tab from the customer’s name goes to the phone number', async () => {
    const user = userEvent.setup();
    renderApp('/customers?new=1');
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('姓名'));
    await user.tab();
    expect(within(dialog).getByLabelText('电话')).toHaveFocus();
  });
});
