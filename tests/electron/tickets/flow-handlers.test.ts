import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { count } from '../warranty/fixtures';
import { call, intake, LABOUR_AND_PART, move, must, row, settle, shop, type Shop } from './fixtures';

const snapshot = (s: Shop, id: number) => ({
  ticket: row(s.core, 'SELECT status, status_at, passcode FROM tickets WHERE id = ?', id),
  events: count(s.core, 'ticket_events'),
  quotes: row(s.core, 'SELECT group_concat(status) AS s FROM quotes WHERE ticket_id = ?', id),
});

describe('the whole repair, through the handlers', () => {
  it('out of warranty: diagnosis, quote, approval, repair, ready, pickup — every step stamped', async () => {
    const s = await shop(testCore());
    const t = await intake(s);
    await move(s, t.id, 'diagnosing');
    // Out of warranty, no approved quote: the repair cannot start.
    const early = await s.core.dispatch('tickets.transition', { id: t.id, staffId: s.clerk.id, to: 'in_repair' });
    expect(early).toMatchObject({
      ok: false,
      error: { code: 'ticket_transition', params: { reason: 'quote_approval_required', from: 'diagnosing', to: 'in_repair' } },
    });
    must(
      await call(s.core, 'tickets.updateWork', {
        id: t.id,
        staffId: s.tech.id,
        technicianId: s.tech.id,
        diagnosis: '电源模块损坏',
        workDone: '',
        parts: [],
      }),
    );
    const quoted = must(await call(s.core, 'quotes.issue', { ticketId: t.id, staffId: s.clerk.id, quote: LABOUR_AND_PART }));
    expect(quoted).toMatchObject({ status: 'quoted', facts: { hasQuote: true, hasApprovedQuote: false } });
    expect(quoted.quotes[0]).toMatchObject({
      version: 1,
      status: 'issued',
      currency: 'CNY',
      totals: { subtotal: 65000, total: 65000 },
    });
    const approved = must(
      await call(s.core, 'quotes.decide', {
        quoteId: quoted.quotes[0]!.id,
        staffId: s.clerk.id,
        decision: 'approved',
        method: 'phone',
      }),
    );
    expect(approved).toMatchObject({
      status: 'approved',
      quotes: [{ status: 'approved', decisionMethod: 'phone', decidedBy: '王芳' }],
    });
    await move(s, t.id, 'in_repair');
    must(
      await call(s.core, 'tickets.updateWork', {
        id: t.id,
        staffId: s.tech.id,
        technicianId: s.tech.id,
        diagnosis: '电源模块损坏',
        workDone: '更换电源模块，老化测试 2 小时',
        parts: [{ description: '电源模块 PSU-200', quantity: 1000, component: 'power_supply', oldPart: 'returned' }],
      }),
    );
    await move(s, t.id, 'ready');
    await settle(s, t.id);
    const done = must(
      await call(s.core, 'tickets.pickup', {
        id: t.id,
        staffId: s.clerk.id,
        collectedBy: '陈大文',
        idChecked: true,
        idNote: '身份证尾号 1234',
        accepted: true,
        satisfaction: { attitude: 5, professionalism: 4, speed: 3, comment: '修得很好' },
      }),
    );
    expect(done).toMatchObject({
      status: 'collected',
      passcode: null,
      pickup: { collectedBy: '陈大文', idChecked: true, satisfaction: { attitude: 5, professionalism: 4, speed: 3 } },
      parts: [{ description: '电源模块 PSU-200', component: 'power_supply', oldPart: 'returned' }],
    });
    expect(done.closedAt).toBe(s.core.clock.now);
    // The host's original term ended 2026-03-01: the repaired fault is covered 3 months from today.
    expect(done.repairWarranties).toEqual([
      expect.objectContaining({
        component: 'host',
        fault: 'no_power',
        repairDate: '2026-11-22',
        faultUntil: '2027-02-22',
        partsReplaced: ['power_supply'],
        partsUntil: '2027-11-22',
      }),
    ]);
    const statusChanges = done.events.filter((e) => e.kind === 'status').map((e) => [e.from, e.to, e.staffName]);
    expect(statusChanges).toEqual([
      [null, 'received', '王芳'],
      ['received', 'diagnosing', '王芳'],
      ['diagnosing', 'quoted', '王芳'],
      ['quoted', 'approved', '王芳'],
      ['approved', 'in_repair', '王芳'],
      ['in_repair', 'ready', '王芳'],
      ['ready', 'collected', '王芳'],
    ]);
    expect(done.events.map((e) => e.kind)).toEqual(expect.arrayContaining(['quote_issued', 'quote_approved', 'technician']));
  });

  it('in warranty: from diagnosis straight to repair, no quote approval', async () => {
    const s = await shop(testCore());
    const t = await intake(s, { faults: [{ component: 'laser', fault: 'weak_output', findings: [] }] });
    expect(t.inWarranty).toBe(true);
    await move(s, t.id, 'diagnosing');
    await move(s, t.id, 'in_repair');
    await move(s, t.id, 'ready');
    const done = must(
      await call(s.core, 'tickets.pickup', { id: t.id, staffId: s.clerk.id, collectedBy: '陈大文', accepted: true }),
    );
    expect(done).toMatchObject({ status: 'collected', pickup: { satisfaction: null } });
    // Still under the original laser term (to 2027-03-01), longer than three months from today.
    expect(done.repairWarranties[0]).toMatchObject({ component: 'laser', faultUntil: '2027-03-01', partsUntil: null });
  });

  it('a finding at diagnosis turns a free repair paid; both assessments are kept', async () => {
    const s = await shop(testCore());
    const t = await intake(s, { faults: [{ component: 'laser', fault: 'weak_output', findings: [] }] });
    await move(s, t.id, 'diagnosing');
    const again = must(
      await call(s.core, 'tickets.reassess', {
        id: t.id,
        staffId: s.tech.id,
        faults: [{ component: 'laser', fault: 'weak_output', findings: ['water_damage'] }],
      }),
    );
    expect(again.inWarranty).toBe(false);
    expect(again.assessments.map((a) => [a.kind, a.inWarranty])).toEqual([
      ['intake', true],
      ['diagnosis', false],
    ]);
    expect(again.assessments[1]!.sentences[0]).toBe(
      '激光器：本次故障不属免费保修——检测发现进水或受潮；保修期仍至 2027-03-01 有效',
    );
    expect(await s.core.dispatch('tickets.transition', { id: t.id, staffId: s.clerk.id, to: 'in_repair' })).toMatchObject({
      error: { code: 'ticket_transition', params: { reason: 'quote_approval_required' } },
    });
  });

  it('a revised quote keeps the earlier version; the customer answers the latest one only', async () => {
    const s = await shop(testCore());
    const t = await intake(s);
    await move(s, t.id, 'diagnosing');
    const v1 = must(await call(s.core, 'quotes.issue', { ticketId: t.id, staffId: s.clerk.id, quote: LABOUR_AND_PART }));
    const v2 = must(
      await call(s.core, 'quotes.issue', {
        ticketId: t.id,
        staffId: s.clerk.id,
        quote: { ...LABOUR_AND_PART, discount: { kind: 'amount', amount: 5000 } },
        note: '老客户优惠',
      }),
    );
    expect(v2.quotes.map((q) => [q.version, q.status, q.totals.total])).toEqual([
      [2, 'issued', 60000],
      [1, 'superseded', 65000],
    ]);
    expect(
      await s.core.dispatch('quotes.decide', {
        quoteId: v1.quotes[0]!.id,
        staffId: s.clerk.id,
        decision: 'approved',
        method: 'in_person',
      }),
    ).toMatchObject({ ok: false, error: { code: 'quote_superseded', params: { version: 1 } } });
  });
});

