import { listStaff } from '../../../db/queries/staff';
import type { Handlers } from '../dispatcher';
import { addStaff, editStaff } from '../use-cases/staff';

export const staffHandlers = {
  'staff.list': (ctx) => listStaff(ctx.db),
  'staff.create': addStaff,
  'staff.update': editStaff,
} satisfies Partial<Handlers>;
