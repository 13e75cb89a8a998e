import { AppError } from '../../../shared/api/errors';
import { canTransition, type TicketStatus, type TransitionFacts } from '../../../shared/tickets/status';
import type { StaffMember } from '../../../shared/schemas/staff';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import { getTicketRow, setStatus, type TicketRow } from '../../../db/queries/tickets';
import { getTicket, transitionFacts } from '../../../db/queries/ticket-detail';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';

/*
 * Every status change of a ticket passes through moveTicket: the state machine of
 * shared/tickets/status.ts with facts read from the database, in the main process, whatever the
 * screen offered. A refusal is an error value naming the reason; nothing is written.
 */

export function mustGetTicketRow(ctx: HandlerContext, id: number): TicketRow {
  const row = getTicketRow(ctx.db, id);
  if (!row) throw new AppError('not_found', `ticket ${id} not found`);
  return row;
}

export function mustGetTicket(ctx: HandlerContext, id: number): Ticket {
  const ticket = getTicket(ctx.db, id, ctx.now());
  if (!ticket) throw new AppError('not_found', `ticket ${id} not found`);
  return ticket;
}

/** The refusal the UI words with transitionReasonText (shared/tickets/messages.ts). */
export function transitionRefused(reason: string, from: TicketStatus, to: TicketStatus): AppError {
  return new AppError('ticket_transition', `ticket cannot go from ${from} to ${to}: ${reason}`, { reason, from, to });
}

/** Checks the change against the rules with `facts` (defaults: read now), then writes it. */
export function moveTicket(
  ctx: HandlerContext,
  row: TicketRow,
  to: TicketStatus,
  staff: StaffMember,
  options: { note?: string; facts?: Partial<TransitionFacts> } = {},
): void {
  const facts: TransitionFacts = {
    ...transitionFacts(ctx.db, row.id, row.in_warranty === 1),
    ...options.facts,
    note: options.note ?? '',
  };
  const check = canTransition(row.status, to, facts);
  if (!check.ok) throw transitionRefused(check.reason, row.status, to);
  const at = ctx.now();
  setStatus(ctx.db, { id: row.id, from: row.status, to, at, staffId: staff.id, note: options.note });
  recordAudit(ctx.db, {
    at,
    actor: staff.name,
    action: 'status',
    entity: 'ticket',
    entityId: row.id,
    before: { status: row.status },
    after: { status: to, note: options.note ?? '' },
  });
  row.status = to;
  row.status_at = at;
}
