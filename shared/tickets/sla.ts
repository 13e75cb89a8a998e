import { z } from '../schemas/zod';
import { addDays, isIsoDate } from '../warranty/dates';
import type { IsoDate } from '../warranty/types';
import { DAY_MS, endOfLocalDay, localDate, weekday } from './local-time';

/*
 * Service promises (DOMAIN.md "Service promises (SLA)"): the promised date of a ticket, set at
 * intake from the shop's policy, and the deadlines to answer a request or complaint.
 *
 * Three kinds of duration, and how each is counted from the intake instant:
 *  - hours: elapsed time, to the millisecond ("24小时内"), whatever the wall clock does: 24 h
 *    across a daylight-saving change is still 24 h. Business hours are NOT applied: the seeds
 *    promise hours on the clock, and a shop that closes at night or at weekends should use
 *    working days for its repair promises.
 *  - working_days: the day of intake does not count, whatever the hour (a ticket taken at 17:55
 *    gets no part of that day); then N days that are not a weekend day or a holiday, where
 *    make-up working days (调休, a Saturday or Sunday worked in place of a holiday) do count.
 *    The promise runs to the end of the Nth such day in the shop's time zone.
 *  - days: calendar days from the day after intake, where a holiday inside the window pushes
 *    the promise back one day (seed 001: "一周内修理完毕发回，遇法定节假日，维修时间顺延");
 *    weekends count. To the end of that day.
 * The result names both the instant (for "overdue" checks) and the shop-local date (printed on
 * the intake ticket).
 */

export const SLA_CHANNELS = ['walk_in', 'mail_in', 'on_site'] as const;
export type SlaChannel = (typeof SLA_CHANNELS)[number];

/** urgent = seed "紧急问题", normal = "一般问题", low = "一般咨询". */
export const SLA_URGENCIES = ['urgent', 'normal', 'low'] as const;
export type SlaUrgency = (typeof SLA_URGENCIES)[number];

