import type { Core } from '../../../electron/backend/core';
import type { StaffMember } from '../../../shared/schemas/staff';
import type { TicketCreateInput } from '../../../shared/schemas/ticket';
import type { Ticket } from '../../../shared/schemas/ticket-types';
import type { QuoteDraftInput } from '../../../shared/schemas/quote';
import { call, customer, laserFields, must, product } from '../warranty/fixtures';

export { call, must };

export const DAY = 86_400_000;

export interface Shop {
  core: Core & { clock: { now: number } };
  clerk: StaffMember;
  tech: StaffMember;
  customerId: number;
  productId: number;
}

/** A counter with a clerk and a technician, 陈大文 and his laser (accepted 2025-03-01: laser to 2027, host to 2026-03-01). */
export async function shop(core: Shop['core']): Promise<Shop> {
  const clerk = must(await call(core, 'staff.create', { name: '王芳', role: 'staff' }));
  const tech = must(await call(core, 'staff.create', { name: '李工', role: 'technician' }));
  const chen = await customer(core);
  const p = await product(core, laserFields(chen.id));
  return { core, clerk, tech, customerId: chen.id, productId: p.id };
}

/**
 * Intake input for the shop's laser; the host (out of warranty) unless told otherwise. The tests
 * take the one laser in again and again, so a second open ticket is allowed deliberately here;
 * the refusal without it is tested in intake-handlers.test.ts.
 */
export function intakeInput(s: Shop, overrides: Partial<TicketCreateInput> = {}): TicketCreateInput {
  return {
    staffId: s.clerk.id,
    customerId: s.customerId,
    productId: s.productId,
    reportedFault: '开机后无激光输出，主机报警 E3',
    faults: [{ component: 'host', fault: 'no_power', findings: [] }],
    accessories: ['foot_switch', 'power_adapter'],
    condition: ['scratches'],
    conditionNote: '左侧外壳轻微划痕',
    passcode: '2580',
    allowOpenTicket: true,
    ...overrides,
  };
}

export async function intake(s: Shop, overrides: Partial<TicketCreateInput> = {}): Promise<Ticket> {
  return must(await call(s.core, 'tickets.create', intakeInput(s, overrides)));
}

export const LABOUR_AND_PART: QuoteDraftInput = {
  lines: [
    { kind: 'labour', description: '主机检修', quantity: 1000, unitPrice: 20000, free: false },
    { kind: 'part', description: '电源模块', quantity: 1000, unitPrice: 45000, free: false },
  ],
  discount: { kind: 'none' },
};

/** Moves a ticket along with the clerk stamped; fails the test on a refusal. */
export async function move(s: Shop, id: number, to: 'diagnosing' | 'in_repair' | 'waiting_parts' | 'ready', note = '') {
  return must(await call(s.core, 'tickets.transition', { id, staffId: s.clerk.id, to, note }));
}

export function row(core: Core, sql: string, ...params: unknown[]): unknown {
  return core.context.db.$client.prepare(sql).get(...params);
}

/** Takes whatever is still owed (cash), as the counter does before the hand-back. */
export async function settle(s: Shop, id: number): Promise<void> {
  const t = must(await call(s.core, 'tickets.get', { id }));
  if (t.payments.balanceDue > 0)
    must(
      await call(s.core, 'payments.take', {
        staffId: s.clerk.id,
        purpose: 'payment',
        ticketId: id,
        parts: [{ method: 'cash', amount: t.payments.balanceDue }],
      }),
    );
}

/** Shanghai noon of a calendar day, as the handler clock. */
export const noon = (date: string) => Date.parse(`${date}T04:00:00Z`);

/**
 * A whole repair of the shop's laser on `day`: intake with `faults`, a quote approved when it is
 * charged, repaired, paid and collected (which issues the repair warranties the engine reads back).
 */
export async function repairAndCollect(s: Shop, day: string, faults: TicketCreateInput['faults']): Promise<Ticket> {
  s.core.clock.now = noon(day);
  const t = await intake(s, { faults });
  await move(s, t.id, 'diagnosing');
  if (!t.inWarranty) {
    const quoted = must(await call(s.core, 'quotes.issue', { ticketId: t.id, staffId: s.clerk.id, quote: LABOUR_AND_PART }));
    const quoteId = quoted.quotes[0]!.id;
    must(await call(s.core, 'quotes.decide', { quoteId, staffId: s.clerk.id, decision: 'approved', method: 'in_person' }));
  }
  await move(s, t.id, 'in_repair');
  await move(s, t.id, 'ready');
  await settle(s, t.id);
  must(await call(s.core, 'tickets.pickup', { id: t.id, staffId: s.clerk.id, collectedBy: '陈大文', accepted: true }));
  return t;
}
