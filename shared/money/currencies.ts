import { CURRENCIES, type Currency } from '../schemas/settings';

export { CURRENCIES, type Currency };

/*
 * The currencies a shop can choose in settings. `minorDigits` is the exponent this app keeps
 * money in: every amount in the database, in IPC and in these helpers is an integer count of
 * 10^-minorDigits of the currency. Never divide by 100: ask `minorDigits(currency)`.
 *
 * TWD is kept in whole dollars (minorDigits 0) although ISO 4217 lists 2: the smallest coin is
 * NT$1, prices, receipts and the uniform invoice (統一發票) are in whole dollars and business
 * tax is rounded to the dollar. Kept in cents, a 5% tax would print "NT$61.70", which no
 * Taiwanese receipt shows; rounding "to the minor unit" therefore means to the dollar here.
 * Every other currency in the list has 2 digits in both ISO 4217 and this app.
 */

export interface CurrencyInfo {
  code: Currency;
  /** Digits this app keeps after the point (see above). */
  minorDigits: 0 | 2;
  /** ISO 4217 exponent, for exports to other systems. */
  isoDigits: number;
  /** Printed before the amount, the same in all three languages: "HK$1,234.50". */
  symbol: string;
  /**
   * What a clerk may type around an amount, besides the ISO code: "￥12", "12元", "HK$12".
   * Matched after NFKC normalisation (full-width ￥ and ＄ become ¥ and $).
   */
  affixes: readonly string[];
}

export const CURRENCY_INFO: Readonly<Record<Currency, CurrencyInfo>> = {
  CNY: { code: 'CNY', minorDigits: 2, isoDigits: 2, symbol: '¥', affixes: ['¥', 'RMB', '人民币', '人民幣', '元', '圆', '块'] },
  HKD: { code: 'HKD', minorDigits: 2, isoDigits: 2, symbol: 'HK$', affixes: ['HK$', '$', '港币', '港幣', '港元', '元', '圓'] },
  TWD: {
    code: 'TWD',
    minorDigits: 0,
    isoDigits: 2,
    symbol: 'NT$',
    affixes: ['NT$', 'NTD', '$', '新台币', '新臺幣', '新台幣', '台币', '臺幣', '元', '圓'],
  },
  MOP: {
    code: 'MOP',
    minorDigits: 2,
    isoDigits: 2,
    symbol: 'MOP$',
    affixes: ['MOP$', '$', '澳门元', '澳門元', '澳门币', '澳門幣', '元', '圓'],
  },
  SGD: { code: 'SGD', minorDigits: 2, isoDigits: 2, symbol: 'S$', affixes: ['S$', '$', '新元', '新币', '新幣'] },
  MYR: { code: 'MYR', minorDigits: 2, isoDigits: 2, symbol: 'RM', affixes: ['RM', '令吉'] },
  USD: { code: 'USD', minorDigits: 2, isoDigits: 2, symbol: 'US$', affixes: ['US$', '$', '美元'] },
  EUR: { code: 'EUR', minorDigits: 2, isoDigits: 2, symbol: '€', affixes: ['€', '欧元', '歐元'] },
  GBP: { code: 'GBP', minorDigits: 2, isoDigits: 2, symbol: '£', affixes: ['£', '英镑', '英鎊'] },
};

export function minorDigits(currency: Currency): 0 | 2 {
  return CURRENCY_INFO[currency].minorDigits;
}

export function isCurrency(value: unknown): value is Currency {
  return typeof value === 'string' && (CURRENCIES as readonly string[]).includes(value);
}

/**
 * The largest amount the money helpers accept, in minor units: 999,999,999,999 whole units and
 * the largest fraction, which is also the most the Chinese capital numerals can write (千亿).
 * Far above any repair, yet products with a quantity stay well inside exact integer arithmetic.
 */
export function maxAmount(currency: Currency): number {
  return 10 ** (12 + minorDigits(currency)) - 1;
}
