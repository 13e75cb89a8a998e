import { listTickets, ticketCounts } from '../../../db/queries/ticket-list';
import type { Handlers } from '../dispatcher';
import { printTicketForm } from '../documents/ticket-forms';
import { mustGetTicket, shopClock } from '../guards';
import { createTicket } from '../use-cases/ticket-intake';
import { transitionTicket } from '../use-cases/ticket-moves';
import { pickUp } from '../use-cases/ticket-pickup';
import { reassessTicket, updateTicketWork } from '../use-cases/ticket-work';

export const ticketHandlers = {
  'tickets.create': createTicket,
  'tickets.get': (ctx, input) => mustGetTicket(ctx, input.id),
  'tickets.list': (ctx, input) => listTickets(ctx.db, input, ctx.now()),
  'tickets.counts': (ctx) => {
    const { today, now } = shopClock(ctx);
    return ticketCounts(ctx.db, today, now);
  },
  'tickets.transition': transitionTicket,
  'tickets.updateWork': updateTicketWork,
  'tickets.reassess': reassessTicket,
  'tickets.pickup': pickUp,
  'tickets.print': (ctx, input) => printTicketForm(ctx, mustGetTicket(ctx, input.id), input),
} satisfies Partial<Handlers>;
