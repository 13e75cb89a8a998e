import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SLA_POLICY,
  dueAfter,
  durationText,
  endOfLocalDay,
  isOverdue,
  isUncollected,
  localDate,
  localDateTime,
  prepareTimeZone,
  promisedRepair,
  responseDeadlines,
  SLA_VALIDATION_KEYS,
  slaPolicySchema,
  startOfLocalDay,
  ticketMessages,
  waitingTooLong,
  weekday,
  workingCalendarSchema,
  type SlaDuration,
  type WorkingCalendar,
} from '../../../shared/tickets';
import { addDays } from '../../../shared/warranty/dates';
import { LANGUAGES } from '../../../shared/i18n/languages';

const HOUR = 3_600_000;
const SHANGHAI = 'Asia/Shanghai';
const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';

/** A Shanghai wall-clock time (always UTC+8) as an instant. */
const sh = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h - 8, mi);
/** The last millisecond of a Shanghai day. */
const shEnd = (y: number, mo: number, d: number) => sh(y, mo, d + 1) - 1;

const WORKING_3: SlaDuration = { unit: 'working_days', value: 3 };
const DAYS_7: SlaDuration = { unit: 'days', value: 7 };

/** 2025 in mainland China, as the State Council published it (the parts these tests touch). */
const CHINA_2025: WorkingCalendar = {
  weekend: [0, 6],
  holidays: [
    '2025-04-04',
    '2025-04-05',
    '2025-04-06',
    '2025-05-01',
    '2025-05-02',
    '2025-05-03',
    '2025-05-04',
    '2025-05-05',
    '2026-01-01',
  ],
  makeUpWorkdays: ['2025-04-27'],
};
const PLAIN: WorkingCalendar = { weekend: [0, 6], holidays: [], makeUpWorkdays: [] };

describe('promised date in working days (walk-in, Shanghai)', () => {
  it.each<[string, number, WorkingCalendar, string]>([
    ['taken in Monday morning: Tue, Wed, Thu', sh(2025, 3, 3, 10), PLAIN, '2025-03-06'],
    ['taken in Friday at 17:55: the day does not count, nor the weekend', sh(2025, 3, 7, 17, 55), PLAIN, '2025-03-12'],
    ['taken in on a Saturday', sh(2025, 3, 8, 11), PLAIN, '2025-03-12'],
    ['taken in on a Sunday', sh(2025, 3, 9, 11), PLAIN, '2025-03-12'],
    ['across the end of February', sh(2025, 2, 27, 9), PLAIN, '2025-03-04'],
    ['across the end of February in a leap year', sh(2024, 2, 28, 9), PLAIN, '2024-03-04'],
    ['Qingming Friday off: Mon, Tue, Wed', sh(2025, 4, 3, 9), CHINA_2025, '2025-04-09'],
    ['the same, with no holiday list: Fri, Mon, Tue', sh(2025, 4, 3, 9), PLAIN, '2025-04-08'],
    ['the make-up Sunday 2025-04-27 counts', sh(2025, 4, 25, 9), CHINA_2025, '2025-04-29'],
    ['the Labour Day week is skipped', sh(2025, 4, 29, 9), CHINA_2025, '2025-05-07'],
    ['across the year end, New Year’s Day off', sh(2025, 12, 31, 9), CHINA_2025, '2026-01-06'],
    ['early morning Tuesday is Tuesday in Shanghai though still Monday in UTC', sh(2025, 3, 4, 7), PLAIN, '2025-03-07'],
  ])('%s → $3', (_label, intake, calendar, date) => {
    const due = dueAfter(intake, WORKING_3, { timeZone: SHANGHAI, calendar });
    expect(due.date).toBe(date);
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    expect(due.at).toBe(shEnd(y, m, d));
  });

  it('lets a shop work Saturdays', () => {
    const sixDays = { weekend: [0], holidays: [], makeUpWorkdays: [] };
    expect(dueAfter(sh(2025, 3, 6, 9), WORKING_3, { timeZone: SHANGHAI, calendar: sixDays }).date).toBe('2025-03-10');
  });
});

