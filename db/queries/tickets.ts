import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { foldSerial, reverseText } from '../../shared/text/serial';
import { isTerminal, type TicketStatus } from '../../shared/tickets/status';
import type { PartLine, TicketFault } from '../../shared/schemas/ticket';
import type { TicketEvent } from '../../shared/schemas/ticket-types';
import type { OldPartOutcome } from '../../shared/tickets/intake';
import { statements } from './statements';

/*
 * Writes of repair tickets and the reads of their parts. Handlers call these inside the one
 * transaction of a command; every status change goes through setStatus, which writes the row
 * and the timeline together.
 */

export interface NewTicket {
  ticketNo: string;
  customerId: number;
  productId: number;
  channel: string;
  urgency: string;
  reportedFault: string;
  faults: TicketFault[];
  accessories: readonly string[];
  accessoriesNote: string;
  condition: readonly string[];
  conditionNote: string;
  passcode: string | null;
  deposit: number;
  notes: string;
  inWarranty: boolean;
  promisedDate: string;
  promisedAt: number;
  intakeAt: number;
  intakeOn: string;
  staffId: number;
}

/** The columns handlers decide with. */
export interface TicketRow {
  id: number;
  ticket_no: string;
  customer_id: number;
  product_id: number;
  status: TicketStatus;
  status_at: number;
  in_warranty: number;
  technician_id: number | null;
  faults: string;
  intake_at: number;
  intake_on: string;
  passcode: string | null;
  diagnosis: string;
  work_done: string;
}

export type EventKind = TicketEvent['kind'];

const sql = statements((db: Database.Database) => ({
  insert: db.prepare(
    `INSERT INTO tickets(ticket_no, ticket_no_fold, ticket_no_rev, customer_id, product_id, channel, urgency, status,
       status_at, reported_fault, faults, accessories, accessories_note, condition, condition_note, passcode, deposit, notes,
       in_warranty, promised_date, promised_at, intake_at, intake_on, intake_staff_id, updated_at)
     VALUES (@ticketNo, @fold, @rev, @customerId, @productId, @channel, @urgency, 'received', @intakeAt, @reportedFault,
       @faults, @accessories, @accessoriesNote, @condition, @conditionNote, @passcode, @deposit, @notes, @inWarranty,
       @promisedDate, @promisedAt, @intakeAt, @intakeOn, @staffId, @intakeAt)`,
  ),
  taken: db.prepare('SELECT 1 FROM tickets WHERE ticket_no_fold = ?').pluck(),
  row: db.prepare(
    `SELECT id, ticket_no, customer_id, product_id, status, status_at, in_warranty, technician_id, faults, intake_at,
       intake_on, passcode, diagnosis, work_done FROM tickets WHERE id = ?`,
  ),
  // Leaving the shop (collected, returned, cancelled) closes the ticket and forgets the passcode.
  status: db.prepare(
    `UPDATE tickets SET status = @to, status_at = @at, updated_at = @at,
       closed_at = CASE WHEN @closed THEN @at ELSE closed_at END,
       passcode = CASE WHEN @closed THEN NULL ELSE passcode END
     WHERE id = @id AND status = @from`,
  ),
  event: db.prepare(
    `INSERT INTO ticket_events(ticket_id, at, staff_id, kind, from_status, to_status, note, data)
     VALUES (@ticketId, @at, @staffId, @kind, @from, @to, @note, @data)`,
  ),
  events: db.prepare(
    `SELECT e.id, e.at, s.name AS staff_name, e.kind, e.from_status, e.to_status, e.note, e.data
     FROM ticket_events e LEFT JOIN staff s ON s.id = e.staff_id WHERE e.ticket_id = ? ORDER BY e.id`,
  ),
  work: db.prepare(
    `UPDATE tickets SET technician_id = @technicianId, diagnosis = @diagnosis, work_done = @workDone, updated_at = @at
     WHERE id = @id`,
  ),
  faults: db.prepare('UPDATE tickets SET faults = ?, in_warranty = ?, updated_at = ? WHERE id = ?'),
  deleteParts: db.prepare('DELETE FROM ticket_parts WHERE ticket_id = ?'),
  insertPart: db.prepare(
    'INSERT INTO ticket_parts(ticket_id, position, description, quantity, component, old_part) VALUES (?, ?, ?, ?, ?, ?)',
  ),
  parts: db.prepare('SELECT description, quantity, component, old_part FROM ticket_parts WHERE ticket_id = ? ORDER BY position'),
}));

