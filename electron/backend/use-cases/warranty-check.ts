import { AppError } from '../../../shared/api/errors';
import type { MethodParsedInput } from '../../../shared/api/contract';
import type { WarrantyLookupResult } from '../../../shared/schemas/warranty';
import { lookupWarranty, warrantyItem } from '../../../db/queries/warranty-lookup';
import type { HandlerContext } from '../context';
import { shopClock } from '../guards';

const LOOKUP_LIMIT = 20;

/** Check warranty: the products a scanned serial, card number or phone finds, assessed as of the shop's today. */
export function checkWarranty(ctx: HandlerContext, input: MethodParsedInput<'warranty.lookup'>): WarrantyLookupResult {
  const { today } = shopClock(ctx);
  if (input.productId) {
    const item = warrantyItem(ctx.db, input.productId, 'product');
    if (!item) throw new AppError('not_found', `product ${input.productId} not found`);
    return { q: input.q, assessmentDate: today, items: [item], truncated: false };
  }
  const { items, truncated } = lookupWarranty(ctx.db, input.q, LOOKUP_LIMIT);
  return { q: input.q, assessmentDate: today, items, truncated };
}
