import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import type { TicketFaultInput } from '../../../shared/schemas/ticket';
import { call, intake, LABOUR_AND_PART, move, must, settle, shop, type Shop } from './fixtures';

/** Shanghai noon of a calendar day, as the handler clock. */
const noon = (date: string) => Date.parse(`${date}T04:00:00Z`);

async function repairAndCollect(s: Shop, day: string, faults: TicketFaultInput[], part?: string) {
  s.core.clock.now = noon(day);
  const t = await intake(s, { faults });
  await move(s, t.id, 'diagnosing');
  if (!t.inWarranty) {
    const quoted = must(await call(s.core, 'quotes.issue', { ticketId: t.id, staffId: s.clerk.id, quote: LABOUR_AND_PART }));
    must(
      await call(s.core, 'quotes.decide', {
        quoteId: quoted.quotes[0]!.id,
        staffId: s.clerk.id,
        decision: 'approved',
        method: 'in_person',
      }),
    );
  }
  await move(s, t.id, 'in_repair');
  if (part) {
    must(
      await call(s.core, 'tickets.updateWork', {
        id: t.id,
        staffId: s.tech.id,
        technicianId: s.tech.id,
        parts: [{ description: '电源模块', quantity: 1000, component: part }],
      }),
    );
  }
  await move(s, t.id, 'ready');
  await settle(s, t.id);
  return {
    intake: t,
    done: must(await call(s.core, 'tickets.pickup', { id: t.id, staffId: s.clerk.id, collectedBy: '陈大文', accepted: true })),
  };
}

const HOST_NO_POWER: TicketFaultInput[] = [{ component: 'host', fault: 'no_power' }];

describe('repair warranty: the loop from pickup back into the engine', () => {
  it('a paid repair makes the same fault free for 3 months, and a redo does not restart the term', async () => {
    const s = await shop(testCore());
    // The host's original warranty ended 2026-03-01: this repair is paid.
    const first = await repairAndCollect(s, '2026-11-22', HOST_NO_POWER, 'power_supply');
    expect(first.intake.inWarranty).toBe(false);
    expect(first.done.repairWarranties[0]).toMatchObject({ faultUntil: '2027-02-22', partsUntil: '2027-11-22' });

    // A month later the same fault is back: free under the repair warranty, no quote needed.
    const redo = await repairAndCollect(s, '2026-12-22', HOST_NO_POWER);
    expect(redo.intake.inWarranty).toBe(true);
    expect(redo.intake.assessments[0]!.assessment.components[0]).toMatchObject({
      covered: true,
      reasons: ['repair_warranty_same_fault'],
      term: { kind: 'repair', from: '2026-11-22', expiry: '2027-02-22' },
    });
    expect(redo.intake.assessments[0]!.sentences[0]).toContain('2027-02-22');
    // The redo keeps the first repair's dates (seed 001: 以上一次返修时间为准).
    expect(redo.done.repairWarranties[0]).toMatchObject({ repairDate: '2026-12-22', faultUntil: '2027-02-22' });

    // After 2027-02-22 it is paid again, although the redo was less than 3 months ago.
    s.core.clock.now = noon('2027-03-05');
    const later = await intake(s, { faults: HOST_NO_POWER });
    expect(later.inWarranty).toBe(false);
    expect(later.assessments[0]!.assessment.components[0]).toMatchObject({ covered: false, reasons: ['expired'] });
  });

  it('another fault of the same component is not a repeat; a replaced part has its own 12 months', async () => {
    const s = await shop(testCore());
    await repairAndCollect(s, '2026-11-22', HOST_NO_POWER, 'power_supply');
    s.core.clock.now = noon('2026-12-10');
    const display = await intake(s, { faults: [{ component: 'host', fault: 'display' }] });
    expect(display.inWarranty).toBe(false);
    s.core.clock.now = noon('2027-06-01');
    const psu = await intake(s, { faults: [{ component: 'power_supply', fault: 'no_power' }] });
    expect(psu.assessments[0]!.assessment.components[0]).toMatchObject({
      covered: true,
      reasons: ['replaced_part_warranty'],
      term: { kind: 'part', expiry: '2027-11-22' },
    });
  });

  it('an exchange counts against the policy’s exchanges and issues no repair warranty', async () => {
    const s = await shop(testCore());
    const t = await intake(s, { faults: [{ component: 'laser', fault: 'weak_output' }] });
    await move(s, t.id, 'diagnosing');
    await move(s, t.id, 'in_repair');
    await move(s, t.id, 'ready');
    const done = must(
      await call(s.core, 'tickets.pickup', {
        id: t.id,
        staffId: s.clerk.id,
        collectedBy: '陈大文',
        accepted: true,
        resolution: 'exchanged',
      }),
    );
    expect(done.repairWarranties).toEqual([]);
    const lookup = must(await call(s.core, 'warranty.lookup', { productId: s.productId }));
    expect(lookup.items[0]!.context).toMatchObject({ exchangesUsed: 1, earlierRepairs: [] });
  });
});
