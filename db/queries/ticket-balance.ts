import type { AppDb } from '../client';

/**
 * Minor units still owed on a ticket: what the status rules check before a device is handed
 * back (collected, returned unrepaired).
 *
 * SEAM FOR THE PAYMENTS ISSUE: there are no payments yet, so nothing is ever recorded as owed
 * and this returns 0. The payments issue implements it as the approved quote's total (or a
 * diagnosis fee on a declined one) minus the deposit and payments taken, inside the caller's
 * transaction; every caller already goes through here.
 */
export function ticketBalanceDue(_db: AppDb, _ticketId: number): number {
  return 0;
}
