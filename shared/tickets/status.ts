/*
 * The life of a repair ticket (DOMAIN.md "Ticket status"):
 *
 *   received → diagnosing → quoted → approved → in_repair ⇄ waiting_parts → ready → collected
 *                  └───────── in warranty ────────↗
 *   quoted → declined → returned_unrepaired
 *   received … waiting_parts → cancelled
 *
 * Decisions where the domain text leaves room, each for a reason:
 *  - In-warranty tickets skip the quote: diagnosing → in_repair only when the whole repair is
 *    free (`inWarranty`). An out-of-warranty ticket reaches in_repair only through an approved
 *    quote (seed 000: the customer is told the fee before work starts).
 *  - Cancelling is possible from every state before the device is ready (received through
 *    waiting_parts): once it is ready, the ticket ends by handing the device back, not by
 *    cancelling. It needs a note, as does declining a quote: both are read later by the owner.
 *  - A new quote version is possible from approved or in_repair (another fault turns up during
 *    the repair): → quoted again, and the customer approves the new version before work goes
 *    on. Every move into `quoted` needs an issued quote.
 *  - ready → in_repair (rework, with a note): seed 001 step 2.5 has the customer check the repair
 *    at pickup; if the fault is still there the device goes back to the bench.
 *  - A device is handed back (collected or returned_unrepaired) only when nothing is owed —
 *    a declined quote may still owe a diagnosis fee.
 *  - waiting_parts is entered only from in_repair, exactly as the domain draws it.
 * Terminal states: collected, returned_unrepaired, cancelled.
 */

export const TICKET_STATUSES = [
  'received',
  'diagnosing',
  'quoted',
  'approved',
  'in_repair',
  'waiting_parts',
  'ready',
  'collected',
  'declined',
  'returned_unrepaired',
  'cancelled',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TERMINAL_STATUSES: readonly TicketStatus[] = ['collected', 'returned_unrepaired', 'cancelled'];

/** Waiting for the customer to come: counted for the "uncollected after 30 days" flag. */
export const AWAITING_PICKUP_STATUSES: readonly TicketStatus[] = ['ready', 'declined'];

/** The edges of the state machine, before any guard. */
export const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  received: ['diagnosing', 'cancelled'],
  diagnosing: ['quoted', 'in_repair', 'cancelled'],
  quoted: ['approved', 'declined', 'cancelled'],
  approved: ['in_repair', 'quoted', 'cancelled'],
  in_repair: ['waiting_parts', 'ready', 'quoted', 'cancelled'],
  waiting_parts: ['in_repair', 'cancelled'],
  ready: ['collected', 'in_repair'],
  collected: [],
  declined: ['returned_unrepaired'],
  returned_unrepaired: [],
  cancelled: [],
};

/** Changes that need a note from the clerk: why it was cancelled, declined or sent back. */
export const NOTE_REQUIRED: readonly (readonly [TicketStatus, TicketStatus])[] = [
  ...TICKET_STATUSES.filter((s) => TRANSITIONS[s].includes('cancelled')).map((s) => [s, 'cancelled'] as const),
  ['quoted', 'declined'],
  ['ready', 'in_repair'],
];

export const TRANSITION_REASONS = [
  'unknown_status',
  'same_status',
  'terminal',
  'not_allowed',
  'quote_missing',
  'quote_not_approved',
  'quote_approval_required',
  'note_required',
  'balance_due',
] as const;
export type TransitionReason = (typeof TRANSITION_REASONS)[number];

/** What the guards need to know about the ticket; the caller reads it from the database. */
export interface TransitionFacts {
  /** The whole repair is free (warranty assessment or goodwill): no quote approval needed. */
  inWarranty: boolean;
  /** The latest quote version has been issued to the customer. */
  hasQuote: boolean;
  /** The latest quote version has been approved by the customer. */
  hasApprovedQuote: boolean;
  /** Minor units still owed on the ticket (0 when paid or free). */
  balanceDue: number;
  /** The clerk's note for this change; required where `needsNote` says so. */
  note?: string | null;
}

export type TransitionCheck = { ok: true } | { ok: false; reason: TransitionReason };

export function isTicketStatus(value: unknown): value is TicketStatus {
  return typeof value === 'string' && (TICKET_STATUSES as readonly string[]).includes(value);
}

export function isTerminal(status: TicketStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export function needsNote(from: TicketStatus, to: TicketStatus): boolean {
  return NOTE_REQUIRED.some(([f, t]) => f === from && t === to);
}

const fail = (reason: TransitionReason): TransitionCheck => ({ ok: false, reason });
const OK: TransitionCheck = { ok: true };

/** The guards on an existing edge, the note aside. */
function guard(from: TicketStatus, to: TicketStatus, facts: TransitionFacts): TransitionCheck {
  switch (to) {
    case 'quoted':
      return facts.hasQuote ? OK : fail('quote_missing');
    case 'approved':
      return facts.hasApprovedQuote ? OK : fail('quote_not_approved');
    case 'in_repair':
      // Back from waiting for parts or from a failed pickup check: the work was already agreed.
      if (from === 'waiting_parts' || from === 'ready') return OK;
      if (facts.inWarranty) return OK;
      return from === 'approved' && facts.hasApprovedQuote ? OK : fail('quote_approval_required');
    case 'collected':
    case 'returned_unrepaired':
      return facts.balanceDue > 0 ? fail('balance_due') : OK;
    default:
      return OK;
  }
}

function check(from: TicketStatus, to: TicketStatus, facts: TransitionFacts, requireNote: boolean): TransitionCheck {
  if (!isTicketStatus(from) || !isTicketStatus(to)) return fail('unknown_status');
  if (from === to) return fail('same_status');
  if (isTerminal(from)) return fail('terminal');
  if (!TRANSITIONS[from].includes(to)) return fail('not_allowed');
  const guarded = guard(from, to, facts);
  if (!guarded.ok) return guarded;
  if (requireNote && needsNote(from, to) && !facts.note?.trim()) return fail('note_required');
  return OK;
}

/** Whether the ticket may move from `from` to `to` now, and if not, why (a reason code). */
export function canTransition(from: TicketStatus, to: TicketStatus, facts: TransitionFacts): TransitionCheck {
  return check(from, to, facts, true);
}

/**
 * The statuses a ticket can move to now, in the order of TICKET_STATUSES. A change that needs
 * a note is listed although no note is given yet: the screen offers it and then asks for one.
 */
export function allowedTransitions(from: TicketStatus, facts: TransitionFacts): TicketStatus[] {
  return TICKET_STATUSES.filter((to) => check(from, to, facts, false).ok);
}
