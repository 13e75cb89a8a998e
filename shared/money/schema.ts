import { z, messageKey } from '../schemas/zod';
import { moneyKey } from './parse';
import { MAX_QUANTITY, formatQuantity, quantityKey } from './quantity';

/*
 * zod fields for amounts and quantities that are already integers (the form parsed the text
 * with parseMoney / parseQuantity). A fraction here is a programming error, still reported as
 * a translatable key rather than thrown.
 */

/** An amount in minor units, 0..max (or -max..max when negatives are allowed). */
export function amountField(max: number, options: { allowNegative?: boolean } = {}) {
  return z
    .number()
    .int({ error: 'validation.integer' })
    .min(options.allowNegative ? -max : 0, { error: moneyKey(options.allowNegative ? 'tooLarge' : 'negative') })
    .max(max, { error: moneyKey('tooLarge') });
}

/** A quantity in thousandths, above zero and at most MAX_QUANTITY (9,999.999). */
export const quantityField = z
  .number()
  .int({ error: 'validation.integer' })
  .min(1, { error: quantityKey('notPositive') })
  .max(MAX_QUANTITY, { error: messageKey(quantityKey('tooLarge'), { max: formatQuantity(MAX_QUANTITY) }) });

/** A rate in basis points, 0..10000 (0%..100%). */
export const rateField = (errorKey: string) =>
  z.number().int({ error: 'validation.integer' }).min(0, { error: errorKey }).max(10_000, { error: errorKey });
