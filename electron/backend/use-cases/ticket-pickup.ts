import { AppError } from '../../../shared/api/errors';
import { addMonths, laterOf, repairWarrantyTerm, type EarlierRepair, type IsoDate } from '../../../shared/warranty';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { TicketFault } from '../../../shared/schemas/ticket';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import { listParts } from '../../../db/queries/tickets';
import { listAssessments } from '../../../db/queries/ticket-assessments';
import { insertPickup, insertRepairWarranty, type NewRepairWarranty } from '../../../db/queries/ticket-pickups';
import { warrantyItem } from '../../../db/queries/warranty-lookup';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import { activeStaff, mustGetTicket, mustGetTicketRow, shopClock } from '../guards';
import { moveTicket } from './ticket-moves';

type Pickup = MethodParsedInput<'tickets.pickup'>;

/**
 * The repair warranties a repaired ticket leaves behind (DOMAIN rule 4): per repaired fault, the
 * longer of the rest of the original term and the repair warranty, where a redo of a fault still
 * under an earlier repair's warranty keeps that warranty's dates (repairWarrantyTerm); replaced
 * parts get their own term from today. The engine reads these back as earlierRepairs.
 */
function repairWarranties(
  ctx: HandlerContext,
  ticketId: number,
  productId: number,
  faults: readonly TicketFault[],
  today: IsoDate,
): NewRepairWarranty[] {
  const item = warrantyItem(ctx.db, productId, 'product');
  if (!item) throw new AppError('not_found', `product ${productId} not found`);
  const { policy, earlierRepairs } = item.context;
  const parts = [...new Set(listParts(ctx.db, ticketId).flatMap((p) => (p.component ? [p.component] : [])))];
  const repaired: { component: string; fault: string | null }[] = faults.map((f) => ({ component: f.component, fault: f.fault }));
  // Parts replaced without an assessed fault still get their part warranty.
  if (repaired.length === 0 && parts[0]) repaired.push({ component: parts[0], fault: null });
  const latest = listAssessments(ctx.db, ticketId).at(-1)?.assessment.components ?? [];
  const partsUntil = parts.length > 0 ? addMonths(today, policy.replacedPartMonths) : null;
  return repaired.map(({ component, fault }) => {
    const now: EarlierRepair = { date: today, component, fault, partsReplaced: parts };
    const originalExpiry = latest.find((c) => c.component === component)?.originalExpiry ?? null;
    const term = repairWarrantyTerm(policy, [...earlierRepairs, now], component, fault, originalExpiry);
    const repairUntil = term?.expiry ?? addMonths(today, policy.repairWarrantyMonths);
    return {
      ticketId,
      productId,
      repairDate: today,
      component,
      fault,
      partsReplaced: parts,
      faultUntil: originalExpiry ? laterOf(repairUntil, originalExpiry) : repairUntil,
      partsUntil,
      at: ctx.now(),
    };
  });
}

/**
 * Hands the device back: only a ticket that is ready, with nothing owed (the status rules),
 * after the customer accepted it. Records who collected it and the rating, issues the repair
 * warranties, and closes the ticket (which forgets the passcode) — all in one transaction.
 */
export function pickUp(ctx: HandlerContext, input: Pickup): Ticket {
  const clock = shopClock(ctx);
  const staff = activeStaff(ctx, input.staffId);
  const row = mustGetTicketRow(ctx, input.id);
  if (row.status !== 'ready')
    throw new AppError('ticket_not_ready', `ticket ${row.ticket_no} is ${row.status}`, {
      ticketNo: row.ticket_no,
    });
  const faults = JSON.parse(row.faults) as TicketFault[];
  const warranties = input.resolution === 'repaired' ? repairWarranties(ctx, row.id, row.product_id, faults, clock.today) : [];
  moveTicket(ctx, row, 'collected', staff, { note: input.note, balanceOverride: input.balanceOverride });
  insertPickup(
    ctx.db,
    {
      ticketId: row.id,
      at: clock.now,
      staffId: staff.id,
      collectedBy: input.collectedBy,
      idChecked: input.idChecked,
      idNote: input.idNote,
      resolution: input.resolution,
      note: input.note,
    },
    input.satisfaction,
  );
  for (const w of warranties) insertRepairWarranty(ctx.db, w);
  recordAudit(ctx.db, {
    at: clock.now,
    actor: staff.name,
    action: 'pickup',
    entity: 'ticket',
    entityId: row.id,
    after: { collectedBy: input.collectedBy, resolution: input.resolution, warranties: warranties.length },
  });
  return mustGetTicket(ctx, row.id);
}