describe('refused with a reason, and nothing changes', () => {
  it('illegal transitions, a decline without a reason, approving a declined quote, a pickup before ready', async () => {
    const s = await shop(testCore());
    const t = await intake(s);
    const before = snapshot(s, t.id);
    const refuse = async (method: string, input: unknown, code: string, params?: object) => {
      expect(await s.core.dispatch(method, input)).toMatchObject({ ok: false, error: { code, ...(params ? { params } : {}) } });
      expect(snapshot(s, t.id)).toEqual(before);
    };
    await refuse('tickets.transition', { id: t.id, staffId: s.clerk.id, to: 'ready' }, 'ticket_transition', {
      reason: 'not_allowed',
      from: 'received',
      to: 'ready',
    });
    await refuse('tickets.transition', { id: t.id, staffId: s.clerk.id, to: 'cancelled' }, 'ticket_transition', {
      reason: 'note_required',
    });
    // Quoted, approved and collected have their own actions; the plain one refuses them.
    await refuse('tickets.transition', { id: t.id, staffId: s.clerk.id, to: 'collected' }, 'invalid_input');
    await refuse('tickets.pickup', { id: t.id, staffId: s.clerk.id, collectedBy: '陈大文', accepted: true }, 'ticket_not_ready', {
      ticketNo: 'R2026-000001',
    });
    await refuse('quotes.issue', { ticketId: t.id, staffId: s.clerk.id, quote: LABOUR_AND_PART }, 'ticket_transition', {
      reason: 'not_allowed',
      to: 'quoted',
    });

    await move(s, t.id, 'diagnosing');
    const quoted = must(await call(s.core, 'quotes.issue', { ticketId: t.id, staffId: s.clerk.id, quote: LABOUR_AND_PART }));
    const quoteId = quoted.quotes[0]!.id;
    const declineWithout = await s.core.dispatch('quotes.decide', {
      quoteId,
      staffId: s.clerk.id,
      decision: 'declined',
      method: 'phone',
    });
    expect(declineWithout).toMatchObject({ error: { code: 'ticket_transition', params: { reason: 'note_required' } } });
    const declined = must(
      await call(s.core, 'quotes.decide', { quoteId, staffId: s.clerk.id, decision: 'declined', method: 'phone', note: '太贵' }),
    );
    expect(declined).toMatchObject({ status: 'declined', quotes: [{ status: 'declined', decisionNote: '太贵' }] });
    const afterDecline = snapshot(s, t.id);
    expect(
      await s.core.dispatch('quotes.decide', { quoteId, staffId: s.clerk.id, decision: 'approved', method: 'in_person' }),
    ).toMatchObject({ ok: false, error: { code: 'quote_already_declined', params: { version: 1 } } });
    expect(snapshot(s, t.id)).toEqual(afterDecline);

    // Returned unrepaired: the side exit; the passcode leaves with the device.
    const back = must(await call(s.core, 'tickets.transition', { id: t.id, staffId: s.clerk.id, to: 'returned_unrepaired' }));
    expect(back).toMatchObject({ status: 'returned_unrepaired', passcode: null });
    expect(await s.core.dispatch('tickets.transition', { id: t.id, staffId: s.clerk.id, to: 'diagnosing' })).toMatchObject({
      error: { code: 'ticket_transition', params: { reason: 'terminal' } },
    });
  });

  it('a quote with a negative quantity or price, or a free line without its reason', async () => {
    const s = await shop(testCore());
    const t = await intake(s);
    await move(s, t.id, 'diagnosing');
    const bad = await s.core.dispatch('quotes.issue', {
      ticketId: t.id,
      staffId: s.clerk.id,
      quote: {
        lines: [
          { kind: 'labour', description: '检修', quantity: -1000, unitPrice: 20000, free: false },
          { kind: 'part', description: '电源', quantity: 1000, unitPrice: -500, free: false },
          { kind: 'other', description: '清洁', quantity: 1000, unitPrice: 0, free: true },
        ],
      },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        issues: expect.arrayContaining([
          { path: ['quote', 'lines', 0, 'quantity'], message: 'validation.quantity.notPositive' },
          { path: ['quote', 'lines', 1, 'unitPrice'], message: 'validation.money.negative' },
          { path: ['quote', 'lines', 2, 'freeReason'], message: 'validation.quote.freeReasonRequired' },
        ]),
      },
    });
    expect(count(s.core, 'quotes')).toBe(0);
    expect(row(s.core, 'SELECT status FROM tickets WHERE id = ?', t.id)).toEqual({ status: 'diagnosing' });
  });

  it('a cancel needs a reason and forgets the passcode; closed tickets cannot be edited', async () => {
    const s = await shop(testCore());
    const t = await intake(s);
    const cancelled = must(
      await call(s.core, 'tickets.transition', { id: t.id, staffId: s.clerk.id, to: 'cancelled', note: '客户取回' }),
    );
    expect(cancelled).toMatchObject({ status: 'cancelled', passcode: null, events: [{}, { note: '客户取回', to: 'cancelled' }] });
    expect(
      await s.core.dispatch('tickets.updateWork', { id: t.id, staffId: s.clerk.id, technicianId: null, diagnosis: 'x' }),
    ).toMatchObject({ error: { code: 'ticket_not_editable' } });
    expect(
      await s.core.dispatch('tickets.updateWork', { id: t.id, staffId: s.clerk.id, technicianId: s.clerk.id }),
    ).toMatchObject({ error: { code: 'ticket_not_editable' } });
  });

  it('only technicians are assigned', async () => {
    const s = await shop(testCore());
    const t = await intake(s);
    expect(
      await s.core.dispatch('tickets.updateWork', { id: t.id, staffId: s.clerk.id, technicianId: s.clerk.id }),
    ).toMatchObject({
      error: { code: 'invalid_input', issues: [{ path: ['technicianId'], message: 'validation.ticket.notTechnician' }] },
    });
  });
});
