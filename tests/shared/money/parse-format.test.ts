import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  CURRENCIES,
  CURRENCY_INFO,
  currencyName,
  formatAmount,
  formatMoney,
  maxAmount,
  minorDigits,
  MONEY_VALIDATION_KEYS,
  moneyMessages,
  parseMoney,
  type Currency,
} from '../../../shared/money';
import { LANGUAGES } from '../../../shared/i18n/languages';

const value = (input: string, currency: Currency = 'CNY', allowNegative = false) => {
  const r = parseMoney(input, currency, { allowNegative });
  return r.ok ? r.value : r.error;
};

describe('reading an amount typed at the counter', () => {
  it.each<[string, Currency, number]>([
    ['123.45', 'CNY', 12345],
    ['¥1,234.5', 'CNY', 123450],
    ['１２３．４', 'CNY', 12340],
    ['￥１，２３４．５０', 'CNY', 123450],
    ['12。5', 'CNY', 1250], // Chinese punctuation mode types 。 for .
    ['12元', 'CNY', 1200],
    ['12.5 元', 'CNY', 1250],
    ['RMB 80', 'CNY', 8000],
    ['cny80', 'CNY', 8000],
    ['人民币80元', 'CNY', 8000],
    ['0.01', 'CNY', 1],
    ['.5', 'CNY', 50],
    ['12.', 'CNY', 1200],
    ['12.500', 'CNY', 1250], // trailing zeros are not extra decimals
    [' 1 234 ', 'CNY', 123400],
    ['1\u00a0234.00', 'CNY', 123400],
    ['007', 'CNY', 700],
    ['0', 'CNY', 0],
    ['999,999,999,999.99', 'CNY', 99999999999999],
    ['HK$80', 'HKD', 8000],
    ['$80.5', 'HKD', 8050],
    ['港幣80', 'HKD', 8000],
    ['NT$1,235', 'TWD', 1235],
    ['1235.00', 'TWD', 1235],
    ['新臺幣500元', 'TWD', 500],
    ['MOP$ 12.30', 'MOP', 1230],
    ['S$9.90', 'SGD', 990],
    ['RM12', 'MYR', 1200],
    ['US$5', 'USD', 500],
    ['USD 5', 'USD', 500],
    ['€5.00', 'EUR', 500],
    ['£5.00', 'GBP', 500],
  ])('%j in %s is %i', (input, currency, expected) => {
    expect(value(input, currency)).toBe(expected);
  });

  it.each<[string, Currency, string]>([
    ['', 'CNY', 'validation.required'],
    ['   ', 'CNY', 'validation.required'],
    ['abc', 'CNY', 'validation.money.invalid'],
    ['¥', 'CNY', 'validation.money.invalid'],
    ['1,23', 'CNY', 'validation.money.invalid'],
    ['€5,00', 'EUR', 'validation.money.invalid'], // a decimal comma is not guessed
    ['12,34.5', 'CNY', 'validation.money.invalid'],
    ['1.2.3', 'CNY', 'validation.money.invalid'],
    ['1e3', 'CNY', 'validation.money.invalid'],
    ['NaN', 'CNY', 'validation.money.invalid'],
    ['--5', 'CNY', 'validation.money.invalid'],
    ['HK$12', 'CNY', 'validation.money.invalid'],
    ['$12', 'CNY', 'validation.money.invalid'],
    ['12.345', 'CNY', 'validation.money.tooManyDecimals?max=2'],
    ['1235.5', 'TWD', 'validation.money.wholeOnly'],
    ['-5', 'CNY', 'validation.money.negative'],
    ['-¥5', 'CNY', 'validation.money.negative'],
    ['1,000,000,000,000', 'CNY', 'validation.money.tooLarge'],
    ['99999999999999999999999', 'CNY', 'validation.money.tooLarge'],
  ])('refuses %j in %s with %s', (input, currency, error) => {
    expect(value(input, currency)).toBe(error);
  });

  it.each<[string, number]>([
    ['-5', -500],
    ['-¥5', -500],
    ['¥-5', -500],
    ['－５', -500],
    ['−5.5', -550],
    ['-0', 0],
  ])('reads %j as %i on a credit note', (input, expected) => {
    expect(value(input, 'CNY', true)).toBe(expected);
  });

  it('never goes through floating point: 0.1 + 0.2 typed digit by digit', () => {
    expect(value('0.1')).toBe(10);
    expect(value('0.29')).toBe(29);
    expect(value('1.005')).toBe('validation.money.tooManyDecimals?max=2');
    expect(value('19.99')).toBe(1999);
    expect(value('4.35')).toBe(435);
  });
});

