import type { IsoDate } from '../warranty/types';

/*
 * Instants are UTC milliseconds; a warranty, a promised date or a day close is a calendar day
 * in the shop's own time zone. This is the one place that turns the first into the second, so
 * "today" never depends on the time zone of the computer that happens to run the code.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with the Gregorian calendar and Latin digits: the parts are plain numbers whatever
    // the user's locale settings (a Thai or Arabic locale would otherwise change both).
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
}

/** The calendar day an instant falls on in `timeZone`. Throws RangeError for an unknown zone. */
export function calendarParts(epochMs: number, timeZone: string): CalendarParts {
  const parts = formatter(timeZone).formatToParts(new Date(epochMs));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** 'YYYY-MM-DD' of an instant in the shop's time zone, e.g. the day of an assessment. */
export function calendarDate(epochMs: number, timeZone: string): IsoDate {
  const { year, month, day } = calendarParts(epochMs, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
