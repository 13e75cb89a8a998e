import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import type { OpenTicketRef } from '../../shared/schemas/ticket-types';
import type { TicketStatus } from '../../shared/tickets/status';
import { statements } from './statements';

const sql = statements((db: Database.Database) => ({
  // The same open statuses as OPEN_STATUSES in shared/tickets/flags.ts; tickets_product_idx finds them.
  byProduct: db.prepare(
    `SELECT id, ticket_no, status FROM tickets
     WHERE product_id = ? AND status NOT IN ('collected', 'returned_unrepaired', 'cancelled')
     ORDER BY id DESC LIMIT 20`,
  ),
}));

/** The product's tickets not yet closed, newest first: a second intake of the device is usually a mistake. */
export function openTicketsOfProduct(db: AppDb, productId: number): OpenTicketRef[] {
  const rows = sql(db.$client).byProduct.all(productId) as { id: number; ticket_no: string; status: string }[];
  return rows.map((r) => ({ id: r.id, ticketNo: r.ticket_no, status: r.status as TicketStatus }));
}
