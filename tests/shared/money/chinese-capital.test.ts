import { describe, it, expect } from 'vitest';
import { chineseCapitalAmount, MAX_CAPITAL_WHOLE_UNITS } from '../../../shared/money';

/** Amounts in fen, as the receipt stores them; the label is the amount as the clerk sees it. */
describe('大写金额 on a receipt (simplified)', () => {
  it.each<[string, number, string]>([
    ['0.00', 0, '零元整'],
    ['0.01', 1, '壹分'],
    ['0.05', 5, '伍分'],
    ['0.10', 10, '壹角'],
    ['0.50', 50, '伍角'],
    ['0.55', 55, '伍角伍分'],
    ['1.00', 100, '壹元整'],
    ['10.00 (the leading 壹 of 壹拾 is never dropped)', 1000, '壹拾元整'],
    ['10.01', 1001, '壹拾元零壹分'],
    ['10.50 (元 digit 0, 角 not: 零, as in the rules’ ¥1,680.32)', 1050, '壹拾元零伍角'],
    ['15.00', 1500, '壹拾伍元整'],
    ['100.00', 10000, '壹佰元整'],
    ['100.10', 10010, '壹佰元零壹角'],
    ['123.45', 12345, '壹佰贰拾叁元肆角伍分'],
    ['325.04 (角 0, 分 not: 零 required)', 32504, '叁佰贰拾伍元零肆分'],
    ['1005.07', 100507, '壹仟零伍元零柒分'],
    ['1010.00', 101000, '壹仟零壹拾元整'],
    ['1200.00', 120000, '壹仟贰佰元整'],
    ['1409.50 (the rules’ example: no 整 after 角)', 140950, '壹仟肆佰零玖元伍角'],
    ['1680.32 (the rules’ example, first form)', 168032, '壹仟陆佰捌拾元零叁角贰分'],
    ['2000.02', 200002, '贰仟元零贰分'],
    ['6007.14 (several zeros read as one 零)', 600714, '陆仟零柒元壹角肆分'],
    ['10500.00', 1050000, '壹万零伍佰元整'],
    ['16409.02 (the rules’ example)', 1640902, '壹万陆仟肆佰零玖元零贰分'],
    ['40000.40', 4000040, '肆万元零肆角'],
    ['100000.00', 10000000, '壹拾万元整'],
    ['100000.01', 10000001, '壹拾万元零壹分'],
    ['107000.53 (the rules’ example, first form)', 10700053, '壹拾万柒仟元零伍角叁分'],
    ['110000.00', 11000000, '壹拾壹万元整'],
    ['1000000.00', 100000000, '壹佰万元整'],
    ['10000000.00', 1000000000, '壹仟万元整'],
    ['100000000.00', 10000000000, '壹亿元整'],
    ['100000001.00', 10000000100, '壹亿零壹元整'],
    ['100010001.01', 10001000101, '壹亿零壹万零壹元零壹分'],
    ['1000001000.00 (an empty 万 group leaves one 零)', 100000100000, '壹拾亿零壹仟元整'],
    ['1234567890.12', 123456789012, '壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分'],
    ['999999999999.99, the largest', 99999999999999, '玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
    ['-123.45 on a credit note', -12345, '负壹佰贰拾叁元肆角伍分'],
    ['-0.05 on a credit note', -5, '负伍分'],
  ])('%s → %s', (_label, fen, expected) => {
    expect(chineseCapitalAmount(fen)).toBe(expected);
  });
});

describe('大寫金額 on a receipt (traditional)', () => {
  it.each<[string, number, string]>([
    ['123.45', 12345, '壹佰貳拾參元肆角伍分'],
    ['10000.00', 1000000, '壹萬元整'],
    ['23600.00', 2360000, '貳萬參仟陸佰元整'],
    ['100000000.00', 10000000000, '壹億元整'],
    ['100010001.01', 10001000101, '壹億零壹萬零壹元零壹分'],
    ['-6.00', -600, '負陸元整'],
  ])('%s → %s', (_label, fen, expected) => {
    expect(chineseCapitalAmount(fen, 'zh-Hant')).toBe(expected);
  });

  it('writes New Taiwan dollars, kept in whole dollars, without 角 or 分', () => {
    expect(chineseCapitalAmount(1235, 'zh-Hant', 'TWD')).toBe('壹仟貳佰參拾伍元整');
    expect(chineseCapitalAmount(MAX_CAPITAL_WHOLE_UNITS, 'zh-Hant', 'TWD')).toBe(
      '玖仟玖佰玖拾玖億玖仟玖佰玖拾玖萬玖仟玖佰玖拾玖元整',
    );
  });

  it('writes Hong Kong dollars with 角 and 分 like yuan', () => {
    expect(chineseCapitalAmount(8050, 'zh-Hant', 'HKD')).toBe('捌拾元零伍角');
  });
});

describe('amounts capital numerals cannot write', () => {
  it.each<[string, number, 'CNY' | 'TWD']>([
    ['one trillion yuan', 100000000000000, 'CNY'],
    ['minus one trillion yuan', -100000000000000, 'CNY'],
    ['one trillion NT dollars', 1000000000000, 'TWD'],
    ['half a fen', 0.5, 'CNY'],
    ['not a number', Number.NaN, 'CNY'],
  ])('refuses %s', (_label, amount, currency) => {
    expect(() => chineseCapitalAmount(amount, 'zh-Hans', currency)).toThrow(RangeError);
  });
});
