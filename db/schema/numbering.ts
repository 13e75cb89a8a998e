import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

/**
 * Running numbers of document series (warranty cards, later tickets and receipts). The row is
 * read and advanced inside the transaction that stores the document, so a number is used
 * exactly when its document is saved: no gaps, no repeats (db/queries/numbering.ts).
 */
export const numberSeries = sqliteTable('number_series', {
  key: text('key').primaryKey(),
  pattern: text('pattern').notNull(),
  resetYearly: integer('reset_yearly', { mode: 'boolean' }).notNull(),
  /** The year the running number counts in ('' when it never restarts). */
  period: text('period').notNull(),
  nextSeq: integer('next_seq').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
