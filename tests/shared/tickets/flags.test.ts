import { describe, expect, it } from 'vitest';
import { OPEN_STATUSES, ticketFlags, type FlagInput, type TicketFlag } from '../../../shared/tickets/flags';
import { TERMINAL_STATUSES, TICKET_STATUSES, type TicketStatus } from '../../../shared/tickets/status';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 4, 0, 0);
const policy = { uncollectedAfterDays: 30 };

/** Promised yesterday, in its status for 40 days: every flag its status can have. */
const late = (status: TicketStatus): FlagInput => ({ status, promisedAt: NOW - DAY, statusAt: NOW - 40 * DAY });

/** Every status (the Record makes the compiler ask for a new one) and the flags it can have. */
const FLAGS_WHEN_LATE: Record<TicketStatus, TicketFlag[]> = {
  received: ['overdue'],
  diagnosing: ['overdue'],
  quoted: ['overdue', 'awaitingApproval'],
  approved: ['overdue'],
  in_repair: ['overdue'],
  waiting_parts: ['overdue'],
  ready: ['uncollected'],
  declined: ['uncollected'],
  collected: [],
  returned_unrepaired: [],
  cancelled: [],
};

describe('ticketFlags by status, when every deadline has passed', () => {
  it.each(TICKET_STATUSES.map((status) => [status, FLAGS_WHEN_LATE[status]] as const))('%s: %j', (status, flags) => {
    expect(ticketFlags(late(status), NOW, policy)).toEqual(flags);
  });
});

describe('ticketFlags at the edges', () => {
  it.each<[string, FlagInput, TicketFlag[]]>([
    ['promised to this very millisecond: not overdue', { status: 'in_repair', promisedAt: NOW, statusAt: NOW }, []],
    ['one millisecond past the promise: overdue', { status: 'in_repair', promisedAt: NOW - 1, statusAt: NOW }, ['overdue']],
    [
      'quoted exactly 3 days ago: still waiting normally',
      { status: 'quoted', promisedAt: NOW + DAY, statusAt: NOW - 3 * DAY },
      [],
    ],
    [
      'quoted 3 days and 1 ms ago: awaiting approval',
      { status: 'quoted', promisedAt: NOW + DAY, statusAt: NOW - 3 * DAY - 1 },
      ['awaitingApproval'],
    ],
    ['ready exactly 30 days: not yet uncollected', { status: 'ready', promisedAt: NOW - 40 * DAY, statusAt: NOW - 30 * DAY }, []],
    [
      'ready 30 days and 1 ms: uncollected, never overdue',
      { status: 'ready', promisedAt: NOW - 40 * DAY, statusAt: NOW - 30 * DAY - 1 },
      ['uncollected'],
    ],
  ])('%s', (_name, ticket, flags) => {
    expect(ticketFlags(ticket, NOW, policy)).toEqual(flags);
  });

  it('uses the shop policy and the approval wait it is given', () => {
    const ready = { status: 'ready' as const, promisedAt: NOW, statusAt: NOW - 8 * DAY };
    expect(ticketFlags(ready, NOW, { uncollectedAfterDays: 7 })).toEqual(['uncollected']);
    expect(ticketFlags(ready, NOW, { uncollectedAfterDays: 8 })).toEqual([]);
    const quoted = { status: 'quoted' as const, promisedAt: NOW + DAY, statusAt: NOW - 2 * DAY };
    expect(ticketFlags(quoted, NOW, policy, 1)).toEqual(['awaitingApproval']);
    expect(ticketFlags(quoted, NOW, policy, 2)).toEqual([]);
  });
});

describe('OPEN_STATUSES', () => {
  it('is every status but the terminal ones, in the workflow order', () => {
    expect(OPEN_STATUSES.some((s) => TERMINAL_STATUSES.includes(s))).toBe(false);
    expect([...OPEN_STATUSES, ...TERMINAL_STATUSES].sort()).toEqual([...TICKET_STATUSES].sort());
    expect(OPEN_STATUSES).toEqual(TICKET_STATUSES.filter((s) => OPEN_STATUSES.includes(s)));
  });
});
