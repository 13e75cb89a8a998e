import { describe, expect, it } from 'vitest';
import { foldForSearch, hasCjk } from '../../shared/text/fold';
import {
  cleanPhone,
  formatPhone,
  isValidPhone,
  phoneDigits,
  reverseDigits,
  significantDigits,
  tidyPhone,
} from '../../shared/text/phone';
import { classifyQuery, ftsPhrase, nameBigrams } from '../../shared/search/query';

describe('search folding', () => {
  it.each([
    ['陳大文', '陈大文'],
    ['張偉', '张伟'],
    ['黃志強', '黄志强'],
    ['劉德華', '刘德华'],
    ['  JOHN   Smith ', 'john smith'],
    ['Ｌｅｅ', 'lee'],
  ])('%s folds like %s', (a, b) => {
    expect(foldForSearch(a)).toBe(foldForSearch(b));
  });

  it('leaves simplified text and digits alone', () => {
    expect(foldForSearch('陈大文 123')).toBe('陈大文 123');
  });

  it('knows CJK from Latin', () => {
    expect(hasCjk('陈')).toBe(true);
    expect(hasCjk('Chen')).toBe(false);
  });
});

describe('phone numbers', () => {
  it.each(['138 1234 5678', '+86-138-1234-5678', '(852) 2345 6789', '１３８１２３４５６７８', '0912 345 678', '12345'])(
    '%s is accepted',
    (p) => expect(isValidPhone(p)).toBe(true),
  );
  it.each(['', '1234', 'abc', '138-1234-567x', '+', '1'.repeat(21), '++86 138'])('%s is refused', (p) => {
    expect(isValidPhone(p)).toBe(false);
  });

  it('derives digits, tidy form and reversed digits', () => {
    expect(tidyPhone(' +86 138-1234-5678 ')).toBe('+8613812345678');
    expect(phoneDigits('+86 (138) 1234 5678')).toBe('8613812345678');
    expect(reverseDigits('12345')).toBe('54321');
    expect(cleanPhone('＋44  7700\u3000900123')).toBe('+44 7700 900123');
  });

  it.each([
    ['+86 138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['0086 138 0013 8000', '13800138000'],
    ['+852 2345 6789', '23456789'],
    ['+886 912 345 678', '912345678'],
    ['0912 345 678', '912345678'],
    ['0755-8888 6666', '75588886666'],
    ['+86 755 8888 6666', '75588886666'],
    ['+1 415 555 0101', '4155550101'],
    ['0101', '0101'],
  ])('%s is the phone %s wherever it is written', (raw, digits) => {
    expect(significantDigits(raw)).toBe(digits);
  });

  it('groups bare numbers for reading, keeps the grouping staff typed', () => {
    expect(formatPhone('13812345678')).toBe('138 1234 5678');
    expect(formatPhone('23456789')).toBe('2345 6789');
    expect(formatPhone('+44 7700 900123')).toBe('+44 7700 900123');
  });
});

describe('search query classification', () => {
  it('digits are a phone search from 4 digits on', () => {
    expect(classifyQuery('5678')).toEqual({ kind: 'phone', digits: '5678' });
    expect(classifyQuery('138 1234 5678')).toEqual({ kind: 'phone', digits: '13812345678' });
    expect(classifyQuery('+86 138')).toEqual({ kind: 'phone', digits: '86138' });
    expect(classifyQuery('567')).toMatchObject({ kind: 'text' });
  });

  it('names are folded and measured in characters', () => {
    expect(classifyQuery(' 陳大 ')).toEqual({ kind: 'text', fold: '陈大', length: 2 });
    expect(classifyQuery('𠀋x')).toMatchObject({ length: 2 });
    expect(classifyQuery('   ')).toEqual({ kind: 'empty' });
  });

  it('FTS phrases escape quotes so user text is never FTS syntax', () => {
    expect(ftsPhrase('a"b')).toBe('"a""b"');
    expect(ftsPhrase('NEAR(x y)')).toBe('"NEAR(x y)"');
  });

  it('bigrams stay within words', () => {
    expect(nameBigrams('陈大文').sort()).toEqual(['大文', '陈大']);
    expect(nameBigrams('li na')).toEqual(['li', 'na']);
    expect(nameBigrams('王')).toEqual([]);
  });
});
