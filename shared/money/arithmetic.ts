/*
 * Integer money arithmetic. Amounts are integers in minor units (see currencies.ts); products
 * and shares go through BigInt so that no intermediate value is ever a rounded float.
 *
 * Rounding rule, used by every helper here: half up to the minor unit, and for negative
 * amounts half away from zero (-0.5 fen becomes -1 fen), so a credit note mirrors its invoice
 * exactly. 2.5 -> 3, 2.4999 -> 2, -2.5 -> -3.
 */

/** 1 = 0.001: quantities are integers in thousandths (1.5 hours = 1500). See quantity.ts. */
export const QUANTITY_SCALE = 1000;

/** 1 = 0.01%: rates are integers in basis points (13% = 1300). */
export const BASIS_POINTS = 10_000;

function assertSafeInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
}

function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(-Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`${what} is beyond exact integer arithmetic: ${value}`);
  }
  return Number(value);
}

/** numerator / denominator rounded half away from zero; the denominator must be positive. */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('The denominator must be positive');
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const q = (n * 2n + denominator) / (denominator * 2n);
  return negative ? -q : q;
}

/** Sum of amounts; throws RangeError if any is not an integer or the sum is not exact. */
export function sumMoney(amounts: readonly number[]): number {
  let total = 0n;
  for (const a of amounts) {
    assertSafeInteger(a, 'An amount');
    total += BigInt(a);
  }
  return toSafeNumber(total, 'The sum');
}

/** quantity (thousandths) × unit price (minor units), rounded to the minor unit. */
export function lineAmount(quantityMilli: number, unitPrice: number): number {
  assertSafeInteger(quantityMilli, 'A quantity');
  assertSafeInteger(unitPrice, 'A unit price');
  return toSafeNumber(divideRounded(BigInt(quantityMilli) * BigInt(unitPrice), BigInt(QUANTITY_SCALE)), 'A line amount');
}

/** amount × rate, the rate in basis points, rounded to the minor unit (a 12.5% discount: 1250). */
export function applyRate(amount: number, rateBp: number): number {
  assertSafeInteger(amount, 'An amount');
  assertSafeInteger(rateBp, 'A rate');
  return toSafeNumber(divideRounded(BigInt(amount) * BigInt(rateBp), BigInt(BASIS_POINTS)), 'The result');
}

/**
 * Splits `total` across `weights` in proportion, by the largest-remainder method: every share
 * is the rounded-down exact share, and the fen left over go one each to the largest
 * remainders (the earlier line first on a tie). The shares always add up to `total` exactly,
 * and each differs from its exact share by less than one minor unit. A negative total is
 * split as its opposite and negated, so refunds mirror charges.
 */
export function allocate(total: number, weights: readonly number[]): number[] {
  assertSafeInteger(total, 'The total');
  for (const w of weights) {
    assertSafeInteger(w, 'A weight');
    if (w < 0) throw new RangeError(`Weights cannot be negative, got ${w}`);
  }
  const weightSum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (total === 0) return weights.map(() => 0);
  if (weightSum === 0n) throw new RangeError('Cannot split a non-zero amount across zero weights');

  const sign = total < 0 ? -1 : 1;
  const t = BigInt(Math.abs(total));
  const shares = weights.map((w) => (t * BigInt(w)) / weightSum);
  const remainders = weights.map((w, index) => ({ index, rest: (t * BigInt(w)) % weightSum }));
  let left = t - shares.reduce((s, x) => s + x, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    left -= 1n;
  }
  // 0 * -1 is -0 in JavaScript; keep zero shares a plain 0.
  return shares.map((s) => (s === 0n ? 0 : sign * Number(s)));
}
