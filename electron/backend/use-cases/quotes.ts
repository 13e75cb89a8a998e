import { AppError } from '../../../shared/api/errors';
import { validateQuote } from '../../../shared/quotes';
import { addEvent } from '../../../db/queries/tickets';
import { decideQuote, getQuoteRow, insertQuote, latestQuote } from '../../../db/queries/quotes';
import { recordAudit } from '../../../db/queries/audit';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import type { HandlerContext } from '../context';
import { activeStaff, invalidInput, mustGetTicket, mustGetTicketRow } from '../guards';
import { shopProfile, taxSetting } from '../shop-settings';
import { moveTicket, transitionRefused } from './ticket-moves';
import { canTransition } from '../../../shared/tickets/status';
import { transitionFacts } from '../../../db/queries/ticket-detail';

/**
 * Issues a quote version with the shop's tax setting and currency, and moves the ticket to
 * "quoted, awaiting approval". A ticket already awaiting approval gets a revised version
 * instead (the earlier, unanswered one is kept as superseded).
 */
export function issueQuote(ctx: HandlerContext, input: MethodParsedInput<'quotes.issue'>): Ticket {
  const staff = activeStaff(ctx, input.staffId);
  const row = mustGetTicketRow(ctx, input.ticketId);
  const quote = { ...input.quote, tax: taxSetting(ctx) };
  const checked = validateQuote(quote);
  if (!checked.ok) throw invalidInput(checked.issues.map((i) => ({ path: ['quote', ...i.path], message: i.message })));
  if (row.status !== 'quoted') {
    // Refused before anything is written: the facts as they will be once this version exists.
    const facts = { ...transitionFacts(ctx.db, row.id, row.in_warranty === 1), hasQuote: true, hasApprovedQuote: false };
    const check = canTransition(row.status, 'quoted', facts);
    if (!check.ok) throw transitionRefused(check.reason, row.status, 'quoted');
  }
  const at = ctx.now();
  const currency = shopProfile(ctx).currency;
  const issued = insertQuote(ctx.db, {
    ticketId: row.id,
    quote: checked.value,
    currency,
    note: input.note,
    at,
    staffId: staff.id,
  });
  addEvent(ctx.db, {
    ticketId: row.id,
    at,
    staffId: staff.id,
    kind: 'quote_issued',
    data: { version: issued.version, total: issued.total, currency },
  });
  if (row.status !== 'quoted') moveTicket(ctx, row, 'quoted', staff);
  recordAudit(ctx.db, { at, actor: staff.name, action: 'issue', entity: 'quote', entityId: issued.id, after: quote });
  return mustGetTicket(ctx, row.id);
}

/**
 * The customer's answer to the latest version, and how it was given. Approving moves the
 * ticket to "approved"; declining (with the reason) to "declined". An older version, or one
 * already answered, is refused: the customer answers the quote in front of them.
 */
export function answerQuote(ctx: HandlerContext, input: MethodParsedInput<'quotes.decide'>): Ticket {
  const staff = activeStaff(ctx, input.staffId);
  const quote = getQuoteRow(ctx.db, input.quoteId);
  if (!quote) throw new AppError('not_found', `quote ${input.quoteId} not found`);
  const params = { version: quote.version };
  if (latestQuote(ctx.db, quote.ticket_id)?.id !== quote.id || quote.status === 'superseded')
    throw new AppError('quote_superseded', `quote v${quote.version} is not the latest`, params);
  if (quote.status === 'approved') throw new AppError('quote_already_approved', 'already approved', params);
  if (quote.status === 'declined') throw new AppError('quote_already_declined', 'already declined', params);
  const row = mustGetTicketRow(ctx, quote.ticket_id);
  const to = input.decision;
  const facts = { hasApprovedQuote: to === 'approved' };
  // Checked before anything is written; then the answer, then the status it leads to (timeline order).
  const check = canTransition(row.status, to, {
    ...transitionFacts(ctx.db, row.id, row.in_warranty === 1),
    ...facts,
    note: input.note,
  });
  if (!check.ok) throw transitionRefused(check.reason, row.status, to);
  const at = ctx.now();
  decideQuote(ctx.db, { id: quote.id, status: to, at, staffId: staff.id, method: input.method, note: input.note });
  addEvent(ctx.db, {
    ticketId: row.id,
    at,
    staffId: staff.id,
    kind: to === 'approved' ? 'quote_approved' : 'quote_declined',
    note: input.note,
    data: { version: quote.version, method: input.method },
  });
  moveTicket(ctx, row, to, staff, { note: input.note, facts });
  recordAudit(ctx.db, { at, actor: staff.name, action: to, entity: 'quote', entityId: quote.id, after: input });
  return mustGetTicket(ctx, row.id);
}
