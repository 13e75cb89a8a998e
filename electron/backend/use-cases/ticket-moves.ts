import { AppError } from '../../../shared/api/errors';
import { canTransition, type TicketStatus, type TransitionFacts } from '../../../shared/tickets/status';
import type { StaffMember } from '../../../shared/schemas/staff';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import { addEvent, setStatus, type TicketRow } from '../../../db/queries/tickets';
import { transitionFacts } from '../../../db/queries/ticket-detail';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { activeStaff, mustGetTicket, mustGetTicketRow } from '../guards';
import { shopProfile } from '../shop-settings';

/*
 * Every status change of a ticket passes through moveTicket: the state machine of
 * shared/tickets/status.ts with facts read from the database, in the main process, whatever the
 * screen offered. A refusal is an error value naming the reason; nothing is written.
 */

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
  options: { note?: string; facts?: Partial<TransitionFacts>; balanceOverride?: string } = {},
): void {
  const facts: TransitionFacts = {
    ...transitionFacts(ctx.db, row.id, row.in_warranty === 1),
    ...options.facts,
    note: options.note ?? '',
  };
  const override = overrideBalance(ctx, row, to, staff, facts, options.balanceOverride ?? '');
  const check = canTransition(row.status, to, override ? { ...facts, balanceDue: 0 } : facts);
  if (!check.ok) throw transitionRefused(check.reason, row.status, to);
  const at = ctx.now();
  if (override) {
    addEvent(ctx.db, {
      ticketId: row.id,
      at,
      staffId: staff.id,
      kind: 'balance_override',
      note: override.reason,
      data: override.data,
    });
    recordAudit(ctx.db, {
      at,
      actor: staff.name,
      action: 'balance_override',
      entity: 'ticket',
      entityId: row.id,
      after: { reason: override.reason, ...override.data },
    });
  }
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

/** A status change asked for from the ticket page (tickets.transition). */
export function transitionTicket(ctx: HandlerContext, input: MethodParsedInput<'tickets.transition'>): Ticket {
  const staff = activeStaff(ctx, input.staffId);
  const row = mustGetTicketRow(ctx, input.id);
  moveTicket(ctx, row, input.to, staff, { note: input.note, balanceOverride: input.balanceOverride });
  return mustGetTicket(ctx, row.id);
}

const HAND_BACK: readonly TicketStatus[] = ['collected', 'returned_unrepaired'];

/**
 * Handing a device back with money still owed: only the owner may, with a reason, which goes on
 * the timeline and in the audit log. null when there is nothing to override.
 */
function overrideBalance(
  ctx: HandlerContext,
  row: TicketRow,
  to: TicketStatus,
  staff: StaffMember,
  facts: TransitionFacts,
  reason: string,
): { reason: string; data: { amount: number; currency: string } } | null {
  if (!reason.trim() || !HAND_BACK.includes(to) || facts.balanceDue <= 0) return null;
  if (staff.role !== 'owner')
    throw new AppError('balance_override_owner_only', `only the owner may hand back ${row.ticket_no} with a balance due`, {
      ticketNo: row.ticket_no,
    });
  return { reason: reason.trim(), data: { amount: facts.balanceDue, currency: shopProfile(ctx).currency } };
}
