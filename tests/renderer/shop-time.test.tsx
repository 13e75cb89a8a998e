import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderAppWith } from './harness';
import { call, customer, must } from '../electron/warranty/fixtures';

/*
 * The computer running the tests is on UTC; the shop is in another zone. Screens must show the
 * shop's wall clock — the same day and time as the printed forms — not the computer's.
 */
describe('times on screen', () => {
  it("shows a customer's creation time on the shop's clock, not the computer's", async () => {
    const instant = Date.UTC(2026, 2, 1, 16, 30); // 2026-03-01 16:30 UTC = 2026-03-02 00:30 in Shanghai
    const { data } = await renderAppWith('/', async (core) => {
      const settings = must(await call(core, 'settings.get', {}));
      must(await call(core, 'settings.updateShop', { ...settings.shop, timeZone: 'Asia/Shanghai' }));
      const created = await customer(core, '陈大文');
      core.context.db.$client
        .prepare('UPDATE customers SET created_at = ?, updated_at = ? WHERE id = ?')
        .run(instant, instant, created.id);
      return created;
    });
    window.location.hash = `#/customers/${data.id}`;
    expect(await screen.findByRole('heading', { name: '陈大文' })).toBeInTheDocument();
    expect(screen.getAllByText('2026-03-02 00:30')).toHaveLength(2);
    expect(screen.queryByText('2026-03-01 16:30')).not.toBeInTheDocument();
  });
});
