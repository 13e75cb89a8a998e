import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { balanceOf } from '../../shared/receipts/settle';
import { statements } from './statements';
import { ticketPaid } from './receipts';

const sql = statements((db: Database.Database) => ({
  billed: db.prepare(`SELECT total FROM quotes WHERE ticket_id = ? AND status = 'approved' ORDER BY version DESC LIMIT 1`),
}));

/**
 * What the customer agreed to pay: the latest approved quote version (a declined or unanswered
 * quote bills nothing; in-warranty work without a quote bills nothing).
 */
export function ticketBilled(db: AppDb, ticketId: number): number {
  return (sql(db.$client).billed.get(ticketId) as { total: number } | undefined)?.total ?? 0;
}

export interface TicketMoney {
  billed: number;
  paid: number;
  balanceDue: number;
  overpaid: number;
}

export function ticketMoney(db: AppDb, ticketId: number): TicketMoney {
  const billed = ticketBilled(db, ticketId);
  const paid = ticketPaid(db, ticketId);
  return { billed, paid, ...balanceOf(billed, paid) };
}

/**
 * Minor units still owed on a ticket: what the status rules check before a device is handed
 * back (collected, returned unrepaired). Read inside the caller's transaction.
 */
export function ticketBalanceDue(db: AppDb, ticketId: number): number {
  return ticketMoney(db, ticketId).balanceDue;
}
