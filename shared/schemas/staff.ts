import { z } from './zod';
import { idField, requiredText } from './common';
import { STAFF_ROLES, type StaffRole } from '../tickets/intake';

/*
 * The people at the counter and the bench. No PINs yet (a later issue): the member chosen in
 * the header stamps every status change, quote decision and pickup.
 */

export const staffFieldsSchema = z.object({
  name: requiredText(40),
  role: z.enum(STAFF_ROLES),
  /** Former staff stay on file (their names are on old tickets) but cannot be chosen. */
  active: z.boolean().default(true),
});

export const staffCreateSchema = staffFieldsSchema;
export const staffUpdateSchema = staffFieldsSchema.extend({ id: idField });
export const currentStaffSchema = z.object({ staffId: idField.nullable() });

export type StaffFields = z.infer<typeof staffFieldsSchema>;
export type StaffFieldsInput = z.input<typeof staffFieldsSchema>;

export interface StaffMember {
  id: number;
  name: string;
  role: StaffRole;
  active: boolean;
}
