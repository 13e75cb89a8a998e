import { allocate, applyRate, BASIS_POINTS, divideRounded, lineAmount, sumMoney } from '../money/arithmetic';

/*
 * Totals of a quote 维修报价单 or an invoice: per-line amounts, warranty-free value, discount,
 * tax and total, all integers in minor units. Pure. Validate the input first (validate.ts):
 * a fractional quantity or price throws RangeError here, and a negative price is not a quote.
 *
 * ROUNDING — half up to the minor unit (half away from zero), at exactly three points:
 *  1. each line: quantity × unit price. The line amount is printed, and the printed lines must
 *     add up to the printed subtotal, so it is rounded where it is printed.
 *  2. a percent discount: once, on the charged subtotal.
 *  3. tax: once per document, on the taxable total, never per line (per-line rounding would
 *     let a 20-line quote drift by up to 10 fen from rate × total).
 * The per-line shares of the discount and of the tax are allocations of those document
 * amounts (largest remainder), so the lines always add up to the document exactly.
 *
 * TAX
 *  - none: no tax line; the total is subtotal − discount.
 *  - exclusive (prices before tax): tax = round(base × rate / 10000), total = base + tax,
 *    where base = subtotal − discount.
 *  - inclusive (prices include tax): total = subtotal − discount,
 *    tax = round(total × rate / (10000 + rate)), base = total − tax.
 * In every mode total = taxableBase + tax.
 *
 * DISCOUNT applies to charged lines only (free lines are already at 0) and never makes the
 * total negative: an amount above the charged subtotal is cut to it (validation refuses it
 * first, so this is only a safety net); a percent is 0..100%.
 */

export const LINE_KINDS = ['labour', 'part', 'on_site', 'other'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export interface QuoteLine {
  kind: LineKind;
  description: string;
  /** Thousandths: 1 = 1000, 1.5 hours = 1500 (money/quantity.ts). */
  quantity: number;
  /** Minor units per whole quantity. */
  unitPrice: number;
  /** Free of charge, under warranty or as goodwill; `freeReason` says why. */
  free: boolean;
  /** A warranty reason code such as 'in_warranty' or 'repair_warranty_same_fault'. */
  freeReason?: string | null;
}

export type Discount = { kind: 'none' } | { kind: 'amount'; amount: number } | { kind: 'percent'; rateBp: number };

export type TaxSetting = { mode: 'none' } | { mode: 'inclusive'; rateBp: number } | { mode: 'exclusive'; rateBp: number };

export interface QuoteInput {
  lines: readonly QuoteLine[];
  discount: Discount;
  tax: TaxSetting;
}

export interface LineTotals {
  kind: LineKind;
  description: string;
  quantity: number;
  unitPrice: number;
  free: boolean;
  /** Kept on free lines for the receipt ("free under warranty"); null on charged lines. */
  freeReason: string | null;
  /** quantity × unit price, rounded: what the line is worth, even when free. */
  value: number;
  /** What the line charges before the discount: `value`, or 0 when free. */
  charged: number;
  /** This line's share of the document discount. */
  discount: number;
  /** This line's share of the document tax. */
  tax: number;
  /** What the customer pays for this line, tax included. */
  total: number;
  /** total − tax: the line's revenue before tax (labour vs parts in the monthly figures). */
  excludingTax: number;
}

export interface KindTotals {
  value: number;
  charged: number;
  discount: number;
  tax: number;
  total: number;
  excludingTax: number;
}

export interface QuoteTotals {
  lines: LineTotals[];
  /** Sum of the charged lines, before the discount. */
  subtotal: number;
  /** What the free lines would have cost: "free under warranty: ¥x" on the receipt. */
  freeValue: number;
  discount: number;
  /** The amount tax is levied on, tax excluded. */
  taxableBase: number;
  tax: number;
  /** What the customer pays. */
  total: number;
  byKind: Record<LineKind, KindTotals>;
}

function documentDiscount(subtotal: number, discount: Discount): number {
  switch (discount.kind) {
    case 'none':
      return 0;
    case 'amount':
      return Math.min(Math.max(discount.amount, 0), subtotal);
    case 'percent':
      return applyRate(subtotal, Math.min(Math.max(discount.rateBp, 0), BASIS_POINTS));
  }
}

function documentTax(afterDiscount: number, tax: TaxSetting): { taxableBase: number; tax: number; total: number } {
  if (tax.mode === 'none' || tax.rateBp <= 0) return { taxableBase: afterDiscount, tax: 0, total: afterDiscount };
  const rate = BigInt(tax.rateBp);
  if (tax.mode === 'exclusive') {
    const amount = Number(divideRounded(BigInt(afterDiscount) * rate, BigInt(BASIS_POINTS)));
    return { taxableBase: afterDiscount, tax: amount, total: sumMoney([afterDiscount, amount]) };
  }
  const amount = Number(divideRounded(BigInt(afterDiscount) * rate, BigInt(BASIS_POINTS) + rate));
  return { taxableBase: afterDiscount - amount, tax: amount, total: afterDiscount };
}

const split = (amount: number, weights: number[]) => (amount === 0 ? weights.map(() => 0) : allocate(amount, weights));

export function computeQuoteTotals(input: QuoteInput): QuoteTotals {
  const values = input.lines.map((l) => lineAmount(l.quantity, l.unitPrice));
  const charged = input.lines.map((l, i) => (l.free ? 0 : (values[i] ?? 0)));
  const subtotal = sumMoney(charged);
  const freeValue = sumMoney(values.filter((_, i) => input.lines[i]?.free));

  const discount = documentDiscount(subtotal, input.discount);
  const discounts = split(discount, charged);
  const afterDiscount = charged.map((c, i) => c - (discounts[i] ?? 0));
  const doc = documentTax(subtotal - discount, input.tax);
  const taxes = split(doc.tax, afterDiscount);
  const exclusive = input.tax.mode === 'exclusive';

  const lines: LineTotals[] = input.lines.map((l, i) => {
    const net = afterDiscount[i] ?? 0;
    const tax = taxes[i] ?? 0;
    const total = exclusive ? net + tax : net;
    return {
      kind: l.kind,
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      free: l.free,
      freeReason: l.free ? (l.freeReason ?? null) : null,
      value: values[i] ?? 0,
      charged: charged[i] ?? 0,
      discount: discounts[i] ?? 0,
      tax,
      total,
      excludingTax: total - tax,
    };
  });

  const byKind = Object.fromEntries(
    LINE_KINDS.map((kind) => {
      const of = lines.filter((l) => l.kind === kind);
      const sum = (pick: (l: LineTotals) => number) => sumMoney(of.map(pick));
      const totals: KindTotals = {
        value: sum((l) => l.value),
        charged: sum((l) => l.charged),
        discount: sum((l) => l.discount),
        tax: sum((l) => l.tax),
        total: sum((l) => l.total),
        excludingTax: sum((l) => l.excludingTax),
      };
      return [kind, totals];
    }),
  ) as Record<LineKind, KindTotals>;

  return { lines, subtotal, freeValue, discount, taxableBase: doc.taxableBase, tax: doc.tax, total: doc.total, byKind };
}
