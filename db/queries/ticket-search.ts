import type Database from 'better-sqlite3';
import type { AppDb } from '../client';
import { foldSerial, reverseText } from '../../shared/text/serial';
import { prefixUpperBound } from '../../shared/search/query';
import type { TicketListItem } from '../../shared/schemas/ticket-types';
import { ticketItems } from './ticket-list';
import { statements } from './statements';

/** Fewest characters of a ticket number that find tickets by its start or end. */
export const TICKET_PART_MIN = 3;

const sql = statements((db: Database.Database) => ({
  exact: db.prepare('SELECT id FROM tickets WHERE ticket_no_fold = ?').pluck(),
  start: db.prepare('SELECT id FROM tickets WHERE ticket_no_fold > ? AND ticket_no_fold < ? ORDER BY id DESC LIMIT ?').pluck(),
  end: db.prepare('SELECT id FROM tickets WHERE ticket_no_rev >= ? AND ticket_no_rev < ? ORDER BY id DESC LIMIT ?').pluck(),
}));

/**
 * Tickets by number, as scanned from the QR code or typed: the whole number (any case, with or
 * without the dash), then numbers starting with it (R2026-0001…), then numbers ending with it
 * (…000123, or 123). Both parts are index ranges.
 */
export function matchTicketNumbers(
  db: AppDb,
  raw: string,
  limit: number,
): { id: number; matchedBy: 'ticketNo' | 'ticketNoPart' }[] {
  const s = sql(db.$client);
  const fold = foldSerial(raw);
  if (!fold) return [];
  const found = new Map<number, 'ticketNo' | 'ticketNoPart'>();
  for (const id of s.exact.all(fold) as number[]) found.set(id, 'ticketNo');
  if ([...fold].length >= TICKET_PART_MIN) {
    const rev = reverseText(fold);
    const parts = [
      ...(s.start.all(fold, prefixUpperBound(fold), limit) as number[]),
      ...(s.end.all(rev, prefixUpperBound(rev), limit) as number[]),
    ];
    for (const id of parts) if (!found.has(id)) found.set(id, 'ticketNoPart');
  }
  return [...found].slice(0, limit).map(([id, matchedBy]) => ({ id, matchedBy }));
}

export function searchTickets(db: AppDb, raw: string, limit: number, now: number): TicketListItem[] {
  const matches = matchTicketNumbers(db, raw, limit);
  const how = new Map(matches.map((m) => [m.id, m.matchedBy]));
  return ticketItems(
    db,
    matches.map((m) => m.id),
    now,
  ).map((item) => ({ ...item, matchedBy: how.get(item.id) }));
}
