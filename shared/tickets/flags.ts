import { isOverdue, isUncollected, waitingTooLong, type SlaPolicy } from './sla';
import { AWAITING_PICKUP_STATUSES, TERMINAL_STATUSES, TICKET_STATUSES, type TicketStatus } from './status';
import { APPROVAL_WAIT_DAYS } from './intake';

/*
 * The flags a queue shows beside a ticket. Each is computed from the ticket row and the clock
 * only, and each has an index in the database that finds exactly the flagged tickets
 * (db/queries/ticket-list.ts), so "show me the overdue ones" never scans every ticket.
 */

export const TICKET_FLAGS = ['overdue', 'awaitingApproval', 'uncollected'] as const;
export type TicketFlag = (typeof TICKET_FLAGS)[number];

/** Still being worked on: the promised date is a promise about these. Ready means it was kept. */
export const IN_PROGRESS_STATUSES: readonly TicketStatus[] = [
  'received',
  'diagnosing',
  'quoted',
  'approved',
  'in_repair',
  'waiting_parts',
];

/** Not closed: everything a technician or the counter may still act on. */
export const OPEN_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter((s) => !TERMINAL_STATUSES.includes(s));

export interface FlagInput {
  status: TicketStatus;
  /** Last instant of the promised day. */
  promisedAt: number;
  /** When the ticket entered its current status. */
  statusAt: number;
}

export function ticketFlags(
  ticket: FlagInput,
  now: number,
  policy: Pick<SlaPolicy, 'uncollectedAfterDays'>,
  approvalWaitDays = APPROVAL_WAIT_DAYS,
): TicketFlag[] {
  const flags: TicketFlag[] = [];
  if (IN_PROGRESS_STATUSES.includes(ticket.status) && isOverdue(ticket.promisedAt, now)) flags.push('overdue');
  if (ticket.status === 'quoted' && waitingTooLong(ticket.statusAt, now, approvalWaitDays)) flags.push('awaitingApproval');
  if (AWAITING_PICKUP_STATUSES.includes(ticket.status) && isUncollected(ticket.statusAt, now, policy)) flags.push('uncollected');
  return flags;
}
