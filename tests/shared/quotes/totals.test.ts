import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  computeQuoteTotals,
  formatRate,
  LINE_KINDS,
  lineKindLabel,
  type Discount,
  type QuoteInput,
  type QuoteLine,
  type TaxSetting,
} from '../../../shared/quotes';
import { LANGUAGES } from '../../../shared/i18n/languages';

const labour = (hours: number, price: number): QuoteLine => ({
  kind: 'labour',
  description: 'Labour',
  quantity: hours,
  unitPrice: price,
  free: false,
});
const part = (price: number, free = false, qty = 1000): QuoteLine => ({
  kind: 'part',
  description: 'Screen',
  quantity: qty,
  unitPrice: price,
  free,
  freeReason: free ? 'in_warranty' : null,
});
const onSite = (price: number): QuoteLine => ({
  kind: 'on_site',
  description: 'Visit',
  quantity: 1000,
  unitPrice: price,
  free: false,
});

const NONE: Discount = { kind: 'none' };
const NO_TAX: TaxSetting = { mode: 'none' };
const quote = (lines: QuoteLine[], discount: Discount = NONE, tax: TaxSetting = NO_TAX): QuoteInput => ({ lines, discount, tax });

/** The counter's usual job: 1.5 h labour at ¥80, a screen free under warranty, a ¥50 visit. */
const usual = [labour(1500, 8000), part(12000, true), onSite(5000)];

describe('a quote with a free warranty part', () => {
  const t = computeQuoteTotals(quote(usual));

  it('charges labour and the visit, not the part', () => {
    expect(t.lines.map((l) => [l.value, l.charged])).toEqual([
      [12000, 12000],
      [12000, 0],
      [5000, 5000],
    ]);
    expect(t.subtotal).toBe(17000);
    expect(t.total).toBe(17000);
  });

  it('keeps what the free part is worth and why, for "free under warranty: ¥120.00"', () => {
    expect(t.freeValue).toBe(12000);
    expect(t.lines[1]).toMatchObject({ free: true, freeReason: 'in_warranty', value: 12000, total: 0 });
  });

  it('drops a stale reason from a charged line', () => {
    const r = computeQuoteTotals(quote([{ ...labour(1000, 100), freeReason: 'in_warranty' }]));
    expect(r.lines[0]?.freeReason).toBeNull();
  });

  it('totals labour, parts and visits separately for the monthly figures', () => {
    expect(t.byKind.labour.total).toBe(12000);
    expect(t.byKind.part).toMatchObject({ value: 12000, charged: 0, total: 0 });
    expect(t.byKind.on_site.total).toBe(5000);
    expect(t.byKind.other.total).toBe(0);
  });
});

describe('tax', () => {
  it.each<[string, TaxSetting, { taxableBase: number; tax: number; total: number }]>([
    ['none', NO_TAX, { taxableBase: 17000, tax: 0, total: 17000 }],
    ['13% added on top', { mode: 'exclusive', rateBp: 1300 }, { taxableBase: 17000, tax: 2210, total: 19210 }],
    // 17000 × 1300 / 11300 = 1955.75…
    ['13% included in the prices', { mode: 'inclusive', rateBp: 1300 }, { taxableBase: 15044, tax: 1956, total: 17000 }],
    ['6% added on top', { mode: 'exclusive', rateBp: 600 }, { taxableBase: 17000, tax: 1020, total: 18020 }],
    ['a 0% rate', { mode: 'exclusive', rateBp: 0 }, { taxableBase: 17000, tax: 0, total: 17000 }],
  ])('%s', (_label, tax, expected) => {
    expect(computeQuoteTotals(quote(usual, NONE, tax))).toMatchObject(expected);
  });

  it('rounds once on the document, not per line: three ¥0.10 lines at 5% owe ¥0.02, not ¥0.03', () => {
    const lines = [part(10), part(10), part(10)];
    const t = computeQuoteTotals(quote(lines, NONE, { mode: 'exclusive', rateBp: 500 }));
    expect(t.tax).toBe(2);
    expect(t.lines.map((l) => l.tax)).toEqual([1, 1, 0]);
    expect(t.total).toBe(32);
  });

  it.each<[number, number]>([
    [10, 1], // 0.5 fen → 1
    [30, 2], // 1.5 → 2
    [50, 3], // 2.5 → 3 (not 2, as banker's rounding would give)
    [49, 2], // 2.45 → 2
  ])('rounds half up: 5%% of %i fen is %i', (base, tax) => {
    expect(computeQuoteTotals(quote([part(base)], NONE, { mode: 'exclusive', rateBp: 500 })).tax).toBe(tax);
  });

  it('takes tax out of a tax-inclusive price exactly when it can', () => {
    expect(computeQuoteTotals(quote([part(1130)], NONE, { mode: 'inclusive', rateBp: 1300 }))).toMatchObject({
      tax: 130,
      taxableBase: 1000,
    });
  });

  it('charges no tax on free lines', () => {
    const t = computeQuoteTotals(quote([part(10000, true)], NONE, { mode: 'exclusive', rateBp: 1300 }));
    expect(t).toMatchObject({ subtotal: 0, freeValue: 10000, tax: 0, total: 0 });
  });
});

