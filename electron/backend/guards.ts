import { calendarDate } from '../../shared/time/calendar';
import type { IsoDate } from '../../shared/warranty';
import type { Language } from '../../shared/i18n/languages';
import { AppError, type FieldIssue } from '../../shared/api/errors';
import type { Customer } from '../../shared/schemas/customer';
import type { Product } from '../../shared/schemas/product';
import type { Receipt } from '../../shared/schemas/payment-types';
import type { StaffMember } from '../../shared/schemas/staff';
import type { Ticket } from '../../shared/schemas/ticket-types';
import type { WarrantyCard } from '../../shared/schemas/warranty';
import { ticketKey } from '../../shared/tickets/intake-messages';
import { getCustomer } from '../../db/queries/customers';
import { isDayClosed } from '../../db/queries/day-close';
import { getProduct } from '../../db/queries/products';
import { getReceipt } from '../../db/queries/receipts';
import { getStaff } from '../../db/queries/staff';
import { getTicket } from '../../db/queries/ticket-detail';
import { getTicketRow, type TicketRow } from '../../db/queries/tickets';
import { getCard } from '../../db/queries/warranty-cards';
import type { HandlerContext } from './context';
import { shopProfile } from './shop-settings';

/*
 * The checks every use case starts with: the shop's clock, the staff member stamped on the
 * change, and the record it is about. Each refuses with an error value, before anything is written.
 */

export interface ShopClock {
  /** ctx.now() in milliseconds. */
  now: number;
  /** The calendar day at the shop, whatever the computer's own time zone. */
  today: IsoDate;
  timeZone: string;
  /** The language printed forms use unless a request says otherwise. */
  language: Language;
}

/** "Now" for the shop: its time zone and today's date there. */
export function shopClock(ctx: HandlerContext): ShopClock {
  const shop = shopProfile(ctx);
  const now = ctx.now();
  return { now, today: calendarDate(now, shop.timeZone), timeZone: shop.timeZone, language: shop.defaultLanguage };
}

/** An expected refusal about particular fields, shown on those fields in the form. */
export function invalidInput(issues: FieldIssue[]): AppError {
  return new AppError(
    'invalid_input',
    `invalid input: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    undefined,
    issues,
  );
}

/** The staff member stamped on a change: must exist and still work here. */
export function activeStaff(ctx: HandlerContext, id: number, path: (string | number)[] = ['staffId']): StaffMember {
  const member = getStaff(ctx.db, id);
  if (!member?.active) throw invalidInput([{ path, message: ticketKey('unknownStaff') }]);
  return member;
}

/** A technician to assign: active, with the technician role. */
export function technician(ctx: HandlerContext, id: number): StaffMember {
  const member = activeStaff(ctx, id, ['technicianId']);
  if (member.role !== 'technician') throw invalidInput([{ path: ['technicianId'], message: ticketKey('notTechnician') }]);
  return member;
}

/** The shop's day must still be open: a closed day's figures are final. */
export function mustBeOpenDay(ctx: HandlerContext, day: string): void {
  if (isDayClosed(ctx.db, day)) throw new AppError('day_closed', `day ${day} is closed`, { day });
}

export function mustGetCustomer(ctx: HandlerContext, id: number): Customer {
  const customer = getCustomer(ctx.db, id);
  if (!customer) throw new AppError('not_found', `customer ${id} not found`);
  return customer;
}

export function mustGetProduct(ctx: HandlerContext, id: number): Product {
  const product = getProduct(ctx.db, id);
  if (!product) throw new AppError('not_found', `product ${id} not found`);
  return product;
}

export function mustGetCard(ctx: HandlerContext, id: number): WarrantyCard {
  const card = getCard(ctx.db, id);
  if (!card) throw new AppError('not_found', `warranty card ${id} not found`);
  return card;
}

export function mustGetReceipt(ctx: HandlerContext, id: number): Receipt {
  const receipt = getReceipt(ctx.db, id);
  if (!receipt) throw new AppError('not_found', `receipt ${id} not found`);
  return receipt;
}

export function mustGetTicketRow(ctx: HandlerContext, id: number): TicketRow {
  const row = getTicketRow(ctx.db, id);
  if (!row) throw new AppError('not_found', `ticket ${id} not found`);
  return row;
}

export function mustGetTicket(ctx: HandlerContext, id: number): Ticket {
  const ticket = getTicket(ctx.db, id, ctx.now());
  if (!ticket) throw new AppError('not_found', `ticket ${id} not found`);
  return ticket;
}