describe('promised date in calendar days, holidays extending it (mail-in)', () => {
  it.each<[string, number, WorkingCalendar, string]>([
    ['received Monday: a week later, weekends included', sh(2025, 3, 3, 15), PLAIN, '2025-03-10'],
    ['the three Qingming days push it three days', sh(2025, 4, 1, 15), CHINA_2025, '2025-04-11'],
    ['a single day off inside pushes it one day', sh(2025, 4, 1, 15), { ...PLAIN, holidays: ['2025-04-04'] }, '2025-04-09'],
    ['the Labour Day holidays push it five days', sh(2025, 4, 28, 15), CHINA_2025, '2025-05-10'],
    ['across the year end with New Year’s Day', sh(2025, 12, 28, 15), CHINA_2025, '2026-01-05'],
    ['across the end of a 30-day month', sh(2025, 4, 27, 10), PLAIN, '2025-05-04'],
  ])('%s → $3', (_label, intake, calendar, date) => {
    expect(dueAfter(intake, DAYS_7, { timeZone: SHANGHAI, calendar }).date).toBe(date);
  });
});

describe('promises in hours are elapsed time', () => {
  it('on-site within 48 h of a Monday 10:00 call: Wednesday 10:00', () => {
    const due = promisedRepair(sh(2025, 3, 3, 10), 'on_site', 'normal', DEFAULT_SLA_POLICY, { timeZone: SHANGHAI });
    expect(due).toEqual({ at: sh(2025, 3, 5, 10), date: '2025-03-05', duration: { unit: 'hours', value: 48 } });
  });

  it('ignores weekends and holidays: 24 h from New Year’s Eve 20:00 is New Year’s Day 20:00', () => {
    const due = dueAfter(sh(2025, 12, 31, 20), { unit: 'hours', value: 24 }, { timeZone: SHANGHAI, calendar: CHINA_2025 });
    expect(due).toEqual({ at: sh(2026, 1, 1, 20), date: '2026-01-01' });
  });

  it('24 h across the London spring change ends at 13:00 on the clock', () => {
    const intake = Date.UTC(2025, 2, 29, 12); // Saturday 12:00 GMT
    const due = dueAfter(intake, { unit: 'hours', value: 24 }, { timeZone: LONDON });
    expect(due.at).toBe(Date.UTC(2025, 2, 30, 12));
    expect(due.date).toBe('2025-03-30');
    expect(localDateTime(due.at, LONDON)).toMatchObject({ hour: 13, minute: 0 });
  });

  it('24 h across the New York autumn change ends at 11:00 on the clock', () => {
    const intake = Date.UTC(2025, 10, 1, 16); // Saturday 12:00 EDT
    const due = dueAfter(intake, { unit: 'hours', value: 24 }, { timeZone: NEW_YORK });
    expect(due.at).toBe(Date.UTC(2025, 10, 2, 16));
    expect(localDateTime(due.at, NEW_YORK)).toMatchObject({ day: 2, hour: 11 });
  });
});

