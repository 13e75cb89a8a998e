import { z, messageKey } from './zod';
import { isValidPhone } from '../text/phone';

/** A trimmed single-line text of at most `max` characters; empty allowed. */
export const optionalText = (max: number) => z.string().trim().max(max).default('');

/** A trimmed, required single-line text. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const emailField = z
  .string()
  .trim()
  .max(120)
  .refine((v) => v === '' || z.email().safeParse(v).success, { error: 'validation.email' })
  .default('');

export const phoneField = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .refine((v) => isValidPhone(v), { error: 'validation.phone' });

/** Database row ids: positive integers. */
export const idField = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const emptyInput = z.object({}).strict();

export { messageKey };
