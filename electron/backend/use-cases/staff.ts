import { AppError } from '../../../shared/api/errors';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { StaffMember } from '../../../shared/schemas/staff';
import { createStaff, getStaff, updateStaff } from '../../../db/queries/staff';
import { recordAudit } from '../../../db/queries/audit';
import type { HandlerContext } from '../context';

export function addStaff(ctx: HandlerContext, input: MethodParsedInput<'staff.create'>): StaffMember {
  const member = createStaff(ctx.db, input, ctx.now());
  recordAudit(ctx.db, { at: ctx.now(), action: 'create', entity: 'staff', entityId: member.id, after: member });
  return member;
}

export function editStaff(ctx: HandlerContext, input: MethodParsedInput<'staff.update'>): StaffMember {
  const before = getStaff(ctx.db, input.id);
  if (!before) throw new AppError('not_found', `staff ${input.id} not found`);
  const after = updateStaff(ctx.db, input.id, input, ctx.now())!;
  recordAudit(ctx.db, { at: ctx.now(), action: 'update', entity: 'staff', entityId: input.id, before, after });
  return after;
}
