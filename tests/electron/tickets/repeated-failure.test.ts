import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import type { TicketFaultInput } from '../../../shared/schemas/ticket';
import { call, intake, LABOUR_AND_PART, move, must, settle, shop, type Shop } from './fixtures';

/*
 * Issue 20 through the handlers: the repairs the shop made (repair warranties issued at pickup)
 * come back as the engine's earlier repairs with their ticket numbers, and the third intake of
 * the same fault offers exchange or return. The shop's laser was accepted on 2025-03-01 (laser
 * covered 24 months); the policy has no return / exchange windows.
 */

const noon = (date: string) => Date.parse(`${date}T04:00:00Z`);
const WEAK_LASER: TicketFaultInput[] = [{ component: 'laser', fault: 'weak_output', findings: [] }];

async function repairAndCollect(s: Shop, day: string, faults: TicketFaultInput[]) {
  s.core.clock.now = noon(day);
  const t = await intake(s, { faults });
  await move(s, t.id, 'diagnosing');
  if (!t.inWarranty) {
    const quoted = must(await call(s.core, 'quotes.issue', { ticketId: t.id, staffId: s.clerk.id, quote: LABOUR_AND_PART }));
    const quoteId = quoted.quotes[0]!.id;
    must(await call(s.core, 'quotes.decide', { quoteId, staffId: s.clerk.id, decision: 'approved', method: 'in_person' }));
  }
  await move(s, t.id, 'in_repair');
  await move(s, t.id, 'ready');
  await settle(s, t.id);
  must(await call(s.core, 'tickets.pickup', { id: t.id, staffId: s.clerk.id, collectedBy: '陈大文', accepted: true }));
  return t;
}

describe('repeated failures at intake (DOMAIN rule 7)', () => {
  it('the third intake of the same fault offers exchange or return, citing both repairs', async () => {
    const s = await shop(testCore());
    const first = await repairAndCollect(s, '2026-04-01', WEAK_LASER);
    const second = await repairAndCollect(s, '2026-06-01', WEAK_LASER);
    expect([first.inWarranty, second.inWarranty]).toEqual([true, true]);

    s.core.clock.now = noon('2026-08-01');
    const third = await intake(s, { faults: WEAK_LASER });
    const stored = third.assessments[0]!;
    expect(stored.assessment.returnExchange).toMatchObject({
      status: 'repeated_failure',
      options: ['exchange', 'return', 'repair'],
      repeatedFailure: {
        component: 'laser',
        fault: 'weak_output',
        limit: 2,
        repairs: [
          { ticketNo: first.ticketNo, date: '2026-04-01' },
          { ticketNo: second.ticketNo, date: '2026-06-01' },
        ],
      },
    });
    expect(stored.sentences).toContain(
      `激光器：该故障已在保修期内维修 2 次（${first.ticketNo} 2026-04-01，${second.ticketNo} 2026-06-01），您可选择换货或退货`,
    );
  });

  it('a repair that found an exclusion does not count', async () => {
    const s = await shop(testCore());
    const wet = await repairAndCollect(s, '2026-04-01', [{ ...WEAK_LASER[0]!, findings: ['water_damage'] }]);
    expect(wet.inWarranty).toBe(false);
    const dry = await repairAndCollect(s, '2026-06-01', WEAK_LASER);

    s.core.clock.now = noon('2026-08-01');
    const third = await intake(s, { faults: WEAK_LASER });
    const stored = third.assessments[0]!;
    expect(stored.assessment.returnExchange).toMatchObject({ status: 'no_windows', repeatedFailure: null });
    expect(stored.assessment.components[0]!.repeatRepairs).toEqual([{ ticketNo: dry.ticketNo, date: '2026-06-01' }]);
    expect(stored.sentences).toContain(
      `激光器：该故障已在保修期内维修 1 次（${dry.ticketNo} 2026-06-01）；维修满 2 次后再出现同一故障，可选择换货或退货`,
    );
  });
});