describe('end of the promised day across daylight-saving changes', () => {
  it.each<[string, number, SlaDuration, string, string, number]>([
    // London: BST from 2025-03-30 01:00 UTC, GMT again from 2025-10-26 01:00 UTC.
    [
      'London, 3 working days over the spring change',
      Date.UTC(2025, 2, 28, 10),
      WORKING_3,
      LONDON,
      '2025-04-02',
      Date.UTC(2025, 3, 2, 22, 59, 59, 999),
    ],
    [
      'London, ending on the 23-hour day itself',
      Date.UTC(2025, 2, 23, 10),
      DAYS_7,
      LONDON,
      '2025-03-30',
      Date.UTC(2025, 2, 30, 22, 59, 59, 999),
    ],
    [
      'London, ending on the 25-hour day',
      Date.UTC(2025, 9, 19, 10),
      DAYS_7,
      LONDON,
      '2025-10-26',
      Date.UTC(2025, 9, 26, 23, 59, 59, 999),
    ],
    // New York: EST from 2025-11-02 06:00 UTC.
    [
      'New York, 3 working days over the autumn change',
      Date.UTC(2025, 9, 31, 14),
      WORKING_3,
      NEW_YORK,
      '2025-11-05',
      Date.UTC(2025, 10, 6, 4, 59, 59, 999),
    ],
    [
      'New York, 3 working days over the spring change',
      Date.UTC(2025, 2, 7, 15),
      WORKING_3,
      NEW_YORK,
      '2025-03-12',
      Date.UTC(2025, 2, 13, 3, 59, 59, 999),
    ],
    [
      'New York, late Friday evening is still Friday there',
      Date.UTC(2025, 2, 8, 3),
      WORKING_3,
      NEW_YORK,
      '2025-03-12',
      Date.UTC(2025, 2, 13, 3, 59, 59, 999),
    ],
  ])('%s → $4', (_label, intake, duration, timeZone, date, at) => {
    expect(dueAfter(intake, duration, { timeZone })).toEqual({ at, date });
  });

  it('starts a day whose midnight does not exist at the first minute that does (Santiago, 2025-09-07)', () => {
    const start = startOfLocalDay('2025-09-07', 'America/Santiago');
    expect(start).toBe(Date.UTC(2025, 8, 7, 4));
    expect(localDateTime(start, 'America/Santiago')).toMatchObject({ day: 7, hour: 1, minute: 0 });
    expect(localDate(start - 1, 'America/Santiago')).toBe('2025-09-06');
  });

  it('ends every local day one millisecond before the next begins, for any day and zone', () => {
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2010-01-01', n));
    const zone = fc.constantFrom(
      SHANGHAI,
      LONDON,
      NEW_YORK,
      'Asia/Hong_Kong',
      'Asia/Taipei',
      'Australia/Sydney',
      'America/Santiago',
    );
    fc.assert(
      fc.property(day, zone, (date, timeZone) => {
        const end = endOfLocalDay(date, timeZone);
        expect(localDate(end, timeZone)).toBe(date);
        expect(localDate(end + 1, timeZone)).toBe(addDays(date, 1));
        const start = startOfLocalDay(date, timeZone);
        expect(localDate(start, timeZone)).toBe(date);
        expect(localDate(start - 1, timeZone)).toBe(addDays(date, -1));
      }),
    );
  });
});

describe('working days, for any intake', () => {
  it('promise N working days after the intake day, on a working day', () => {
    const intake = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });
    fc.assert(
      fc.property(intake, fc.integer({ min: 1, max: 15 }), (at, n) => {
        const due = dueAfter(at, { unit: 'working_days', value: n }, { timeZone: SHANGHAI, calendar: CHINA_2025 });
        const isWorking = (d: string) =>
          CHINA_2025.makeUpWorkdays.includes(d) || (!CHINA_2025.holidays.includes(d) && ![0, 6].includes(weekday(d)));
        expect(isWorking(due.date)).toBe(true);
        let count = 0;
        for (let d = addDays(localDate(at, SHANGHAI), 1); d <= due.date; d = addDays(d, 1)) if (isWorking(d)) count++;
        expect(count).toBe(n);
        expect(due.at).toBeGreaterThan(at);
      }),
    );
  });
});

