import type { Core } from '../../../electron/backend/core';
import type { StaffMember } from '../../../shared/schemas/staff';
import type { PaymentTakeInput } from '../../../shared/schemas/payment';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import { call, intake, LABOUR_AND_PART, move, must, shop, type Shop } from '../tickets/fixtures';

export { call, must };

export interface PayShop extends Shop {
  owner: StaffMember;
}

export async function payShop(core: Shop['core']): Promise<PayShop> {
  const s = await shop(core);
  const owner = must(await call(core, 'staff.create', { name: '陈老板', role: 'owner' }));
  return { ...s, owner };
}

/** A ticket whose quote (labour ¥200 + part ¥450 = ¥650) the customer approved; optional deposit. */
export async function approvedTicket(s: PayShop, deposit = 0): Promise<Ticket> {
  const t = await intake(s, { deposit, depositMethod: 'wechat', depositReference: 'WX-0001' });
  await move(s, t.id, 'diagnosing');
  const quoted = must(await call(s.core, 'quotes.issue', { ticketId: t.id, staffId: s.clerk.id, quote: LABOUR_AND_PART }));
  const quoteId = quoted.quotes[0]!.id;
  return must(
    await call(s.core, 'quotes.decide', { quoteId, staffId: s.clerk.id, decision: 'approved', method: 'in_person', note: '' }),
  );
}

export async function readyTicket(s: PayShop, deposit = 0): Promise<Ticket> {
  const t = await approvedTicket(s, deposit);
  await move(s, t.id, 'in_repair');
  return move(s, t.id, 'ready');
}

export function pay(s: PayShop, ticketId: number, parts: PaymentTakeInput['parts'], extra: Partial<PaymentTakeInput> = {}) {
  return call(s.core, 'payments.take', { staffId: s.clerk.id, purpose: 'payment', ticketId, parts, ...extra });
}

export function raw(core: Core, sql: string, ...params: unknown[]): unknown {
  return core.context.db.$client.prepare(sql).run(...params);
}
