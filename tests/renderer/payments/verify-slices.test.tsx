import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { buildApi } from '@shared/api/client';
import { VERIFY_SLICE } from '../../../db/queries/document-chain';
import { renderAppWith } from '../harness';
import { call, intake, must } from '../../electron/tickets/fixtures';
import { payShop } from '../../electron/payments/fixtures';

// Verify records on a chain longer than one slice: the button asks slice after slice, each
// request carrying the count the answer before reported, and shows the whole count at the end.
describe('Settings → Verify records, more than one slice', () => {
  it('carries the count from slice to slice and reports every record intact', async () => {
    const receipts = VERIFY_SLICE + 20;
    const user = userEvent.setup();
    const { core } = await renderAppWith('/settings', async (c) => {
      const s = await payShop(c);
      must(await call(c, 'settings.setStaff', { staffId: s.clerk.id }));
      const t = await intake(s);
      for (let i = 0; i < receipts; i++)
        must(
          await call(c, 'payments.take', {
            staffId: s.clerk.id,
            purpose: 'deposit',
            ticketId: t.id,
            parts: [{ method: 'cash', amount: 100, tendered: 100 }],
          }),
        );
    });
    const asked: unknown[] = [];
    window.api = buildApi((method, input) => {
      if (method === 'records.verify') asked.push(input);
      return core.dispatch(method, input);
    });
    await user.click(await screen.findByRole('button', { name: /立即校验/ }));
    expect(await screen.findByRole('status', {}, { timeout: 10_000 })).toHaveTextContent(`全部 ${receipts} 条记录完好。`);
    expect(asked).toEqual([
      { after: 0, checked: 0 },
      { after: VERIFY_SLICE, checked: VERIFY_SLICE },
    ]);
  }, 60_000);
});
