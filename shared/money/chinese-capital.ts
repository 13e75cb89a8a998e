import { minorDigits, type Currency } from './currencies';

/*
 * 大写金额: the amount in Chinese capital numerals, as written on receipts, invoices and bank
 * slips so that no digit can be altered. The rules are those of the People's Bank of China,
 * 《支付结算办法》附一《正确填写票据和结算凭证的基本规定》:
 *
 *  - Every digit is written with its unit, the leading one included: 10 is 壹拾元整, 100000 is
 *    壹拾万元整 (never 拾万).
 *  - An amount ending at 元 ends with 整; one with 分 never does. After 角 整 is optional; we
 *    follow the rules' own example ￥1,409.50 → 壹仟肆佰零玖元伍角 and write none.
 *  - A 0 between digits is read as one 零, however many zeros there are: 1005.07 →
 *    壹仟零伍元零柒分, 6007.14 → 陆仟零柒元壹角肆分.
 *  - When the 万 (or 亿) digit is 0 but the 千 digit after it is not, the rules allow 零 or not;
 *    we follow the first form of their example ￥107,000.53 → 壹拾万柒仟元零伍角叁分 and write
 *    none. A whole group of four zeros, or zeros at the start of a group, still get one 零:
 *    100010001 → 壹亿零壹万零壹元.
 *  - When the 元 digit is 0 and 角 is not, the rules again allow both; we follow the first form
 *    of their example ￥1,680.32 → 壹仟陆佰捌拾元零叁角贰分 and write 零 (so 10.50 →
 *    壹拾元零伍角). When 角 is 0 and 分 is not, 零 is required: 325.04 → 叁佰贰拾伍元零肆分.
 *  - Below one yuan nothing is written before the digits: 0.05 → 伍分; zero is 零元整.
 *  - A negative amount (a credit note, a refund) is prefixed with 负.
 *
 * Traditional characters (zh-Hant) use 貳, 參, 陸, 萬, 億 and 負. The unit stays 元: it is what
 * Taiwanese cheques and invoices print (新臺幣…元整) and what Hong Kong and Macau receipts
 * commonly use; 圓 is the legal spelling on banknotes but rarely written on receipts.
 * The currency name ("人民币", "新臺幣") is the form's label, not part of this text.
 *
 * Largest amount: 玖仟玖佰玖拾玖亿… i.e. 999,999,999,999 whole units; larger ones are refused
 * (RangeError) rather than written with a unit a reader might not expect (万亿, 兆).
 */

export type ChineseScript = 'zh-Hans' | 'zh-Hant';

interface Numerals {
  digits: readonly string[];
  units: readonly string[]; // 个, 拾, 佰, 仟 within a group of four
  groups: readonly string[]; // ones, 万, 亿
  yuan: string;
  jiao: string;
  fen: string;
  whole: string;
  negative: string;
}

const NUMERALS: Record<ChineseScript, Numerals> = {
  'zh-Hans': {
    digits: ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'],
    units: ['', '拾', '佰', '仟'],
    groups: ['', '万', '亿'],
    yuan: '元',
    jiao: '角',
    fen: '分',
    whole: '整',
    negative: '负',
  },
  'zh-Hant': {
    digits: ['零', '壹', '貳', '參', '肆', '伍', '陸', '柒', '捌', '玖'],
    units: ['', '拾', '佰', '仟'],
    groups: ['', '萬', '億'],
    yuan: '元',
    jiao: '角',
    fen: '分',
    whole: '整',
    negative: '負',
  },
};

/** 999,999,999,999: twelve digits, the most 亿 groups can write. */
export const MAX_CAPITAL_WHOLE_UNITS = 999_999_999_999;

/** The whole-unit part, e.g. 100010001 → 壹亿零壹万零壹 (without 元). */
function wholeUnits(n: number, x: Numerals): string {
  const digits = String(n);
  let out = '';
  let zeroPending = false;
  for (let i = 0; i < digits.length; i++) {
    const place = digits.length - 1 - i; // 0 = ones
    const d = Number(digits[i]);
    const unit = x.units[place % 4] ?? '';
    if (d === 0) {
      zeroPending = out !== '';
    } else {
      if (zeroPending) out += x.digits[0];
      out += (x.digits[d] ?? '') + unit;
      zeroPending = false;
    }
    if (place % 4 === 0 && place > 0) {
      // End of a 万 or 亿 group: name it if it held a digit. Its trailing zeros are then
      // forgotten (107000 → 壹拾万柒仟), while an all-zero group leaves its 零 pending.
      const groupStart = Math.max(0, i - 3);
      if (/[1-9]/.test(digits.slice(groupStart, i + 1))) {
        out += x.groups[place / 4] ?? '';
        zeroPending = false;
      }
    }
  }
  return out;
}

/**
 * The amount in capital numerals: 12345 (¥123.45) → 壹佰贰拾叁元肆角伍分.
 * `minor` is in the currency's minor units (TWD is kept in whole dollars, see currencies.ts).
 */
export function chineseCapitalAmount(minor: number, script: ChineseScript = 'zh-Hans', currency: Currency = 'CNY'): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`An amount must be an integer, got ${minor}`);
  const x = NUMERALS[script];
  const digits = minorDigits(currency);
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 10 ** digits);
  if (whole > MAX_CAPITAL_WHOLE_UNITS) throw new RangeError(`Too large for capital numerals: ${minor}`);
  const cents = digits === 2 ? abs % 100 : 0;
  const jiao = Math.floor(cents / 10);
  const fen = cents % 10;

  let out = whole > 0 ? wholeUnits(whole, x) + x.yuan : '';
  if (jiao > 0) {
    if (whole > 0 && whole % 10 === 0) out += x.digits[0];
    out += (x.digits[jiao] ?? '') + x.jiao;
  }
  if (fen > 0) {
    if (whole > 0 && jiao === 0) out += x.digits[0];
    out += (x.digits[fen] ?? '') + x.fen;
  }
  if (out === '') out = x.digits[0] + x.yuan;
  if (jiao === 0 && fen === 0) out += x.whole;
  return minor < 0 ? x.negative + out : out;
}