describe('showing an amount', () => {
  it.each<[number, Currency, string]>([
    [123450, 'CNY', '¥1,234.50'],
    [0, 'CNY', '¥0.00'],
    [1, 'CNY', '¥0.01'],
    [99, 'CNY', '¥0.99'],
    [100, 'CNY', '¥1.00'],
    [-500, 'CNY', '-¥5.00'],
    [99999999999999, 'CNY', '¥999,999,999,999.99'],
    [8000, 'HKD', 'HK$80.00'],
    [1235, 'TWD', 'NT$1,235'],
    [1234567, 'TWD', 'NT$1,234,567'],
    [0, 'TWD', 'NT$0'],
    [1230, 'MOP', 'MOP$12.30'],
    [990, 'SGD', 'S$9.90'],
    [1200, 'MYR', 'RM12.00'],
    [500, 'USD', 'US$5.00'],
    [500, 'EUR', '€5.00'],
    [500, 'GBP', '£5.00'],
  ])('%i in %s is %s', (minor, currency, expected) => {
    expect(formatMoney(minor, currency)).toBe(expected);
  });

  it('has a code style and a plain style for columns', () => {
    expect(formatMoney(123450, 'CNY', { style: 'code' })).toBe('CNY 1,234.50');
    expect(formatMoney(-500, 'HKD', { style: 'code' })).toBe('HKD -5.00');
    expect(formatMoney(123450, 'CNY', { style: 'plain' })).toBe('1,234.50');
    expect(formatAmount(-100000, 'TWD')).toBe('-100,000');
  });

  it('refuses amounts that are not whole minor units', () => {
    expect(() => formatMoney(12.5, 'CNY')).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, 'CNY')).toThrow(RangeError);
  });

  it('reads back everything it shows, in every currency and style', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom('symbol' as const, 'code' as const, 'plain' as const),
        fc.integer({ min: -1, max: 1 }),
        fc.nat(),
        (currency, style, sign, seed) => {
          // `+ 0` turns -1 × 0 = -0 into 0: money has no negative zero.
          const amount = sign * (seed % (maxAmount(currency) + 1)) + 0;
          const shown = formatMoney(amount, currency, { style });
          expect(parseMoney(shown, currency, { allowNegative: true })).toEqual({ ok: true, value: amount });
        },
      ),
    );
  });

  it('reads back amounts of every size, not only small ones', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CURRENCIES), fc.integer({ min: 0, max: 14 }), fc.nat(), (currency, digits, seed) => {
        const amount = Math.min(seed % 10 ** digits, maxAmount(currency));
        expect(parseMoney(formatMoney(amount, currency), currency)).toEqual({ ok: true, value: amount });
      }),
    );
  });
});

describe('the currency table', () => {
  it('keeps two decimals for every currency but the New Taiwan dollar', () => {
    const digits = Object.fromEntries(CURRENCIES.map((c) => [c, minorDigits(c)]));
    expect(digits).toEqual({ CNY: 2, HKD: 2, TWD: 0, MOP: 2, SGD: 2, MYR: 2, USD: 2, EUR: 2, GBP: 2 });
    for (const c of CURRENCIES) expect(CURRENCY_INFO[c].isoDigits).toBe(2);
  });

  it('gives every currency a different symbol', () => {
    const symbols = CURRENCIES.map((c) => CURRENCY_INFO[c].symbol);
    expect(new Set(symbols).size).toBe(CURRENCIES.length);
  });

  it('names every currency in every language', () => {
    for (const lang of LANGUAGES) for (const c of CURRENCIES) expect(currencyName(c, lang).trim()).not.toBe('');
    expect(currencyName('TWD', 'zh-Hant')).toBe('新臺幣');
    expect(currencyName('CNY', 'zh-Hans')).toBe('人民币');
  });

  it('has a text for every money validation key in every language', () => {
    for (const lang of LANGUAGES)
      for (const k of MONEY_VALIDATION_KEYS) expect(moneyMessages[lang].validation.money[k].trim()).not.toBe('');
  });
});
