import { describe, expect, it } from 'vitest';
import { calendarDate, calendarParts } from '../../shared/time/calendar';

describe("the calendar day of an instant in the shop's time zone", () => {
  it.each([
    // 2026-11-22 02:00 UTC
    [Date.UTC(2026, 10, 22, 2, 0), 'Asia/Shanghai', '2026-11-22'],
    [Date.UTC(2026, 10, 22, 2, 0), 'America/Los_Angeles', '2026-11-21'],
    // The last minutes of a year in UTC are already New Year's Day in Hong Kong.
    [Date.UTC(2026, 11, 31, 16, 0), 'Asia/Hong_Kong', '2027-01-01'],
    [Date.UTC(2026, 11, 31, 15, 59, 59, 999), 'Asia/Hong_Kong', '2026-12-31'],
    [Date.UTC(2026, 11, 31, 16, 0), 'UTC', '2026-12-31'],
    // Taipei, Macau, Singapore: all UTC+8, no daylight saving.
    [Date.UTC(2028, 1, 28, 16, 30), 'Asia/Taipei', '2028-02-29'],
    // London around the spring change: 01:30 UTC on the last Sunday of March is 02:30 BST.
    [Date.UTC(2026, 2, 29, 23, 30), 'Europe/London', '2026-03-30'],
  ])('%i in %s is %s', (ms, zone, day) => {
    expect(calendarDate(ms, zone)).toBe(day);
  });

  it('pads early years and gives the parts as numbers', () => {
    expect(calendarDate(Date.UTC(999, 0, 5), 'UTC')).toBe('0999-01-05');
    expect(calendarParts(Date.UTC(2026, 0, 9, 20), 'Asia/Shanghai')).toEqual({ year: 2026, month: 1, day: 10 });
  });

  it('an unknown time zone is an error, not a silent UTC', () => {
    expect(() => calendarDate(0, 'Mars/Olympus')).toThrow(RangeError);
  });
});
