import { z } from './zod';
import { taxSettingSchema } from '../quotes/validate';

/**
 * How quotes (and later receipts) charge tax: none, prices including tax, or tax added. Its own
 * file: settings.ts is imported by the money helpers, which the quote schemas import.
 */
export const taxSettingInputSchema = z.object({ tax: taxSettingSchema });
