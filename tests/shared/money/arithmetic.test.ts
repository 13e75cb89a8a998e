import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  allocate,
  applyRate,
  divideRounded,
  formatQuantity,
  lineAmount,
  MAX_QUANTITY,
  moneyMessages,
  parseQuantity,
  QUANTITY_VALIDATION_KEYS,
  sumMoney,
} from '../../../shared/money';
import { LANGUAGES } from '../../../shared/i18n/languages';

describe('rounding half up, away from zero', () => {
  it.each<[bigint, bigint, bigint]>([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [4n, 3n, 1n],
    [-4n, 3n, -1n],
    [5n, 3n, 2n],
    [7n, 2n, 4n],
    [0n, 7n, 0n],
    [249n, 100n, 2n],
    [250n, 100n, 3n],
  ])('%i / %i = %i', (n, d, q) => {
    expect(divideRounded(n, d)).toBe(q);
  });

  it('refuses a zero or negative denominator', () => {
    expect(() => divideRounded(1n, 0n)).toThrow(RangeError);
    expect(() => divideRounded(1n, -2n)).toThrow(RangeError);
  });
});

describe('quantity × unit price', () => {
  it.each<[string, number, number, number]>([
    ['1 part at ¥12.34', 1000, 1234, 1234],
    ['1.5 hours at ¥33.33 (¥49.995 rounds up)', 1500, 3333, 5000],
    ['1.5 hours at ¥33.31 (¥49.965 rounds up)', 1500, 3331, 4997],
    ['0.25 m of cable at ¥0.10', 250, 10, 3],
    ['0.333 at ¥0.01', 333, 1, 0],
    ['0.5 at ¥0.01 (exactly half a fen)', 500, 1, 1],
    ['0.499 at ¥0.01', 499, 1, 0],
    ['3 at ¥0.00', 3000, 0, 0],
    ['the largest quantity at the largest quote price', MAX_QUANTITY, 9_999_999_999, 99999989990000],
  ])('%s', (_label, qty, price, expected) => {
    expect(lineAmount(qty, price)).toBe(expected);
  });

  it('refuses fractions of a thousandth or of a fen', () => {
    expect(() => lineAmount(1.5, 100)).toThrow(RangeError);
    expect(() => lineAmount(1000, 0.5)).toThrow(RangeError);
  });
});

describe('a rate in basis points', () => {
  it.each<[number, number, number]>([
    [10000, 1300, 1300],
    [12345, 1250, 1543],
    [1, 5000, 1],
    [3, 5000, 2],
    [5, 5000, 3],
    [-1, 5000, -1],
    [-3, 5000, -2],
    [999, 0, 0],
    [999, 10000, 999],
  ])('%i × %i bp = %i', (amount, rate, expected) => {
    expect(applyRate(amount, rate)).toBe(expected);
  });
});

describe('sums', () => {
  it('adds exactly', () => {
    expect(sumMoney([1, 2, 3])).toBe(6);
    expect(sumMoney([])).toBe(0);
    expect(sumMoney([10, -30])).toBe(-20);
  });

  it('refuses fractions and sums beyond exact arithmetic', () => {
    expect(() => sumMoney([0.5])).toThrow(RangeError);
    expect(() => sumMoney([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});

describe('splitting an amount across lines (largest remainder)', () => {
  it.each<[string, number, number[], number[]]>([
    ['¥1.00 over three equal lines: the first gets the extra fen', 100, [1, 1, 1], [34, 33, 33]],
    ['¥1.00 over six equal lines', 100, [1, 1, 1, 1, 1, 1], [17, 17, 17, 17, 16, 16]],
    ['a free line (weight 0) gets nothing', 10, [0, 5, 5], [0, 5, 5]],
    ['one fen over two lines', 1, [1, 1], [1, 0]],
    ['the largest remainder wins over the earlier line', 7, [3, 0, 1], [5, 0, 2]],
    ['exact shares stay exact', 10000, [3333, 3333, 3334], [3333, 3333, 3334]],
    ['a refund mirrors a charge', -100, [1, 1, 1], [-34, -33, -33]],
    ['nothing to split', 0, [0, 0], [0, 0]],
    ['one line takes all', 12345, [7], [12345]],
  ])('%s', (_label, total, weights, expected) => {
    expect(allocate(total, weights)).toEqual(expected);
  });

  it.each<[string, number, number[]]>([
    ['a non-zero amount over zero weights', 5, [0, 0]],
    ['a non-zero amount over no lines', 5, []],
    ['a negative weight', 5, [-1, 2]],
    ['half a fen', 1.5, [1]],
  ])('refuses %s', (_label, total, weights) => {
    expect(() => allocate(total, weights)).toThrow(RangeError);
  });

  const weightsArb = fc
    .array(fc.integer({ min: 0, max: 10_000_000_000 }), { minLength: 1, maxLength: 30 })
    .filter((w) => w.some((x) => x > 0));

  it('never loses or creates a fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }), weightsArb, (total, weights) => {
        const shares = allocate(total, weights);
        expect(shares.length).toBe(weights.length);
        expect(shares.reduce((s, x) => s + x, 0)).toBe(total);
      }),
    );
  });

  it('keeps each share within one fen of its exact proportion, and free lines at zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }), weightsArb, (total, weights) => {
        const shares = allocate(total, weights);
        const W = weights.reduce((s, w) => s + BigInt(w), 0n);
        shares.forEach((share, i) => {
          const w = BigInt(weights[i] ?? 0);
          const error = BigInt(share) * W - BigInt(total) * w; // (share − exact) × W
          expect(error < W && error > -W).toBe(true);
          if (w === 0n) expect(share).toBe(0);
          expect(Math.sign(share) * Math.sign(total)).not.toBe(-1);
        });
      }),
    );
  });
});

describe('quantities in thousandths', () => {
  it.each<[string, number]>([
    ['1', 1000],
    ['1.5', 1500],
    ['0.25', 250],
    ['２', 2000],
    ['１．５', 1500],
    ['0.001', 1],
    ['0.250', 250],
    ['9999.999', 9999999],
    ['1,000', 1000000],
  ])('reads %j as %i', (input, expected) => {
    expect(parseQuantity(input)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, string]>([
    ['', 'validation.required'],
    ['abc', 'validation.quantity.invalid'],
    ['-1', 'validation.quantity.invalid'],
    ['0', 'validation.quantity.notPositive'],
    ['0.000', 'validation.quantity.notPositive'],
    ['1.2345', 'validation.quantity.tooManyDecimals?max=3'],
    ['10000', 'validation.quantity.tooLarge?max=9999.999'],
  ])('refuses %j with %s', (input, error) => {
    expect(parseQuantity(input)).toEqual({ ok: false, error });
  });

  it.each<[number, string]>([
    [1500, '1.5'],
    [1000, '1'],
    [250, '0.25'],
    [1, '0.001'],
    [MAX_QUANTITY, '9999.999'],
    [-1500, '-1.5'],
  ])('shows %i as %s', (milli, expected) => {
    expect(formatQuantity(milli)).toBe(expected);
  });

  it('reads back every quantity it shows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_QUANTITY }), (q) => {
        expect(parseQuantity(formatQuantity(q))).toEqual({ ok: true, value: q });
      }),
    );
  });

  it('has a text for every quantity validation key in every language', () => {
    for (const lang of LANGUAGES)
      for (const k of QUANTITY_VALIDATION_KEYS) expect(moneyMessages[lang].validation.quantity[k].trim()).not.toBe('');
  });
});
