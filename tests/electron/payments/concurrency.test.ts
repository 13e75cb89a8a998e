import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, testCore } from '../../helpers';
import { approvedTicket, must, pay, payShop } from './fixtures';

/*
 * "Two windows issue at once": two cores (two connections) on the same database file, issuing
 * receipts alternately. Each number is allocated inside the IMMEDIATE transaction that stores
 * the receipt, so the numbers are contiguous across both, with no repeats.
 */
describe('receipt numbers from two connections', () => {
  it('stay contiguous and unique when two windows issue interleaved', async () => {
    const file = join(tempDir(), 'shop.sqlite');
    const a = testCore({ file });
    const s = await payShop(a);
    const b = testCore({ file });
    const sb = { ...s, core: b };
    const ticket = await approvedTicket(s);
    const numbers: string[] = [];
    for (let i = 0; i < 20; i++) {
      const [x, y] = await Promise.all([
        pay(s, ticket.id, [{ method: 'cash', amount: 100 }]),
        pay(sb, ticket.id, [{ method: 'wechat', amount: 100, reference: `W${i}` }]),
      ]);
      numbers.push(must(x).receiptNo, must(y).receiptNo);
    }
    const seqs = numbers.map((n) => Number(n.slice(-6))).sort((p, q) => p - q);
    expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(new Set(numbers).size).toBe(40);
  });

  it('a write refused while another window holds the lock consumes no number', async () => {
    const file = join(tempDir(), 'shop.sqlite');
    const a = testCore({ file });
    const s = await payShop(a);
    const ticket = await approvedTicket(s);
    must(await pay(s, ticket.id, [{ method: 'cash', amount: 100 }]));
    const b = testCore({ file });
    b.context.db.$client.pragma('busy_timeout = 0');
    // Window A is in the middle of its own write.
    a.context.db.$client.exec('BEGIN IMMEDIATE');
    const refused = await pay({ ...s, core: b }, ticket.id, [{ method: 'cash', amount: 100 }]);
    expect(refused).toMatchObject({ ok: false, error: { code: 'db_busy' } });
    a.context.db.$client.exec('COMMIT');
    expect(must(await pay({ ...s, core: b }, ticket.id, [{ method: 'cash', amount: 100 }])).receiptNo).toBe('S2026-000002');
  });
});