export function ticketNoTaken(db: AppDb, ticketNo: string): boolean {
  return sql(db.$client).taken.get(foldSerial(ticketNo)) !== undefined;
}

/** Inserts a received ticket and its first timeline entry; returns its id. */
export function insertTicket(db: AppDb, t: NewTicket): number {
  const s = sql(db.$client);
  const fold = foldSerial(t.ticketNo);
  const id = Number(
    s.insert.run({
      ...t,
      fold,
      rev: reverseText(fold),
      faults: JSON.stringify(t.faults),
      accessories: JSON.stringify(t.accessories),
      condition: JSON.stringify(t.condition),
      inWarranty: t.inWarranty ? 1 : 0,
    }).lastInsertRowid,
  );
  addEvent(db, { ticketId: id, at: t.intakeAt, staffId: t.staffId, kind: 'status', from: null, to: 'received' });
  return id;
}

export function getTicketRow(db: AppDb, id: number): TicketRow | undefined {
  return sql(db.$client).row.get(id) as TicketRow | undefined;
}

export interface EventInput {
  ticketId: number;
  at: number;
  staffId: number | null;
  kind: EventKind;
  from?: TicketStatus | null;
  to?: TicketStatus | null;
  note?: string;
  data?: Record<string, string | number | boolean | null> | null;
}

export function addEvent(db: AppDb, e: EventInput): void {
  sql(db.$client).event.run({
    ticketId: e.ticketId,
    at: e.at,
    staffId: e.staffId,
    kind: e.kind,
    from: e.from ?? null,
    to: e.to ?? null,
    note: e.note ?? '',
    data: e.data ? JSON.stringify(e.data) : null,
  });
}

/**
 * Moves the ticket from `from` to `to` and stamps the timeline. The caller has checked the move
 * with canTransition; `from` is matched in the UPDATE so a concurrent change cannot be overwritten.
 */
export function setStatus(
  db: AppDb,
  change: { id: number; from: TicketStatus; to: TicketStatus; at: number; staffId: number; note?: string },
): void {
  const closed = isTerminal(change.to) ? 1 : 0;
  const result = sql(db.$client).status.run({ id: change.id, from: change.from, to: change.to, at: change.at, closed });
  if (result.changes !== 1) throw new Error(`ticket ${change.id}: status is no longer ${change.from}`);
  addEvent(db, {
    ticketId: change.id,
    at: change.at,
    staffId: change.staffId,
    kind: 'status',
    from: change.from,
    to: change.to,
    note: change.note,
  });
}

interface EventRow {
  id: number;
  at: number;
  staff_name: string | null;
  kind: EventKind;
  from_status: TicketStatus | null;
  to_status: TicketStatus | null;
  note: string;
  data: string | null;
}

export function listEvents(db: AppDb, ticketId: number): TicketEvent[] {
  return (sql(db.$client).events.all(ticketId) as EventRow[]).map((r) => ({
    id: r.id,
    at: r.at,
    staffName: r.staff_name,
    kind: r.kind,
    from: r.from_status,
    to: r.to_status,
    note: r.note,
    data: r.data ? (JSON.parse(r.data) as TicketEvent['data']) : null,
  }));
}

export function setWork(
  db: AppDb,
  id: number,
  work: { technicianId: number | null; diagnosis: string; workDone: string },
  at: number,
): void {
  sql(db.$client).work.run({ id, at, ...work });
}

/** The faults of the latest assessment, and whether it makes the whole repair free. */
export function setFaults(db: AppDb, id: number, faults: TicketFault[], inWarranty: boolean, at: number): void {
  sql(db.$client).faults.run(JSON.stringify(faults), inWarranty ? 1 : 0, at, id);
}

export function replaceParts(db: AppDb, ticketId: number, parts: readonly PartLine[]): void {
  const s = sql(db.$client);
  s.deleteParts.run(ticketId);
  parts.forEach((p, i) => s.insertPart.run(ticketId, i, p.description, p.quantity, p.component, p.oldPart));
}

export function listParts(db: AppDb, ticketId: number): PartLine[] {
  const rows = sql(db.$client).parts.all(ticketId) as {
    description: string;
    quantity: number;
    component: string | null;
    old_part: OldPartOutcome;
  }[];
  return rows.map((r) => ({ description: r.description, quantity: r.quantity, component: r.component, oldPart: r.old_part }));
}
