import type { Language } from '../i18n/languages';
import type { Currency } from './currencies';
import type { MoneyValidationKey } from './parse';
import type { QuantityValidationKey } from './quantity';

/*
 * Every string the money helpers need, in all three languages; the Record types make a missing
 * one a compile error. `validation` holds the texts of the `validation.money.*` and
 * `validation.quantity.*` keys that parseMoney, parseQuantity and the quote schema emit.
 */

export interface MoneyMessages {
  currencyNames: Record<Currency, string>;
  validation: {
    money: Record<MoneyValidationKey, string>;
    quantity: Record<QuantityValidationKey, string>;
  };
}

const zhHans: MoneyMessages = {
  currencyNames: {
    CNY: '人民币',
    HKD: '港币',
    TWD: '新台币',
    MOP: '澳门元',
    SGD: '新加坡元',
    MYR: '马来西亚令吉',
    USD: '美元',
    EUR: '欧元',
    GBP: '英镑',
  },
  validation: {
    money: {
      invalid: '请输入金额，例如 123.45',
      tooManyDecimals: '最多 {{max}} 位小数',
      wholeOnly: '只能输入整数金额',
      negative: '金额不能为负数',
      tooLarge: '金额过大',
    },
    quantity: {
      invalid: '请输入数量，例如 1 或 1.5',
      tooManyDecimals: '最多 {{max}} 位小数',
      tooLarge: '数量最多为 {{max}}',
      notPositive: '数量必须大于 0',
    },
  },
};

const zhHant: MoneyMessages = {
  currencyNames: {
    CNY: '人民幣',
    HKD: '港幣',
    TWD: '新臺幣',
    MOP: '澳門元',
    SGD: '新加坡元',
    MYR: '馬來西亞令吉',
    USD: '美元',
    EUR: '歐元',
    GBP: '英鎊',
  },
  validation: {
    money: {
      invalid: '請輸入金額，例如 123.45',
      tooManyDecimals: '最多 {{max}} 位小數',
      wholeOnly: '只能輸入整數金額',
      negative: '金額不能為負數',
      tooLarge: '金額過大',
    },
    quantity: {
      invalid: '請輸入數量，例如 1 或 1.5',
      tooManyDecimals: '最多 {{max}} 位小數',
      tooLarge: '數量最多為 {{max}}',
      notPositive: '數量必須大於 0',
    },
  },
};

const en: MoneyMessages = {
  currencyNames: {
    CNY: 'Chinese yuan',
    HKD: 'Hong Kong dollar',
    TWD: 'New Taiwan dollar',
    MOP: 'Macanese pataca',
    SGD: 'Singapore dollar',
    MYR: 'Malaysian ringgit',
    USD: 'US dollar',
    EUR: 'Euro',
    GBP: 'Pound sterling',
  },
  validation: {
    money: {
      invalid: 'Enter an amount, e.g. 123.45',
      tooManyDecimals: 'At most {{max}} decimal places',
      wholeOnly: 'Whole amounts only',
      negative: 'The amount cannot be negative',
      tooLarge: 'The amount is too large',
    },
    quantity: {
      invalid: 'Enter a quantity, e.g. 1 or 1.5',
      tooManyDecimals: 'At most {{max}} decimal places',
      tooLarge: 'At most {{max}}',
      notPositive: 'The quantity must be more than 0',
    },
  },
};

export const moneyMessages: Record<Language, MoneyMessages> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant, en };

export function currencyName(currency: Currency, language: Language): string {
  return moneyMessages[language].currencyNames[currency];
}
