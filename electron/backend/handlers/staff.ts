import { AppError } from '../../../shared/api/errors';
import type { StaffMember } from '../../../shared/schemas/staff';
import { ticketKey } from '../../../shared/tickets/intake-messages';
import { createStaff, getStaff, listStaff, updateStaff } from '../../../db/queries/staff';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';
import type { Handlers } from '../dispatcher';
import { invalidInput } from './shop-clock';

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

export const staffHandlers = {
  'staff.list': (ctx) => listStaff(ctx.db),

  'staff.create': (ctx, input) => {
    const member = createStaff(ctx.db, input, ctx.now());
    recordAudit(ctx.db, { at: ctx.now(), action: 'create', entity: 'staff', entityId: member.id, after: member });
    return member;
  },

  'staff.update': (ctx, input) => {
    const before = getStaff(ctx.db, input.id);
    if (!before) throw new AppError('not_found', `staff ${input.id} not found`);
    const after = updateStaff(ctx.db, input.id, input, ctx.now())!;
    recordAudit(ctx.db, { at: ctx.now(), action: 'update', entity: 'staff', entityId: input.id, before, after });
    return after;
  },
} satisfies Partial<Handlers>;
