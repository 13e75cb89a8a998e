import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import type { TicketFault } from '../../shared/schemas/ticket';
import type { Ticket } from '../../shared/schemas/ticket-types';
import type { TransitionFacts } from '../../shared/tickets/status';
import type { Accessory, Condition } from '../../shared/tickets/intake';
import { statements } from './statements';
import { toListItem, type ItemRow } from './ticket-list';
import { listEvents, listParts } from './tickets';
import { listAssessments } from './ticket-assessments';
import { latestQuote, listQuotes } from './quotes';
import { getPickup, ticketRepairWarranties } from './ticket-pickups';
import { ticketBalanceDue, ticketMoney } from './ticket-balance';
import { receiptsOfTicket } from './receipt-list';

const sql = statements((db: Database.Database) => ({
  get: db.prepare(
    `SELECT t.*, json_extract(t.faults, '$[0].fault') AS fault_category, c.name AS customer_name, p.brand, p.model,
       p.serial, p.category AS product_category, s.name AS technician_name, i.name AS intake_staff_name,
       (SELECT number FROM customer_phones ph WHERE ph.customer_id = t.customer_id ORDER BY position LIMIT 1) AS customer_phone
     FROM tickets t JOIN customers c ON c.id = t.customer_id JOIN products p ON p.id = t.product_id
       LEFT JOIN staff s ON s.id = t.technician_id JOIN staff i ON i.id = t.intake_staff_id
     WHERE t.id = ?`,
  ),
}));

interface DetailRow extends ItemRow {
  faults: string;
  accessories: string;
  accessories_note: string;
  condition: string;
  condition_note: string;
  passcode: string | null;
  deposit: number;
  notes: string;
  intake_on: string;
  intake_staff_name: string;
  diagnosis: string;
  work_done: string;
  closed_at: number | null;
  customer_phone: string | null;
  product_category: string;
}

/**
 * What the status rules need to know, read from the database: the stored assessment, the
 * latest quote version, and the balance (the payments seam). Handlers and the ticket page
 * both use this, so the screen offers exactly what the main process will accept.
 */
export function transitionFacts(db: AppDb, ticketId: number, inWarranty: boolean): Omit<TransitionFacts, 'note'> {
  const latest = latestQuote(db, ticketId);
  return {
    inWarranty,
    hasQuote: latest !== undefined && latest.status !== 'superseded',
    hasApprovedQuote: latest?.status === 'approved',
    balanceDue: ticketBalanceDue(db, ticketId),
  };
}

/** Everything the ticket page shows: the ticket, its timeline, assessments, quotes and pickup. */
export function getTicket(db: AppDb, id: number, now: number): Ticket | undefined {
  const row = sql(db.$client).get.get(id) as DetailRow | undefined;
  if (!row) return undefined;
  return {
    ...toListItem(row, now),
    customerPhone: row.customer_phone ?? '',
    productCategory: row.product_category,
    faults: JSON.parse(row.faults) as TicketFault[],
    accessories: JSON.parse(row.accessories) as Accessory[],
    accessoriesNote: row.accessories_note,
    condition: JSON.parse(row.condition) as Condition[],
    conditionNote: row.condition_note,
    passcode: row.passcode,
    deposit: row.deposit,
    notes: row.notes,
    intakeOn: row.intake_on,
    intakeStaffName: row.intake_staff_name,
    diagnosis: row.diagnosis,
    workDone: row.work_done,
    parts: listParts(db, id),
    closedAt: row.closed_at,
    assessments: listAssessments(db, id),
    events: listEvents(db, id),
    quotes: listQuotes(db, id),
    pickup: getPickup(db, id),
    repairWarranties: ticketRepairWarranties(db, id),
    facts: transitionFacts(db, id, row.in_warranty === 1),
    payments: { ...ticketMoney(db, id), receipts: receiptsOfTicket(db, id) },
  };
}
