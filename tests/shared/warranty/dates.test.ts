import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  laterOf,
  parseIsoDate,
} from '../../../shared/warranty';

/** Reference implementation for the property tests only: UTC milliseconds, no local time zone. */
const utcDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
};
const dateArb = fc
  .record({ y: fc.integer({ min: 1900, max: 2199 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, daysInMonth(y, m))).padStart(2, '0')}`);

describe('parsing calendar dates', () => {
  it.each(['2025-03-01', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-3-1',
    '2025/03/01',
    '',
    '2025-03-01T00:00',
    ' 2025-03-01',
  ])('refuses %j', (d) => {
    expect(isIsoDate(d)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(parseIsoDate(20250301)).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });

  it('knows the leap-year rule for centuries', () => {
    expect([1900, 2000, 2024, 2025, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-03-01', 12, '2026-03-01'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-03-10', 0, '2025-03-10'],
    ['2025-12-31', 120, '2035-12-31'],
  ])('%s + %i months = %s', (from, n, expected) => {
    expect(addMonths(from, n)).toBe(expected);
  });

  it('refuses fractions and invalid dates', () => {
    expect(() => addMonths('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('addDays, daysBetween, compareDates', () => {
  it.each([
    ['2025-03-01', 7, '2025-03-08'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
  ])('%s + %i days = %s', (from, n, expected) => {
    expect(addDays(from, n)).toBe(expected);
  });

  it('counts the days between two dates, the first day being day 0', () => {
    expect(daysBetween('2025-03-01', '2025-03-01')).toBe(0);
    expect(daysBetween('2025-03-01', '2025-03-08')).toBe(7);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-08', '2025-03-01')).toBe(-7);
  });

  it('compares by calendar day', () => {
    expect(compareDates('2025-03-01', '2025-03-02')).toBe(-1);
    expect(compareDates('2025-03-02', '2025-03-02')).toBe(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBe(1);
    expect(laterOf('2025-03-01', '2024-12-31')).toBe('2025-03-01');
  });

  it('agrees with UTC day numbers for any date and offset', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -40_000, max: 40_000 }), (d, n) => {
        const later = addDays(d, n);
        expect(utcDay(later) - utcDay(d)).toBe(n);
        expect(daysBetween(d, later)).toBe(n);
      }),
    );
  });

  it('addMonths never overshoots the target month and keeps the day when it can', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 120 }), (d, n) => {
        const r = parseIsoDate(addMonths(d, n));
        const s = parseIsoDate(d);
        expect(r && s).toBeTruthy();
        if (!r || !s) return;
        expect(r.year * 12 + r.month - (s.year * 12 + s.month)).toBe(n);
        expect(r.day).toBe(Math.min(s.day, daysInMonth(r.year, r.month)));
      }),
    );
  });
});
