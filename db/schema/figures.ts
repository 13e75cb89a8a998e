import { sqliteTable, integer, text, index, primaryKey } from 'drizzle-orm/sqlite-core';

/**
 * The monthly figures' working copy, one row per shop day (and time zone): what was received,
 * completed, collected and rated that day, as JSON (db/queries/figures.ts). A month is added up
 * from its days, so a past month costs ~30 small rows instead of reading ~9 000 tickets. Never
 * the source of truth: triggers (migration 0010) delete a day as soon as anything it counted
 * changes, and the next read computes it again from the tickets.
 */
export const figureDays = sqliteTable(
  'figure_days',
  {
    timeZone: text('time_zone').notNull(),
    /** The shop's calendar date, YYYY-MM-DD. */
    day: text('day').notNull(),
    /** The day's first instant and the next day's, in that zone (ms). */
    fromAt: integer('from_at').notNull(),
    toAt: integer('to_at').notNull(),
    body: text('body').notNull(),
  },
  // Day first: the triggers look a day up by its date alone.
  (t) => [primaryKey({ columns: [t.day, t.timeZone] }), index('figure_days_from_idx').on(t.fromAt)],
);

/**
 * A closed month's figures as last computed from its kept days (everything but "uncollected",
 * which depends on today), JSON, per number of top entries listed. Deleted with any of its days.
 */
export const figureMonths = sqliteTable(
  'figure_months',
  {
    timeZone: text('time_zone').notNull(),
    /** YYYY-MM */
    month: text('month').notNull(),
    top: integer('top').notNull(),
    body: text('body').notNull(),
  },
  (t) => [primaryKey({ columns: [t.timeZone, t.month, t.top] })],
);
