import { AppError } from '../../../shared/api/errors';
import { DEFAULT_SLA_POLICY, endOfLocalDay, promisedRepair } from '../../../shared/tickets';
import { ticketKey } from '../../../shared/tickets/intake-messages';
import { isBefore } from '../../../shared/warranty';
import type { TicketCreate } from '../../../shared/schemas/ticket';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import { getCustomer } from '../../../db/queries/customers';
import { getProduct } from '../../../db/queries/products';
import { openTicketsOfProduct } from '../../../db/queries/open-tickets';
import { nextNumber } from '../../../db/queries/numbering';
import { insertTicket, ticketNoTaken } from '../../../db/queries/tickets';
import { insertAssessment } from '../../../db/queries/ticket-assessments';
import { getTicket } from '../../../db/queries/ticket-detail';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { activeStaff, invalidInput, shopClock, type ShopClock } from '../guards';
import { takePayment } from './take-payment';
import { assessTicketFaults } from './ticket-assessment';

/**
 * When the repair is promised back: the SLA policy's answer for the channel and urgency, or the
 * day the clerk set instead (end of that day), which cannot be before the intake day.
 */
function promise(input: TicketCreate, clock: ShopClock): { date: string; at: number } {
  const due = promisedRepair(clock.now, input.channel, input.urgency, DEFAULT_SLA_POLICY, { timeZone: clock.timeZone });
  if (!input.promisedDate || input.promisedDate === due.date) return { date: due.date, at: due.at };
  if (isBefore(input.promisedDate, clock.today)) {
    throw invalidInput([{ path: ['promisedDate'], message: ticketKey('promisedBeforeIntake') }]);
  }
  return { date: input.promisedDate, at: endOfLocalDay(input.promisedDate, clock.timeZone) };
}

/**
 * Takes a device in: the customer and product must exist, the warranty is assessed by the engine
 * (stored with the sentences the customer is told), the number comes from the ticket series in
 * this same transaction (gap-free), and the timeline starts at "received".
 */
export function createTicket(ctx: HandlerContext, input: TicketCreate): Ticket {
  const clock = shopClock(ctx);
  const staff = activeStaff(ctx, input.staffId);
  if (!getCustomer(ctx.db, input.customerId))
    throw invalidInput([{ path: ['customerId'], message: 'validation.unknownCustomer' }]);
  if (!getProduct(ctx.db, input.productId)) throw invalidInput([{ path: ['productId'], message: ticketKey('unknownProduct') }]);
  // A device already in the shop gets a second ticket only when staff say so (another fault).
  const open = openTicketsOfProduct(ctx.db, input.productId)[0];
  if (open && !input.allowOpenTicket) {
    throw new AppError('ticket_open_for_device', `product ${input.productId} has open ticket ${open.ticketNo}`, {
      ticketNo: open.ticketNo,
      ticketId: open.id,
    });
  }
  const promised = promise(input, clock);
  // Without a component at fault there is nothing to assess yet: the technician assesses it after
  // diagnosis (tickets.reassess), and the intake ticket says so.
  const assessed =
    input.faults.length > 0 ? assessTicketFaults(ctx, input.productId, input.faults, clock.today, clock.language) : null;

  const ticketNo = nextNumber(ctx.db, 'ticket', clock.now, clock.timeZone, (n) => ticketNoTaken(ctx.db, n));
  const id = insertTicket(ctx.db, {
    ticketNo,
    customerId: input.customerId,
    productId: input.productId,
    channel: input.channel,
    urgency: input.urgency,
    reportedFault: input.reportedFault,
    faults: input.faults,
    accessories: input.accessories,
    accessoriesNote: input.accessoriesNote,
    condition: input.condition,
    conditionNote: input.conditionNote,
    passcode: input.passcode || null,
    deposit: input.deposit,
    notes: input.notes,
    inWarranty: assessed?.inWarranty ?? false,
    promisedDate: promised.date,
    promisedAt: promised.at,
    intakeAt: clock.now,
    intakeOn: clock.today,
    staffId: staff.id,
  });
  if (assessed) {
    insertAssessment(ctx.db, {
      ticketId: id,
      kind: 'intake',
      at: clock.now,
      staffId: staff.id,
      input: assessed.input,
      output: assessed.output,
      sentences: assessed.sentences,
      language: clock.language,
      inWarranty: assessed.inWarranty,
    });
  }
  // The passcode stays out of the audit log: it is kept only until the device leaves.
  recordAudit(ctx.db, {
    at: clock.now,
    actor: staff.name,
    action: 'create',
    entity: 'ticket',
    entityId: id,
    after: { ticketNo, customerId: input.customerId, productId: input.productId, inWarranty: assessed?.inWarranty ?? false },
  });
  // A deposit is money taken: it gets its receipt now, in this same transaction.
  if (input.deposit > 0) {
    takePayment(ctx, {
      staffId: staff.id,
      purpose: 'deposit',
      ticketId: id,
      customerId: null,
      parts: [{ method: input.depositMethod, amount: input.deposit, tendered: null, reference: input.depositReference }],
      sale: null,
      overpayToCredit: false,
      note: '',
    });
  }
  const ticket = getTicket(ctx.db, id, clock.now);
  if (!ticket) throw new AppError('internal', `ticket ${id} vanished`);
  return ticket;
}