describe('the default policy follows seed 001', () => {
  const policy = DEFAULT_SLA_POLICY;
  it.each<[string, SlaDuration, SlaDuration]>([
    ['walk-in, urgent: 24 h', policy.repair.walk_in.urgent, { unit: 'hours', value: 24 }],
    ['walk-in, normal: complex repair at most 3 working days', policy.repair.walk_in.normal, WORKING_3],
    ['walk-in, low: also 3 working days', policy.repair.walk_in.low, WORKING_3],
    ['mail-in: repaired within 7 days of receipt', policy.repair.mail_in.normal, DAYS_7],
    ['mail-in, urgent: the post is the post', policy.repair.mail_in.urgent, DAYS_7],
    ['on-site, urgent: 24 h', policy.repair.on_site.urgent, { unit: 'hours', value: 24 }],
    ['on-site, normal: on site within 48 h', policy.repair.on_site.normal, { unit: 'hours', value: 48 }],
    ['on-site, low: 72 h', policy.repair.on_site.low, { unit: 'hours', value: 72 }],
    ['repair request accepted within 24 h', policy.accept, { unit: 'hours', value: 24 }],
    ['urgent fault: contact within 1 h', policy.response.urgent.contact, { unit: 'hours', value: 1 }],
    ['urgent fault: answer within 24 h', policy.response.urgent.answer, { unit: 'hours', value: 24 }],
    ['general problem: contact within 2 h', policy.response.normal.contact, { unit: 'hours', value: 2 }],
    ['general problem: answer within 48 h', policy.response.normal.answer, { unit: 'hours', value: 48 }],
    ['enquiry: contact within 4 h', policy.response.low.contact, { unit: 'hours', value: 4 }],
    ['enquiry: answer within 72 h', policy.response.low.answer, { unit: 'hours', value: 72 }],
  ])('%s', (_label, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('flags uncollected devices after 30 days', () => {
    expect(policy.uncollectedAfterDays).toBe(30);
  });

  it('gives an urgent complaint at 10:00 a call by 11:00 and an answer by 10:00 the next day', () => {
    const r = responseDeadlines(sh(2025, 3, 3, 10), 'urgent', policy, { timeZone: SHANGHAI });
    expect(r.contactBy).toEqual({ at: sh(2025, 3, 3, 11), date: '2025-03-03' });
    expect(r.answerBy).toEqual({ at: sh(2025, 3, 4, 10), date: '2025-03-04' });
  });

  it('gives an enquiry at 22:00 a call by 02:00, the next day', () => {
    const r = responseDeadlines(sh(2025, 3, 3, 22), 'low', policy, { timeZone: SHANGHAI });
    expect(r.contactBy).toEqual({ at: sh(2025, 3, 4, 2), date: '2025-03-04' });
    expect(r.answerBy.date).toBe('2025-03-06');
  });
});

describe('overdue and waiting', () => {
  const promised = shEnd(2025, 3, 6);
  it.each<[string, number, boolean]>([
    ['a minute before the end of the promised day', promised - 60_000, false],
    ['at its last millisecond', promised, false],
    ['at midnight after it', promised + 1, true],
  ])('%s: overdue %s', (_label, now, expected) => {
    expect(isOverdue(promised, now)).toBe(expected);
  });

  const ready = sh(2025, 3, 1, 10);
  it.each<[string, number, boolean]>([
    ['ready 29 days ago', ready + 29 * 24 * HOUR, false],
    ['exactly 30 days ago', ready + 30 * 24 * HOUR, false],
    ['30 days and a minute ago', ready + 30 * 24 * HOUR + 60_000, true],
    ['45 days ago', ready + 45 * 24 * HOUR, true],
  ])('%s: uncollected %s', (_label, now, expected) => {
    expect(isUncollected(ready, now, DEFAULT_SLA_POLICY)).toBe(expected);
    expect(waitingTooLong(ready, now, 30)).toBe(expected);
  });

  it('waits for parts too long after the shop’s own number of days', () => {
    expect(waitingTooLong(ready, ready + 7 * 24 * HOUR + 1, 7)).toBe(true);
    expect(waitingTooLong(ready, ready + 7 * 24 * HOUR, 7)).toBe(false);
  });
});

describe('bad input', () => {
  it('refuses an unknown time zone', () => {
    expect(() => dueAfter(sh(2025, 3, 3), WORKING_3, { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });

  it('refuses a week without a working day instead of looping for ever', () => {
    const never = { weekend: [0, 1, 2, 3, 4, 5, 6], holidays: [], makeUpWorkdays: [] };
    expect(() => dueAfter(sh(2025, 3, 3), WORKING_3, { timeZone: SHANGHAI, calendar: never })).toThrow(RangeError);
  });

  it('refuses a negative or fractional duration', () => {
    expect(() => dueAfter(0, { unit: 'hours', value: -1 }, { timeZone: SHANGHAI })).toThrow(RangeError);
    expect(() => dueAfter(0, { unit: 'days', value: 1.5 }, { timeZone: SHANGHAI })).toThrow(RangeError);
  });
});

describe('validating a shop’s policy and calendar', () => {
  const issues = (schema: typeof slaPolicySchema | typeof workingCalendarSchema, value: unknown) => {
    const r = schema.safeParse(value);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  };

  it('accepts the defaults', () => {
    expect(issues(slaPolicySchema, DEFAULT_SLA_POLICY)).toEqual([]);
    expect(issues(workingCalendarSchema, CHINA_2025)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    [
      'a promise of 0 hours',
      { ...DEFAULT_SLA_POLICY, accept: { unit: 'hours', value: 0 } },
      'accept.value validation.numberTooSmall?min=1',
    ],
    [
      '400 working days',
      { ...DEFAULT_SLA_POLICY, accept: { unit: 'working_days', value: 400 } },
      'accept.value validation.numberTooBig?max=365',
    ],
    ['weeks as a unit', { ...DEFAULT_SLA_POLICY, accept: { unit: 'weeks', value: 1 } }, 'accept.unit validation.invalidChoice'],
    [
      'uncollected after 0 days',
      { ...DEFAULT_SLA_POLICY, uncollectedAfterDays: 0 },
      'uncollectedAfterDays validation.numberTooSmall?min=1',
    ],
  ])('refuses %s', (_label, value, expected) => {
    expect(issues(slaPolicySchema, value)).toEqual([expected]);
  });

  it.each<[string, unknown, string]>([
    ['an impossible holiday', { ...PLAIN, holidays: ['2025-02-30'] }, 'holidays.0 validation.sla.invalidDate'],
    ['a holiday listed twice', { ...PLAIN, holidays: ['2025-05-01', '2025-05-01'] }, 'holidays.1 validation.sla.duplicateDate'],
    ['a seven-day weekend', { ...PLAIN, weekend: [0, 1, 2, 3, 4, 5, 6] }, 'weekend validation.sla.noWorkingDay'],
    ['a weekday 7', { ...PLAIN, weekend: [7] }, 'weekend.0 validation.numberTooBig?max=6'],
  ])('refuses %s', (_label, value, expected) => {
    expect(issues(workingCalendarSchema, value)).toEqual([expected]);
  });

  it('has a text for every validation.sla key in every language', () => {
    for (const lang of LANGUAGES)
      for (const k of SLA_VALIDATION_KEYS) expect(ticketMessages[lang].validation[k].trim()).not.toBe('');
  });
});

describe('durations in words', () => {
  it.each<[SlaDuration, string, string, string]>([
    [{ unit: 'hours', value: 24 }, '24 小时', '24 小時', '24 hours'],
    [{ unit: 'hours', value: 1 }, '1 小时', '1 小時', '1 hour'],
    [WORKING_3, '3 个工作日', '3 個工作日', '3 working days'],
    [DAYS_7, '7 天', '7 天', '7 days'],
  ])('%j', (duration, hans, hant, en) => {
    expect([durationText(duration, 'zh-Hans'), durationText(duration, 'zh-Hant'), durationText(duration, 'en')]).toEqual([
      hans,
      hant,
      en,
    ]);
  });
});

describe('preparing the shop’s time zone ahead of the first screen', () => {
  it('knows a real zone and then formats in it; refuses one that does not exist', () => {
    expect(prepareTimeZone('Asia/Shanghai')).toBe(true);
    expect(localDate(Date.UTC(2025, 0, 1, 16, 30), 'Asia/Shanghai')).toBe('2025-01-02');
    expect(prepareTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(prepareTimeZone('')).toBe(false);
  });
});
