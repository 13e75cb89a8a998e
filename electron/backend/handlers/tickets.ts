import { AppError } from '../../../shared/api/errors';
import { isTerminal } from '../../../shared/tickets/status';
import { IN_PROGRESS_STATUSES } from '../../../shared/tickets/flags';
import { addEvent, listParts, replaceParts, setFaults, setWork, type TicketRow } from '../../../db/queries/tickets';
import { insertAssessment } from '../../../db/queries/ticket-assessments';
import { listTickets, ticketCounts } from '../../../db/queries/ticket-list';
import { recordAudit } from '../../../db/queries/audit';
import type { Handlers } from '../dispatcher';
import { printTicketForm } from '../documents/ticket-forms';
import { shopClock } from './shop-clock';
import { activeStaff, technician } from './staff';
import { assessTicketFaults } from './ticket-assessment';
import { createTicket } from './ticket-intake';
import { moveTicket, mustGetTicket, mustGetTicketRow } from './ticket-moves';
import { pickUp } from './ticket-pickup';

/** Closed tickets are the record of what happened: their work and findings stay as they were. */
function mustBeOpen(row: TicketRow, statuses?: readonly string[]): void {
  const open = statuses ? statuses.includes(row.status) : !isTerminal(row.status);
  if (!open) throw new AppError('ticket_not_editable', `ticket ${row.ticket_no} is ${row.status}`, { ticketNo: row.ticket_no });
}

export const ticketHandlers = {
  'tickets.create': (ctx, input) => createTicket(ctx, input),

  'tickets.get': (ctx, input) => mustGetTicket(ctx, input.id),

  'tickets.list': (ctx, input) => listTickets(ctx.db, input, ctx.now()),

  'tickets.counts': (ctx) => {
    const { today, now } = shopClock(ctx);
    return ticketCounts(ctx.db, today, now);
  },

  'tickets.transition': (ctx, input) => {
    const staff = activeStaff(ctx, input.staffId);
    const row = mustGetTicketRow(ctx, input.id);
    moveTicket(ctx, row, input.to, staff, { note: input.note, balanceOverride: input.balanceOverride });
    return mustGetTicket(ctx, row.id);
  },

  'tickets.updateWork': (ctx, input) => {
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
  },

  'tickets.reassess': (ctx, input) => {
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
  },

  'tickets.pickup': (ctx, input) => pickUp(ctx, input),

  'tickets.print': (ctx, input) => printTicketForm(ctx, mustGetTicket(ctx, input.id), input),
} satisfies Partial<Handlers>;
