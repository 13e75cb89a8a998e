import { describe, it, expect } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { MAX_QUOTE_AMOUNT, QUOTE_VALIDATION_KEYS, quoteMessages, validateQuote } from '../../../shared/quotes';

const line = { kind: 'labour', description: 'Replace screen', quantity: 1000, unitPrice: 8000, free: false };
const sound = { lines: [line], discount: { kind: 'none' }, tax: { mode: 'exclusive', rateBp: 1300 } };

const issuesOf = (patch: Record<string, unknown>) => {
  const r = validateQuote({ ...sound, ...patch });
  return r.ok ? [] : r.issues.map((i) => `${i.path.join('.')} ${i.message}`);
};
const withLine = (l: Record<string, unknown>) => issuesOf({ lines: [{ ...line, ...l }] });

describe('quote validation', () => {
  it('accepts a sound quote and returns it', () => {
    const r = validateQuote(sound);
    expect(r.ok).toBe(true);
    expect(issuesOf({})).toEqual([]);
  });

  it('trims descriptions', () => {
    const r = validateQuote({ ...sound, lines: [{ ...line, description: '  Screen  ' }] });
    expect(r.ok && r.value.lines[0]?.description).toBe('Screen');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a quantity of 0', { quantity: 0 }, 'lines.0.quantity validation.quantity.notPositive'],
    ['a negative quantity', { quantity: -1000 }, 'lines.0.quantity validation.quantity.notPositive'],
    ['a quantity of 10,000', { quantity: 10_000_000 }, 'lines.0.quantity validation.quantity.tooLarge?max=9999.999'],
    ['a fraction of a thousandth', { quantity: 1.5 }, 'lines.0.quantity validation.integer'],
    ['a negative price', { unitPrice: -1 }, 'lines.0.unitPrice validation.money.negative'],
    ['a fraction of a fen', { unitPrice: 0.5 }, 'lines.0.unitPrice validation.integer'],
    ['a price above ¥99,999,999.99', { unitPrice: MAX_QUOTE_AMOUNT + 1 }, 'lines.0.unitPrice validation.money.tooLarge'],
    ['an empty description', { description: '   ' }, 'lines.0.description validation.required'],
    ['a description of 201 characters', { description: 'x'.repeat(201) }, 'lines.0.description validation.tooLong?max=200'],
    ['an unknown kind', { kind: 'tip' }, 'lines.0.kind validation.invalidChoice'],
    ['a free line without a reason', { free: true }, 'lines.0.freeReason validation.quote.freeReasonRequired'],
    [
      'a free line with an empty reason',
      { free: true, freeReason: '' },
      'lines.0.freeReason validation.quote.freeReasonRequired',
    ],
    ['a reason that is not a code', { free: true, freeReason: 'In Warranty' }, 'lines.0.freeReason validation.invalidFormat'],
    ['an unknown field', { colour: 'red' }, 'lines.0 validation.unknownField'],
  ])('refuses %s', (_label, patch, expected) => {
    expect(withLine(patch)).toEqual([expected]);
  });

  it('accepts a free line with its warranty reason, and a price of 0', () => {
    expect(withLine({ free: true, freeReason: 'repair_warranty_same_fault' })).toEqual([]);
    expect(withLine({ unitPrice: 0 })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a quote without lines', { lines: [] }, 'lines validation.tooFewItems?min=1'],
    ['201 lines', { lines: Array.from({ length: 201 }, () => line) }, 'lines validation.tooManyItems?max=200'],
    [
      'a discount of 100.01%',
      { discount: { kind: 'percent', rateBp: 10001 } },
      'discount.rateBp validation.quote.discountPercentRange',
    ],
    [
      'a negative discount percent',
      { discount: { kind: 'percent', rateBp: -1 } },
      'discount.rateBp validation.quote.discountPercentRange',
    ],
    ['a negative discount', { discount: { kind: 'amount', amount: -100 } }, 'discount.amount validation.money.negative'],
    [
      'a discount above the charged lines',
      { discount: { kind: 'amount', amount: 8001 } },
      'discount.amount validation.quote.discountTooLarge',
    ],
    ['a tax rate above 100%', { tax: { mode: 'inclusive', rateBp: 10001 } }, 'tax.rateBp validation.quote.taxRateRange'],
    ['an unknown tax mode', { tax: { mode: 'vat', rateBp: 1300 } }, 'tax.mode validation.invalidChoice'],
    [
      'a total above ¥99,999,999.99',
      {
        lines: [
          { ...line, unitPrice: 6_000_000_000 },
          { ...line, unitPrice: 6_000_000_000 },
        ],
      },
      'lines validation.quote.totalTooLarge',
    ],
  ])('refuses %s', (_label, patch, expected) => {
    expect(issuesOf(patch)).toEqual([expected]);
  });

  it('accepts 200 lines and a discount of exactly the charged lines', () => {
    expect(issuesOf({ lines: Array.from({ length: 200 }, () => line) })).toEqual([]);
    expect(issuesOf({ discount: { kind: 'amount', amount: 8000 } })).toEqual([]);
    expect(issuesOf({ discount: { kind: 'percent', rateBp: 10000 } })).toEqual([]);
  });

  it('does not count free lines towards what a discount may take off', () => {
    const lines = [line, { ...line, free: true, freeReason: 'in_warranty' }];
    expect(issuesOf({ lines, discount: { kind: 'amount', amount: 8001 } })).toEqual([
      'discount.amount validation.quote.discountTooLarge',
    ]);
  });

  it('has a text for every validation.quote key in every language', () => {
    for (const lang of LANGUAGES)
      for (const k of QUOTE_VALIDATION_KEYS) expect(quoteMessages[lang].validation[k].trim()).not.toBe('');
  });
});