export const DURATION_UNITS = ['hours', 'days', 'working_days'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface SlaDuration {
  unit: DurationUnit;
  value: number;
}

export interface SlaPolicy {
  /** When the repair is promised back, per channel and urgency. */
  repair: Record<SlaChannel, Record<SlaUrgency, SlaDuration>>;
  /** First contact and a full answer to a request or complaint, per urgency. */
  response: Record<SlaUrgency, { contact: SlaDuration; answer: SlaDuration }>;
  /** A repair request is accepted (confirmed to the customer) within this. */
  accept: SlaDuration;
  /** A ticket ready (or declined) and not collected for more than this many days is flagged. */
  uncollectedAfterDays: number;
}

/** The shop's working calendar. Holidays change every year; the shop keeps the list. */
export interface WorkingCalendar {
  /** Days of the week the shop does not work: 0 = Sunday … 6 = Saturday. */
  weekend: readonly number[];
  /** Public holidays, 'YYYY-MM-DD'. */
  holidays: readonly IsoDate[];
  /** Weekend days worked in place of a holiday (调休上班日), 'YYYY-MM-DD'. */
  makeUpWorkdays: readonly IsoDate[];
}

const h = (value: number): SlaDuration => ({ unit: 'hours', value });

/**
 * Seed 001 values:
 *  - walk-in: urgent answered within 24 h ("紧急问题…24小时内给予解决"); otherwise the complex
 *    repair ceiling of 3 working days ("复杂故障…最长不超过3个工作日"), which is also used for
 *    low urgency since the seeds have no longer repair promise.
 *  - mail-in: 7 days from receipt, holidays extending it, whatever the urgency (the post is the
 *    post) — "签收后的一周内修理完毕发回".
 *  - on-site: on site within 24 h / 48 h / 72 h by urgency ("48小时内到达现场"; 24 and 72 are
 *    the answer times of the urgent and enquiry tiers).
 *  - response: urgent contact 1 h, answer 24 h; normal 2 h / 48 h; low 4 h / 72 h.
 *  - a repair request is accepted within 24 h ("24小时内接受报修").
 *  - uncollected after 30 days (DOMAIN.md).
 */
export const DEFAULT_SLA_POLICY: SlaPolicy = {
  repair: {
    walk_in: { urgent: h(24), normal: { unit: 'working_days', value: 3 }, low: { unit: 'working_days', value: 3 } },
    mail_in: { urgent: { unit: 'days', value: 7 }, normal: { unit: 'days', value: 7 }, low: { unit: 'days', value: 7 } },
    on_site: { urgent: h(24), normal: h(48), low: h(72) },
  },
  response: {
    urgent: { contact: h(1), answer: h(24) },
    normal: { contact: h(2), answer: h(48) },
    low: { contact: h(4), answer: h(72) },
  },
  accept: h(24),
  uncollectedAfterDays: 30,
};

/** Saturday and Sunday off, no holidays: replace the lists with the year's official ones. */
export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = { weekend: [0, 6], holidays: [], makeUpWorkdays: [] };

export interface Due {
  /** The last instant that still keeps the promise (UTC epoch ms). */
  at: number;
  /** That instant's calendar day in the shop's time zone. */
  date: IsoDate;
}

export interface SlaContext {
  /** The shop's IANA time zone, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  calendar?: WorkingCalendar;
}

function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  if (calendar.makeUpWorkdays.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  return !calendar.weekend.includes(weekday(date));
}

/** The instant and local day by which `duration` from `from` has passed. */
export function dueAfter(from: number, duration: SlaDuration, context: SlaContext): Due {
  if (!Number.isSafeInteger(from)) throw new RangeError(`Not an instant: ${from}`);
  if (!Number.isSafeInteger(duration.value) || duration.value < 0) throw new RangeError(`Not a duration: ${duration.value}`);
  const { timeZone } = context;
  if (duration.unit === 'hours') {
    const at = from + duration.value * 3_600_000;
    return { at, date: localDate(at, timeZone) };
  }
  const calendar = context.calendar ?? DEFAULT_WORKING_CALENDAR;
  if (new Set(calendar.weekend).size >= 7) throw new RangeError('A working calendar needs at least one working day a week');
  let date = localDate(from, timeZone);
  let left = duration.value;
  while (left > 0) {
    date = addDays(date, 1);
    const counts = duration.unit === 'working_days' ? isWorkingDay(date, calendar) : !calendar.holidays.includes(date);
    if (counts) left -= 1;
  }
  return { at: endOfLocalDay(date, timeZone), date };
}

/** The promised date of a repair taken in at `intakeAt`. */
export function promisedRepair(
  intakeAt: number,
  channel: SlaChannel,
  urgency: SlaUrgency,
  policy: SlaPolicy,
  context: SlaContext,
): Due & { duration: SlaDuration } {
  const duration = policy.repair[channel][urgency];
  return { ...dueAfter(intakeAt, duration, context), duration };
}

/** When the customer must first be contacted, and when fully answered. */
export function responseDeadlines(
  receivedAt: number,
  urgency: SlaUrgency,
  policy: SlaPolicy,
  context: SlaContext,
): { contactBy: Due; answerBy: Due } {
  const tier = policy.response[urgency];
  return { contactBy: dueAfter(receivedAt, tier.contact, context), answerBy: dueAfter(receivedAt, tier.answer, context) };
}

/** Past the promise: strictly after its last instant. */
export function isOverdue(promisedAt: number, now: number): boolean {
  return now > promisedAt;
}

/** Waiting for more than `days` × 24 h since `since` (elapsed time, like hours above). */
export function waitingTooLong(since: number, now: number, days: number): boolean {
  return now - since > days * DAY_MS;
}

/** Ready (or declined) since `readySince` and still not collected after the policy's days. */
export function isUncollected(readySince: number, now: number, policy: Pick<SlaPolicy, 'uncollectedAfterDays'>): boolean {
  return waitingTooLong(readySince, now, policy.uncollectedAfterDays);
}

/* Validation of a shop's own policy and calendar (settings). */

export const SLA_VALIDATION_KEYS = ['invalidDate', 'noWorkingDay', 'duplicateDate'] as const;
export type SlaValidationKey = (typeof SLA_VALIDATION_KEYS)[number];
export const slaKey = (k: SlaValidationKey) => `validation.sla.${k}`;

/** At most a year in any unit: a longer promise is a typing mistake. */
const durationSchema = z
  .object({ unit: z.enum(DURATION_UNITS), value: z.number().int({ error: 'validation.integer' }).min(1).max(8760) })
  .strict()
  .superRefine((d, ctx) => {
    if (d.unit !== 'hours' && d.value > 365)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'validation.numberTooBig?max=365' });
  });

const perUrgency = <T extends z.ZodType>(schema: T) => z.object({ urgent: schema, normal: schema, low: schema }).strict();

export const slaPolicySchema = z
  .object({
    repair: z
      .object({ walk_in: perUrgency(durationSchema), mail_in: perUrgency(durationSchema), on_site: perUrgency(durationSchema) })
      .strict(),
    response: perUrgency(z.object({ contact: durationSchema, answer: durationSchema }).strict()),
    accept: durationSchema,
    uncollectedAfterDays: z.number().int({ error: 'validation.integer' }).min(1).max(365),
  })
  .strict();

const dateList = z
  .array(z.string().refine((v) => isIsoDate(v), { error: slaKey('invalidDate') }))
  .max(400)
  .superRefine((dates, ctx) => {
    const seen = new Set<string>();
    dates.forEach((d, i) => {
      if (seen.has(d)) ctx.addIssue({ code: 'custom', path: [i], message: slaKey('duplicateDate') });
      seen.add(d);
    });
  });

export const workingCalendarSchema = z
  .object({
    weekend: z
      .array(z.number().int().min(0).max(6))
      .max(7)
      .refine((days) => new Set(days).size < 7, { error: slaKey('noWorkingDay') }),
    holidays: dateList,
    makeUpWorkdays: dateList,
  })
  .strict();
