import { sqliteTable, integer, text } from 'drizzle-orm/sqlite-core';

/** Staff (no PINs yet): who stamps status changes, quote decisions and pickups. Never deleted. */
export const staff = sqliteTable('staff', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** 'staff' | 'technician' | 'owner'. */
  role: text('role').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});
