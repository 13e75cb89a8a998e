import { addDays, parseIsoDate } from '../warranty/dates';
import type { IsoDate } from '../warranty/types';

/*
 * Instants (UTC epoch ms) against the shop's wall clock in its IANA time zone, with
 * Intl.DateTimeFormat only: no date library, no process time zone, no clock.
 */

const DAY_MS = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US, Gregorian, Latin digits, 24-hour clock: plain numbers whatever the user's locale.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Builds the zone's formatter ahead of its first use and keeps it; false for a zone this runtime
 * does not know. The first formatter of a page with a time zone costs tens of milliseconds (ICU
 * loads its zone and calendar data): the renderer pays it while its code is still downloading
 * (main.tsx) instead of in the first render.
 */
export function prepareTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The shop's wall-clock reading at an instant. Throws RangeError for an unknown time zone. */
export function localDateTime(epochMs: number, timeZone: string): LocalDateTime {
  const parts = formatter(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 'YYYY-MM-DD' of an instant in the shop's time zone. */
export function localDate(epochMs: number, timeZone: string): IsoDate {
  const t = localDateTime(epochMs, timeZone);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

/** 'YYYY-MM-DD HH:mm' of an instant on the shop's wall clock: how screens and forms show a time. */
export function localDateTimeText(epochMs: number, timeZone: string): string {
  const t = localDateTime(epochMs, timeZone);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms (Shanghai: +8 h). */
function offsetAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const t = localDateTime(whole, timeZone);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - whole;
}

/**
 * The first instant of a local calendar day. Usually local midnight; where a daylight-saving
 * change skips midnight (some zones switch at 00:00) it is the first instant that exists.
 */
export function startOfLocalDay(date: IsoDate, timeZone: string): number {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  const wallMidnight = Date.UTC(d.year, d.month - 1, d.day);
  // Two passes settle the offset on either side of a change; then step to the day's start.
  let t = wallMidnight - offsetAt(wallMidnight, timeZone);
  t = wallMidnight - offsetAt(t, timeZone);
  if (localDate(t, timeZone) < date) {
    // Midnight did not exist: the day starts at the first minute after the gap.
    while (localDate(t, timeZone) < date) t += 60_000;
  } else {
    while (localDate(t - 60_000, timeZone) === date) t -= 60_000;
  }
  return t;
}

/** The last millisecond of a local calendar day: a promise "by the end of 2025-03-04". */
export function endOfLocalDay(date: IsoDate, timeZone: string): number {
  return startOfLocalDay(addDays(date, 1), timeZone) - 1;
}

/** 0 = Sunday … 6 = Saturday, of a calendar date (no time zone involved). */
export function weekday(date: IsoDate): number {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export { DAY_MS };
