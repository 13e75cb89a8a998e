import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  /** JSON, validated with the matching zod schema when read. */
  value: text('value').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
