import { AppError } from '../../../shared/api/errors';
import { isTerminal } from '../../../shared/tickets/status';
import { IN_PROGRESS_STATUSES } from '../../../shared/tickets/flags';
import { addEvent, listParts, replaceParts, setFaults, setWork, type TicketRow } from '../../../db/queries/tickets';
import { insertAssessment } from '../../../db/queries/ticket-assessments';
import { recordAudit } from '../../../db/queries/audit';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import type { HandlerContext } from '../context';
import { activeStaff, mustGetTicket, mustGetTicketRow, shopClock, technician } from '../guards';
import { assessTicketFaults } from './ticket-assessment';

/** Closed tickets are the record of what happened: their work and findings stay as they were. */
function mustBeOpen(row: TicketRow, statuses?: readonly string[]): void {
  const open = statuses ? statuses.includes(row.status) : !isTerminal(row.status);
  if (!open) throw new AppError('ticket_not_editable', `ticket ${row.ticket_no} is ${row.status}`, { ticketNo: row.ticket_no });
}

/** Technician, diagnosis, work done and parts used, while the ticket is open. */
export function updateTicketWork(ctx: HandlerContext, input: MethodParsedInput<'tickets.updateWork'>): Ticket {
  const staff = activeStaff(ctx, input.staffId);
  const row = mustGetTicketRow(ctx, input.id);
  mustBeOpen(row);
  const tech = input.technicianId === null ? null : technician(ctx, input.technicianId);
  const at = ctx.now();
  const partsBefore = JSON.stringify(listParts(ctx.db, row.id));
  setWork(ctx.db, row.id, { technicianId: tech?.id ?? null, diagnosis: input.diagnosis, workDone: input.workDone }, at);
  replaceParts(ctx.db, row.id, input.parts);
  // The timeline says what changed: the assignment, and (separately) the diagnosis and work.
  if ((tech?.id ?? null) !== row.technician_id) {
    addEvent(ctx.db, { ticketId: row.id, at, staffId: staff.id, kind: 'technician', data: { name: tech?.name ?? null } });
  }
  const workChanged =
    input.diagnosis !== row.diagnosis ||
    input.workDone !== row.work_done ||
    JSON.stringify(listParts(ctx.db, row.id)) !== partsBefore;
  if (workChanged) addEvent(ctx.db, { ticketId: row.id, at, staffId: staff.id, kind: 'work' });
  recordAudit(ctx.db, { at, actor: staff.name, action: 'work', entity: 'ticket', entityId: row.id, after: input });
  return mustGetTicket(ctx, row.id);
}

/** A new warranty assessment with the diagnosis' findings (the intake one is kept). */
export function reassessTicket(ctx: HandlerContext, input: MethodParsedInput<'tickets.reassess'>): Ticket {
  const clock = shopClock(ctx);
  const staff = activeStaff(ctx, input.staffId);
  const row = mustGetTicketRow(ctx, input.id);
  // Findings matter until the repair is done; after that the ticket's price is settled.
  mustBeOpen(row, IN_PROGRESS_STATUSES);
  const assessed = assessTicketFaults(ctx, row.product_id, input.faults, clock.today, clock.language);
  insertAssessment(ctx.db, {
    ticketId: row.id,
    kind: 'diagnosis',
    at: clock.now,
    staffId: staff.id,
    input: assessed.input,
    output: assessed.output,
    sentences: assessed.sentences,
    language: clock.language,
    inWarranty: assessed.inWarranty,
  });
  setFaults(ctx.db, row.id, input.faults, assessed.inWarranty, clock.now);
  addEvent(ctx.db, {
    ticketId: row.id,
    at: clock.now,
    staffId: staff.id,
    kind: 'reassessed',
    data: { inWarranty: assessed.inWarranty },
  });
  recordAudit(ctx.db, {
    at: clock.now,
    actor: staff.name,
    action: 'reassess',
    entity: 'ticket',
    entityId: row.id,
    before: { inWarranty: row.in_warranty === 1 },
    after: { inWarranty: assessed.inWarranty, faults: input.faults },
  });
  return mustGetTicket(ctx, row.id);
}
