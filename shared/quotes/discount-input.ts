import { parseMoney, parseQuantity, type Currency } from '../money';
import type { Discount } from './totals';

/** How a discount is typed on a quote or a counter sale. */
export type DiscountKind = 'none' | 'amount' | 'percent';

/**
 * What staff typed as a discount, as the quote rules want it. An amount is money ("20" → 2000
 * fen); a percent is typed like a quantity ("12.5" → 12500 thousandths) and kept in basis points
 * (1250). Empty means no discount. `error` is an i18n message key; the discount is then none.
 */
export function parseDiscountInput(
  kind: DiscountKind,
  text: string,
  currency: Currency,
): { discount: Discount; error: string | null } {
  if (kind === 'none' || !text.trim()) return { discount: { kind: 'none' }, error: null };
  if (kind === 'amount') {
    const amount = parseMoney(text, currency);
    return amount.ok
      ? { discount: { kind: 'amount', amount: amount.value }, error: null }
      : { discount: { kind: 'none' }, error: amount.error };
  }
  const rate = parseQuantity(text);
  return rate.ok
    ? { discount: { kind: 'percent', rateBp: Math.round(rate.value / 10) }, error: null }
    : { discount: { kind: 'none' }, error: rate.error };
}
