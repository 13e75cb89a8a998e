import { describe, expect, it } from 'vitest';
import { formatNumber, numberSeriesUpdateSchema, parsePattern, patternHasYear } from '../../../shared/numbering/pattern';

describe('document number patterns', () => {
  it.each([
    ['W{YYYY}-{seq:6}', { year: 2026, month: 3, seq: 123 }, 'W2026-000123'],
    ['R{YYYY}-{seq:6}', { year: 2026, month: 3, seq: 1234567 }, 'R2026-1234567'],
    ['BXK{YY}{MM}-{seq:4}', { year: 2026, month: 3, seq: 7 }, 'BXK2603-0007'],
    ['保修{YYYY}{seq:5}', { year: 2027, month: 12, seq: 42 }, '保修202700042'],
    ['{seq}', { year: 2026, month: 1, seq: 9 }, '9'],
    ['NO.{seq:3}/{YY}', { year: 2009, month: 1, seq: 5 }, 'NO.005/09'],
  ])('%s → %s', (pattern, parts, number) => {
    expect(formatNumber(pattern, parts)).toBe(number);
  });

  it.each([
    ['W{YYYY}', 'seqMissing'],
    ['{seq}{seq:2}', 'seqTwice'],
    ['W{DD}{seq}', 'unknownToken'],
    ['W{seq:0}', 'unknownToken'],
    ['W{seq:11}', 'unknownToken'],
    ['W {seq}', 'badCharacter'],
    ['W}{seq}', 'badCharacter'],
    ['W{seq', 'badCharacter'],
  ])('refuses %s (%s)', (pattern, problem) => {
    expect(parsePattern(pattern)).toEqual({ ok: false, problem });
    expect(() => formatNumber(pattern, { year: 2026, month: 1, seq: 1 })).toThrow();
  });

  it('knows whether a pattern changes with the year', () => {
    expect(patternHasYear('W{YYYY}-{seq:6}')).toBe(true);
    expect(patternHasYear('W{YY}{seq}')).toBe(true);
    expect(patternHasYear('W{MM}-{seq}')).toBe(false);
  });

  it("a yearly restart needs the year in the number, or last year's numbers would come again", () => {
    const parse = (pattern: string, resetYearly: boolean) =>
      numberSeriesUpdateSchema.safeParse({ key: 'warranty_card', pattern, resetYearly, nextSeq: 1 });
    expect(parse('W-{seq:6}', true).error?.issues.map((i) => i.message)).toEqual(['validation.numbering.yearNeeded']);
    expect(parse('W-{seq:6}', false).success).toBe(true);
    expect(parse('W{YY}-{seq:6}', true).success).toBe(true);
    expect(
      numberSeriesUpdateSchema
        .safeParse({ key: 'receipts', pattern: '{seq}', resetYearly: false, nextSeq: 0 })
        .error?.issues.map((i) => i.path[0]),
    ).toEqual(['key', 'nextSeq']);
  });
});
