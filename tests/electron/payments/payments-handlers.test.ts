import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { approvedTicket, call, must, pay, payShop, readyTicket } from './fixtures';

describe('payments.take against a ticket', () => {
  it('takes the deposit at intake with its own receipt, and the balance at pickup by WeChat + cash', async () => {
    const s = await payShop(testCore());
    const ticket = await readyTicket(s, 10_000);
    expect(ticket.payments).toMatchObject({ billed: 65_000, paid: 10_000, balanceDue: 55_000 });
    expect(ticket.payments.receipts).toHaveLength(1);
    expect(ticket.payments.receipts[0]).toMatchObject({ number: 'S2026-000001', purpose: 'deposit', methods: ['wechat'] });

    const receipt = must(
      await pay(s, ticket.id, [
        { method: 'wechat', amount: 50_000, reference: '4200001234' },
        { method: 'cash', amount: 5_000, tendered: 10_000 },
      ]),
    );
    expect(receipt).toMatchObject({
      receiptNo: 'S2026-000002',
      purpose: 'payment',
      total: 65_000,
      amount: 55_000,
      paidBefore: 10_000,
      balanceAfter: 0,
      changeGiven: 5_000,
      creditAdded: 0,
    });
    expect(receipt.lines.map((l) => l.description)).toEqual(['主机检修', '电源模块']);
    const after = must(await call(s.core, 'tickets.get', { id: ticket.id }));
    expect(after.payments).toMatchObject({ paid: 65_000, balanceDue: 0 });
    expect(after.facts.balanceDue).toBe(0);
    expect(after.events.filter((e) => e.kind === 'payment')).toHaveLength(2);
  });

  it('refuses paying more than due unless the excess is kept as credit; cash over due is change', async () => {
    const s = await payShop(testCore());
    const t = await approvedTicket(s);
    const over = await pay(s, t.id, [{ method: 'alipay', amount: 70_000 }]);
    expect(over).toMatchObject({ ok: false, error: { code: 'payment_overpaid', params: { due: '¥650.00' } } });
    const credited = must(await pay(s, t.id, [{ method: 'alipay', amount: 70_000 }], { overpayToCredit: true }));
    expect(credited).toMatchObject({ amount: 70_000, creditAdded: 5_000, balanceAfter: 0 });
    expect(must(await call(s.core, 'tickets.get', { id: t.id })).payments).toMatchObject({ paid: 65_000, balanceDue: 0 });
    // Nothing more is due now.
    expect(await pay(s, t.id, [{ method: 'cash', amount: 100 }])).toMatchObject({
      ok: false,
      error: { code: 'payment_nothing_due' },
    });
  });

  it('refuses zero, negative, unknown methods and short cash at the boundary, numbering nothing', async () => {
    const s = await payShop(testCore());
    const t = await approvedTicket(s);
    for (const parts of [
      [{ method: 'cash', amount: 0 }],
      [{ method: 'cash', amount: -500 }],
      [{ method: 'bitcoin', amount: 500 }],
      [{ method: 'cash', amount: 500, tendered: 100 }],
      [],
    ]) {
      const r = await s.core.dispatch('payments.take', { staffId: s.clerk.id, purpose: 'payment', ticketId: t.id, parts });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const first = must(await pay(s, t.id, [{ method: 'cash', amount: 100 }]));
    expect(first.receiptNo).toBe('S2026-000001');
  });

  it('blocks hand-back with a balance; only the owner overrides, with a reason on the timeline', async () => {
    const s = await payShop(testCore());
    const t = await readyTicket(s);
    const pickup = { id: t.id, collectedBy: '陈大文', accepted: true };
    expect(await call(s.core, 'tickets.pickup', { ...pickup, staffId: s.clerk.id })).toMatchObject({
      ok: false,
      error: { code: 'ticket_transition', params: { reason: 'balance_due' } },
    });
    expect(await call(s.core, 'tickets.pickup', { ...pickup, staffId: s.clerk.id, balanceOverride: '老客户月结' })).toMatchObject(
      {
        ok: false,
        error: { code: 'balance_override_owner_only' },
      },
    );
    const done = must(await call(s.core, 'tickets.pickup', { ...pickup, staffId: s.owner.id, balanceOverride: '老客户月结' }));
    expect(done.status).toBe('collected');
    expect(done.events.find((e) => e.kind === 'balance_override')).toMatchObject({
      note: '老客户月结',
      data: { amount: 65_000 },
    });
  });
});

describe('voids and refunds', () => {
  it('voids once, by the owner only, with a reason; the balance comes back', async () => {
    const s = await payShop(testCore());
    const t = await approvedTicket(s);
    const r = must(await pay(s, t.id, [{ method: 'cash', amount: 65_000 }]));
    expect(await call(s.core, 'receipts.void', { id: r.id, staffId: s.clerk.id, reason: '录错金额' })).toMatchObject({
      ok: false,
      error: { code: 'receipt_void_owner_only' },
    });
    const voided = must(await call(s.core, 'receipts.void', { id: r.id, staffId: s.owner.id, reason: '录错金额' }));
    expect(voided).toMatchObject({ receiptNo: r.receiptNo, voidReason: '录错金额', voidByName: '陈老板', refundable: 0 });
    expect(await call(s.core, 'receipts.void', { id: r.id, staffId: s.owner.id, reason: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'receipt_already_void' },
    });
    expect(must(await call(s.core, 'tickets.get', { id: t.id })).payments.balanceDue).toBe(65_000);
    expect(
      await call(s.core, 'receipts.refund', { id: r.id, staffId: s.owner.id, amount: 100, method: 'cash', reason: 'x' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'receipt_is_void' },
    });
  });

  it('refunds with a credit note in its own series, never more than was paid', async () => {
    const s = await payShop(testCore());
    const t = await approvedTicket(s);
    const r = must(await pay(s, t.id, [{ method: 'wechat', amount: 65_000, reference: 'T1' }]));
    const refund = { id: r.id, staffId: s.clerk.id, method: 'wechat' as const, reason: '配件退回' };
    const once = must(await call(s.core, 'receipts.refund', { ...refund, amount: 45_000 }));
    expect(once.creditNotes).toMatchObject([{ creditNo: 'C2026-000001', amount: 45_000, receiptNo: r.receiptNo }]);
    expect(once.refundable).toBe(20_000);
    expect(await call(s.core, 'receipts.refund', { ...refund, amount: 20_001 })).toMatchObject({
      ok: false,
      error: { code: 'refund_exceeds_paid', params: { max: '¥200.00' } },
    });
    expect(must(await call(s.core, 'tickets.get', { id: t.id })).payments).toMatchObject({ paid: 20_000, balanceDue: 45_000 });
    // A receipt with refunds is corrected by refunds, not voided.
    expect(await call(s.core, 'receipts.void', { id: r.id, staffId: s.owner.id, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'receipt_has_refunds' },
    });
    const found = must(await call(s.core, 'search.global', { q: 'C2026-000001' }));
    expect(found.receipts).toMatchObject([{ kind: 'credit_note', number: 'C2026-000001', amount: -45_000 }]);
  });
});

describe('counter sale and day close', () => {
  it('sells parts at the counter paid in full, and closes the day with the drawer count', async () => {
    const s = await payShop(testCore());
    const sale = {
      lines: [{ kind: 'part' as const, description: '脚踏开关', quantity: 1000, unitPrice: 12_000, free: false }],
      discount: { kind: 'none' as const },
    };
    const base = { staffId: s.clerk.id, purpose: 'sale' as const, sale };
    expect(await call(s.core, 'payments.take', { ...base, parts: [{ method: 'cash', amount: 10_000 }] })).toMatchObject({
      ok: false,
      error: { code: 'payment_sale_unpaid' },
    });
    const r = must(
      await call(s.core, 'payments.take', { ...base, parts: [{ method: 'cash', amount: 12_000, tendered: 20_000 }] }),
    );
    expect(r).toMatchObject({ total: 12_000, amount: 12_000, changeGiven: 8_000, ticketId: null });
    const t = await approvedTicket(s);
    must(await pay(s, t.id, [{ method: 'card', amount: 30_000 }]));
    const day = must(await call(s.core, 'dayClose.get', {}));
    expect(day).toMatchObject({ day: '2026-11-22', received: 42_000, cashIn: 12_000, closed: null });
    const closed = must(await call(s.core, 'dayClose.close', { staffId: s.clerk.id, openingFloat: 50_000, countedCash: 61_500 }));
    expect(closed.closed).toMatchObject({ expectedCash: 62_000, countedCash: 61_500, difference: -500 });
    expect(await call(s.core, 'dayClose.close', { staffId: s.clerk.id, openingFloat: 0, countedCash: 0 })).toMatchObject({
      ok: false,
      error: { code: 'day_already_closed' },
    });
    // The closed day takes no more receipts and no voids of its receipts.
    expect(await pay(s, t.id, [{ method: 'cash', amount: 100 }])).toMatchObject({ ok: false, error: { code: 'day_closed' } });
    expect(await call(s.core, 'receipts.void', { id: r.id, staffId: s.owner.id, reason: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'day_closed' },
    });
    expect(must(await call(s.core, 'records.verify', {}))).toMatchObject({ ok: true, checked: 3 });
  });
});
