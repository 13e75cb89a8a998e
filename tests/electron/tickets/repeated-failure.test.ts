import { describe, expect, it } from 'vitest';
import { testCore } from '../../helpers';
import type { TicketFaultInput } from '../../../shared/schemas/ticket';
import { intake, noon, repairAndCollect, shop } from './fixtures';

/*
 * Issue 20 through the handlers: the repairs the shop made (repair warranties issued at pickup)
 * come back as the engine's earlier repairs with their ticket numbers, and the third intake of
 * the same fault offers exchange or return. The shop's laser was accepted on 2025-03-01 (laser
 * covered 24 months); the policy has no return / exchange windows.
 */

const WEAK_LASER: TicketFaultInput[] = [{ component: 'laser', fault: 'weak_output', findings: [] }];

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
