import { eq, sql } from 'drizzle-orm';
import type { AppDb } from '../client';
import { numberSeries } from '../schema';
import { preparedQueries } from './statements';
import { calendarParts } from '../../shared/time/calendar';
import {
  DEFAULT_SERIES,
  formatNumber,
  type NumberSeries,
  type NumberSeriesUpdate,
  type SeriesKey,
} from '../../shared/numbering/pattern';

/*
 * Gap-free numbering. nextNumber() reads the series row and advances it inside the caller's
 * transaction (every command runs in one IMMEDIATE transaction), so the number and the
 * document that uses it commit together or not at all: a failed save never consumes a number,
 * and no two saves can get the same one.
 */

interface Position {
  pattern: string;
  resetYearly: boolean;
  period: string;
  seq: number;
  year: number;
  month: number;
}

const queries = preparedQueries((db) => {
  const values = {
    pattern: sql.placeholder('pattern'),
    resetYearly: sql.placeholder('resetYearly'),
    period: sql.placeholder('period'),
    nextSeq: sql.placeholder('nextSeq'),
    updatedAt: sql.placeholder('updatedAt'),
  };
  return {
    series: db
      .select()
      .from(numberSeries)
      .where(eq(numberSeries.key, sql.placeholder('key')))
      .prepare(),
    write: db
      .insert(numberSeries)
      .values({ key: sql.placeholder('key'), ...values })
      .onConflictDoUpdate({
        target: numberSeries.key,
        set: {
          pattern: sql`excluded.pattern`,
          resetYearly: sql`excluded.reset_yearly`,
          period: sql`excluded.period`,
          nextSeq: sql`excluded.next_seq`,
          updatedAt: sql`excluded.updated_at`,
        },
      })
      .prepare(),
  };
});

/** Where the series stands at `now`: a new year restarts a yearly series at 1. */
function position(db: AppDb, key: SeriesKey, now: number, timeZone: string): Position {
  const row = queries(db).series.get({ key });
  const config = row ?? DEFAULT_SERIES[key];
  const { year, month } = calendarParts(now, timeZone);
  const period = config.resetYearly ? String(year) : '';
  const seq = row && row.period === period ? row.nextSeq : 1;
  return { pattern: config.pattern, resetYearly: config.resetYearly, period, seq, year, month };
}

function write(db: AppDb, key: SeriesKey, p: Pick<Position, 'pattern' | 'resetYearly' | 'period' | 'seq'>, now: number) {
  // Booleans are stored as 0/1 (the column's mode maps them; a placeholder's value is bound as is).
  queries(db).write.run({
    key,
    pattern: p.pattern,
    resetYearly: p.resetYearly ? 1 : 0,
    period: p.period,
    nextSeq: p.seq,
    updatedAt: now,
  });
}

/** The series as Settings shows it, with the number the next document would get today. */
export function getSeries(db: AppDb, key: SeriesKey, now: number, timeZone: string): NumberSeries {
  const p = position(db, key, now, timeZone);
  return {
    key,
    pattern: p.pattern,
    resetYearly: p.resetYearly,
    nextSeq: p.seq,
    nextNumber: formatNumber(p.pattern, { year: p.year, month: p.month, seq: p.seq }),
  };
}

/** Guards against a pattern change that could only produce numbers already used. */
const MAX_SKIPS = 100_000;

/**
 * Allocates the next number of a series. Must run inside the transaction that saves the
 * document. Numbers already on a document (`isTaken`: a pre-printed card typed in by hand, or
 * numbers issued before a pattern change) are skipped: they are in use, so the series stays
 * without gaps and without repeats.
 */
export function nextNumber(
  db: AppDb,
  key: SeriesKey,
  now: number,
  timeZone: string,
  isTaken: (candidate: string) => boolean = () => false,
): string {
  if (!db.$client.inTransaction) throw new Error('nextNumber must run inside the transaction that saves the document');
  const p = position(db, key, now, timeZone);
  for (let seq = p.seq; seq < p.seq + MAX_SKIPS; seq++) {
    const candidate = formatNumber(p.pattern, { year: p.year, month: p.month, seq });
    if (isTaken(candidate)) continue;
    write(db, key, { ...p, seq: seq + 1 }, now);
    return candidate;
  }
  throw new Error(`number series ${key}: no free number after ${MAX_SKIPS} tries`);
}

/** Settings: a new pattern, yearly restart, or the running number to continue from. */
export function updateSeries(db: AppDb, update: NumberSeriesUpdate, now: number, timeZone: string): void {
  const { year } = calendarParts(now, timeZone);
  write(
    db,
    update.key,
    {
      pattern: update.pattern,
      resetYearly: update.resetYearly,
      period: update.resetYearly ? String(year) : '',
      seq: update.nextSeq,
    },
    now,
  );
}
