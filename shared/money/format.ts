import { CURRENCY_INFO, minorDigits, type Currency } from './currencies';
import { groupThousands } from './decimal';

/*
 * Amounts for the screen and for printed forms. Simplified Chinese, traditional Chinese and
 * English write amounts the same way (CLDR agrees for zh-CN, zh-TW, zh-HK and en): comma
 * thousands, a point before the decimals, the symbol before the number, so the output does
 * not depend on the language. The symbols are the shop-counter ones ("¥", "HK$", "NT$",
 * "MOP$"), not the disambiguated CLDR ones ("CN¥"), because a shop prints in its own currency.
 * The minus sign is ASCII "-" so that a printed or copied amount reads back in (parse.ts).
 */

export type MoneyStyle = 'symbol' | 'code' | 'plain';

export interface FormatMoneyOptions {
  /**
   * 'symbol': "¥1,234.50", "-¥5.00" (default); 'code': "CNY 1,234.50", "CNY -5.00";
   * 'plain': "1,234.50" for table columns whose header names the currency.
   */
  style?: MoneyStyle;
}

/** The number alone: 123450 CNY -> "1,234.50"; 1235 TWD -> "1,235". */
export function formatAmount(minor: number, currency: Currency): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`An amount must be an integer, got ${minor}`);
  const digits = minorDigits(currency);
  const abs = String(Math.abs(minor)).padStart(digits + 1, '0');
  const whole = groupThousands(abs.slice(0, abs.length - digits));
  const fraction = digits > 0 ? `.${abs.slice(abs.length - digits)}` : '';
  return `${minor < 0 ? '-' : ''}${whole}${fraction}`;
}

export function formatMoney(minor: number, currency: Currency, options: FormatMoneyOptions = {}): string {
  const style = options.style ?? 'symbol';
  const amount = formatAmount(minor, currency);
  if (style === 'plain') return amount;
  if (style === 'code') return `${currency} ${amount}`;
  const sign = minor < 0 ? '-' : '';
  return `${sign}${CURRENCY_INFO[currency].symbol}${sign ? amount.slice(1) : amount}`;
}
