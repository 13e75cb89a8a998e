import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { count } from '../warranty/fixtures';
import { call, intake, intakeInput, move, must, row, shop } from './fixtures';

// testCore's clock: 2026-11-22 10:00 in Shanghai, a Sunday.

describe('intake (tickets.create)', () => {
  it('takes a walk-in in: numbered from the ticket series, assessed by the engine, promised by the SLA policy', async () => {
    const s = await shop(testCore());
    const t = await intake(s);
    expect(t).toMatchObject({
      ticketNo: 'R2026-000001',
      status: 'received',
      customerName: '陈大文',
      productName: '光子医疗 LX-2000 激光治疗仪',
      channel: 'walk_in',
      urgency: 'normal',
      // Three working days, the Sunday of intake not counted: Mon, Tue, Wed.
      promisedDate: '2026-11-25',
      inWarranty: false,
      intakeStaffName: '王芳',
      accessories: ['foot_switch', 'power_adapter'],
      condition: ['scratches'],
      passcode: '2580',
      facts: { inWarranty: false, hasQuote: false, hasApprovedQuote: false, balanceDue: 0 },
    });
    // What the customer was told, in the shop's language, stored with the engine's own answer.
    expect(t.assessments).toHaveLength(1);
    expect(t.assessments[0]).toMatchObject({ kind: 'intake', language: 'zh-Hans', inWarranty: false, staffName: '王芳' });
    expect(t.assessments[0]!.sentences[0]).toBe('主机：已过保修期——保修于 2026-03-01 到期（自验收日 2025-03-01 起 12 个月）');
    expect(t.events).toMatchObject([{ kind: 'status', from: null, to: 'received', staffName: '王芳' }]);
    // The audit log never keeps the passcode.
    const audit = row(s.core, `SELECT after FROM audit_log WHERE entity = 'ticket'`) as { after: string };
    expect(audit.after).not.toContain('2580');

    const second = await intake(s, { faults: [{ component: 'laser', fault: 'weak_output', findings: [] }], urgency: 'urgent' });
    expect(second).toMatchObject({ ticketNo: 'R2026-000002', inWarranty: true, promisedDate: '2026-11-23' });
    expect(second.assessments[0]!.sentences[0]).toMatch(/^激光器：保修至 2027-03-01/);
  });

  it('a refused intake uses no number: the next saved ticket gets it (gap-free)', async () => {
    const s = await shop(testCore());
    const bad = await s.core.dispatch('tickets.create', intakeInput(s, { promisedDate: '2026-11-20' }));
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', issues: [{ path: ['promisedDate'], message: 'validation.ticket.promisedBeforeIntake' }] },
    });
    expect(count(s.core, 'tickets')).toBe(0);
    expect(count(s.core, 'ticket_events')).toBe(0);
    expect((await intake(s)).ticketNo).toBe('R2026-000001');
  });

  it('without a component at fault the assessment waits for the diagnosis', async () => {
    const s = await shop(testCore());
    const t = await intake(s, { faults: [] });
    expect(t).toMatchObject({ inWarranty: false, assessments: [], faults: [] });
    const again = must(
      await call(s.core, 'tickets.reassess', {
        id: t.id,
        staffId: s.tech.id,
        faults: [{ component: 'laser', fault: 'weak_output' }],
      }),
    );
    expect(again).toMatchObject({ inWarranty: true, assessments: [{ kind: 'diagnosis', inWarranty: true }] });
  });

  it('keeps a promised date the clerk set, to the end of that day', async () => {
    const s = await shop(testCore());
    const t = await intake(s, { promisedDate: '2026-12-01' });
    expect(t.promisedDate).toBe('2026-12-01');
    expect(t.promisedAt).toBe(Date.UTC(2026, 11, 1, 16, 0, 0) - 1); // 23:59:59.999 in Shanghai
  });

  it('refuses unknown or former staff, customers and products, and bad input, with field messages', async () => {
    const s = await shop(testCore());
    must(await call(s.core, 'staff.update', { id: s.clerk.id, name: '王芳', role: 'staff', active: false }));
    expect(await s.core.dispatch('tickets.create', intakeInput(s))).toMatchObject({
      error: { code: 'invalid_input', issues: [{ path: ['staffId'], message: 'validation.ticket.unknownStaff' }] },
    });
    const input = intakeInput(s, { staffId: s.tech.id });
    expect(await s.core.dispatch('tickets.create', { ...input, productId: 999 })).toMatchObject({
      error: { issues: [{ path: ['productId'], message: 'validation.ticket.unknownProduct' }] },
    });
    expect(await s.core.dispatch('tickets.create', { ...input, reportedFault: '  ', deposit: -100 })).toMatchObject({
      error: {
        code: 'invalid_input',
        issues: [
          { path: ['reportedFault'], message: 'validation.required' },
          { path: ['deposit'], message: 'validation.money.negative' },
        ],
      },
    });
    expect(count(s.core, 'tickets')).toBe(0);
  });

  it('a device with an open ticket gets a second one only deliberately; the lookup names the open one', async () => {
    const s = await shop(testCore());
    const first = await intake(s);
    await move(s, first.id, 'diagnosing');
    const lookup = must(await call(s.core, 'warranty.lookup', { productId: s.productId }));
    expect(lookup.items[0]!.openTickets).toEqual([{ id: first.id, ticketNo: first.ticketNo, status: 'diagnosing' }]);
    expect(await s.core.dispatch('tickets.create', intakeInput(s, { allowOpenTicket: false }))).toMatchObject({
      ok: false,
      error: { code: 'ticket_open_for_device', params: { ticketNo: first.ticketNo, ticketId: first.id } },
    });
    expect(count(s.core, 'tickets')).toBe(1);
    const second = await intake(s, { allowOpenTicket: true });
    expect(second.ticketNo).not.toBe(first.ticketNo);
    // Once both are closed the device is taken in again without a word.
    for (const t of [first, second])
      must(await call(s.core, 'tickets.transition', { id: t.id, staffId: s.clerk.id, to: 'cancelled', note: '客户取消' }));
    expect(must(await call(s.core, 'warranty.lookup', { productId: s.productId })).items[0]!.openTickets).toEqual([]);
    await intake(s, { allowOpenTicket: false });
    expect(count(s.core, 'tickets')).toBe(3);
  });

  it('lists the product’s later tickets with its earlier repairs in the warranty context', async () => {
    const s = await shop(testCore());
    const lookup = must(await call(s.core, 'warranty.lookup', { productId: s.productId }));
    expect(lookup.items[0]!.context).toMatchObject({ earlierRepairs: [], exchangesUsed: 0 });
  });
});
