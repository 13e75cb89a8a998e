import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import { call, DAY, intake, LABOUR_AND_PART, move, must, shop, type Shop } from './fixtures';

async function list(s: Shop, input: Parameters<typeof call<'tickets.list'>>[2]) {
  return must(await call(s.core, 'tickets.list', input));
}

describe('queues, flags and counts', () => {
  it('pages newest first with a keyset cursor, and filters by status, technician and intake day', async () => {
    const s = await shop(testCore());
    const start = s.core.clock.now;
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) {
      s.core.clock.now = start + i * DAY;
      ids.push((await intake(s)).id);
    }
    must(await call(s.core, 'tickets.updateWork', { id: ids[2]!, staffId: s.clerk.id, technicianId: s.tech.id }));
    await move(s, ids[4]!, 'diagnosing');

    const first = await list(s, { limit: 3 });
    expect(first.items.map((i) => i.id)).toEqual([ids[6], ids[5], ids[4]]);
    expect(first.total).toBe(7);
    const second = await list(s, { limit: 3, cursor: first.nextCursor });
    expect(second.items.map((i) => i.id)).toEqual([ids[3], ids[2], ids[1]]);
    expect(second.total).toBe(-1);
    const last = await list(s, { limit: 3, cursor: second.nextCursor });
    expect(last.items.map((i) => i.id)).toEqual([ids[0]]);
    expect(last.nextCursor).toBeNull();

    expect((await list(s, { status: 'diagnosing' })).items.map((i) => i.id)).toEqual([ids[4]]);
    expect((await list(s, { technicianId: s.tech.id })).items.map((i) => [i.id, i.technicianName])).toEqual([[ids[2], '李工']]);
    const day = await list(s, { intakeFrom: '2026-11-23', intakeTo: '2026-11-24', sort: 'oldest' });
    expect(day).toMatchObject({ total: 2, items: [{ id: ids[1] }, { id: ids[2] }] });
    expect((await list(s, { customerId: s.customerId, limit: 2 })).total).toBe(7);
  });

  it('flags overdue, waiting too long for approval and uncollected, and counts them for the home screen', async () => {
    const s = await shop(testCore());
    const start = s.core.clock.now;
    const late = await intake(s, { urgency: 'urgent' }); // promised within 24 h
    const waiting = await intake(s, { urgency: 'low' });
    await move(s, waiting.id, 'diagnosing');
    must(await call(s.core, 'quotes.issue', { ticketId: waiting.id, staffId: s.clerk.id, quote: LABOUR_AND_PART }));
    const ready = await intake(s, { faults: [{ component: 'laser', fault: 'weak_output' }] });
    await move(s, ready.id, 'diagnosing');
    await move(s, ready.id, 'in_repair');
    await move(s, ready.id, 'ready');

    s.core.clock.now = start + 2 * DAY;
    expect(must(await call(s.core, 'tickets.counts', {}))).toEqual({
      receivedToday: 0,
      readyForPickup: 1,
      overdue: 1,
      awaitingApproval: 0,
      uncollected: 0,
    });
    const overdue = await list(s, { flag: 'overdue', sort: 'promised' });
    expect(overdue.items.map((i) => [i.id, i.flags])).toEqual([[late.id, ['overdue']]]);

    s.core.clock.now = start + 31 * DAY;
    const counts = must(await call(s.core, 'tickets.counts', {}));
    expect(counts).toMatchObject({ awaitingApproval: 1, uncollected: 1, overdue: 2 });
    expect((await list(s, { flag: 'uncollected' })).items.map((i) => [i.id, i.flags])).toEqual([[ready.id, ['uncollected']]]);
    expect((await list(s, { flag: 'awaitingApproval' })).items[0]).toMatchObject({
      id: waiting.id,
      flags: ['overdue', 'awaitingApproval'],
    });
    s.core.clock.now = start;
    expect(must(await call(s.core, 'tickets.counts', {})).receivedToday).toBe(3);
  });

  it('a technician’s own queue: open tickets by promised date', async () => {
    const s = await shop(testCore());
    const a = await intake(s, { urgency: 'low' });
    const b = await intake(s, { urgency: 'urgent' });
    const c = await intake(s);
    for (const id of [a.id, b.id, c.id])
      must(await call(s.core, 'tickets.updateWork', { id, staffId: s.clerk.id, technicianId: s.tech.id }));
    must(await call(s.core, 'tickets.transition', { id: c.id, staffId: s.clerk.id, to: 'cancelled', note: '不修了' }));
    const mine = await list(s, { technicianId: s.tech.id, status: 'open', sort: 'promised' });
    expect(mine.items.map((i) => i.id)).toEqual([b.id, a.id]);
    const page1 = await list(s, { technicianId: s.tech.id, status: 'open', sort: 'promised', limit: 1 });
    const page2 = await list(s, {
      technicianId: s.tech.id,
      status: 'open',
      sort: 'promised',
      limit: 1,
      cursor: page1.nextCursor,
    });
    expect(page2.items.map((i) => i.id)).toEqual([a.id]);
  });

  it('the global search finds a ticket by its scanned number, whole or in part, and keeps customers by phone', async () => {
    const s = await shop(testCore());
    const t = await intake(s);
    const search = async (q: string) => must(await call(s.core, 'search.global', { q }));
    expect((await search('R2026-000001')).tickets).toMatchObject([{ id: t.id, matchedBy: 'ticketNo' }]);
    expect((await search('r2026000001')).tickets).toMatchObject([{ id: t.id, matchedBy: 'ticketNo' }]);
    expect((await search('000001')).tickets).toMatchObject([{ id: t.id, matchedBy: 'ticketNoPart' }]);
    expect((await search('R2026')).tickets).toMatchObject([{ id: t.id, matchedBy: 'ticketNoPart' }]);
    const phone = await search('8000');
    expect(phone.customers).toMatchObject([{ name: '陈大文', matchedBy: 'phoneTail' }]);
    expect(phone.tickets).toEqual([]);
  });
});