describe('discounts', () => {
  it.each<[string, Discount, number, number]>([
    ['10% off', { kind: 'percent', rateBp: 1000 }, 1700, 15300],
    ['12.5% off', { kind: 'percent', rateBp: 1250 }, 2125, 14875],
    ['100% off', { kind: 'percent', rateBp: 10000 }, 17000, 0],
    ['¥20 off', { kind: 'amount', amount: 2000 }, 2000, 15000],
    ['more than the bill (refused by validation) is cut to the bill', { kind: 'amount', amount: 99999 }, 17000, 0],
  ])('%s', (_label, discount, expectedDiscount, total) => {
    const t = computeQuoteTotals(quote(usual, discount));
    expect(t.discount).toBe(expectedDiscount);
    expect(t.total).toBe(total);
  });

  it('applies to charged lines only: the free part takes no share', () => {
    const t = computeQuoteTotals(quote(usual, { kind: 'percent', rateBp: 1000 }));
    expect(t.lines.map((l) => l.discount)).toEqual([1200, 0, 500]);
  });

  it('rounds a percent discount half up, once: 12.5% of ¥9.99 is ¥1.25', () => {
    expect(computeQuoteTotals(quote([part(999)], { kind: 'percent', rateBp: 1250 })).discount).toBe(125);
  });

  it('comes off before tax', () => {
    const t = computeQuoteTotals(quote(usual, { kind: 'amount', amount: 7000 }, { mode: 'exclusive', rateBp: 1300 }));
    expect(t).toMatchObject({ subtotal: 17000, discount: 7000, taxableBase: 10000, tax: 1300, total: 11300 });
  });

  it('prints line amounts that add up: 1.5 h at ¥33.33 is ¥50.00', () => {
    const t = computeQuoteTotals(quote([labour(1500, 3333), labour(1500, 3333)]));
    expect(t.lines.map((l) => l.charged)).toEqual([5000, 5000]);
    expect(t.subtotal).toBe(10000);
  });
});

describe('totals for any quote', () => {
  const lineArb: fc.Arbitrary<QuoteLine> = fc.record({
    kind: fc.constantFrom(...LINE_KINDS),
    description: fc.constant('x'),
    quantity: fc.integer({ min: 1, max: 20_000 }),
    unitPrice: fc.integer({ min: 0, max: 5_000_000 }),
    free: fc.boolean(),
    freeReason: fc.constant('in_warranty'),
  });
  const discountArb: fc.Arbitrary<Discount> = fc.oneof(
    fc.constant<Discount>({ kind: 'none' }),
    fc.integer({ min: 0, max: 10000 }).map((rateBp): Discount => ({ kind: 'percent', rateBp })),
    fc.integer({ min: 0, max: 200_000_000 }).map((amount): Discount => ({ kind: 'amount', amount })),
  );
  const taxArb: fc.Arbitrary<TaxSetting> = fc.oneof(
    fc.constant<TaxSetting>({ mode: 'none' }),
    fc.integer({ min: 0, max: 3000 }).map((rateBp): TaxSetting => ({ mode: 'exclusive', rateBp })),
    fc.integer({ min: 0, max: 3000 }).map((rateBp): TaxSetting => ({ mode: 'inclusive', rateBp })),
  );
  const quoteArb = fc.record({ lines: fc.array(lineArb, { minLength: 1, maxLength: 40 }), discount: discountArb, tax: taxArb });
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);

  it('total = subtotal − discount + tax when tax is added, subtotal − discount otherwise', () => {
    fc.assert(
      fc.property(quoteArb, (q) => {
        const t = computeQuoteTotals(q);
        const expected = t.subtotal - t.discount + (q.tax.mode === 'exclusive' ? t.tax : 0);
        expect(t.total).toBe(expected);
        expect(t.total).toBe(t.taxableBase + t.tax);
        expect(t.total).toBeGreaterThanOrEqual(0);
        expect(t.discount).toBeLessThanOrEqual(t.subtotal);
      }),
    );
  });

  it('lines add up to the document, fen for fen', () => {
    fc.assert(
      fc.property(quoteArb, (q) => {
        const t = computeQuoteTotals(q);
        expect(sum(t.lines.map((l) => l.charged))).toBe(t.subtotal);
        expect(sum(t.lines.map((l) => l.discount))).toBe(t.discount);
        expect(sum(t.lines.map((l) => l.tax))).toBe(t.tax);
        expect(sum(t.lines.map((l) => l.total))).toBe(t.total);
        expect(sum(t.lines.map((l) => l.excludingTax))).toBe(t.taxableBase);
        expect(t.subtotal + t.freeValue).toBe(sum(t.lines.map((l) => l.value)));
        expect(sum(LINE_KINDS.map((k) => t.byKind[k].total))).toBe(t.total);
      }),
    );
  });

  it('tax is the rate on the taxable total, within half a fen', () => {
    fc.assert(
      fc.property(quoteArb, (q) => {
        const t = computeQuoteTotals(q);
        if (q.tax.mode === 'none') {
          expect(t.tax).toBe(0);
          return;
        }
        const rate = q.tax.rateBp;
        // exclusive: tax ≈ base × r; inclusive: tax ≈ total × r / (1 + r). Error × denominator ≤ denominator / 2.
        const [num, den] = q.tax.mode === 'exclusive' ? [t.taxableBase * rate, 10000] : [t.total * rate, 10000 + rate];
        expect(Math.abs(t.tax * den - num) * 2).toBeLessThanOrEqual(den);
      }),
    );
  });
});

describe('words on the printed quote', () => {
  it('names every line kind in every language', () => {
    for (const lang of LANGUAGES) for (const k of LINE_KINDS) expect(lineKindLabel(k, lang).trim()).not.toBe('');
    expect(lineKindLabel('labour', 'zh-Hans')).toBe('人工费');
    expect(lineKindLabel('on_site', 'zh-Hant')).toBe('上門費');
  });

  it.each<[number, string]>([
    [1300, '13%'],
    [1250, '12.5%'],
    [5, '0.05%'],
    [0, '0%'],
    [10000, '100%'],
  ])('prints a rate of %i bp as %s', (bp, text) => {
    expect(formatRate(bp)).toBe(text);
  });
});
