import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { AppDb } from '../client';
import { settings } from '../schema';
import { preparedQueries } from './statements';

const queries = preparedQueries((db) => ({
  value: db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, sql.placeholder('key')))
    .prepare(),
}));

/**
 * Reads a setting and validates it. A missing or damaged value (hand-edited, or from a bug)
 * yields `fallback` instead of crashing the app; the damaged value stays in place until the
 * user saves again, so nothing is lost silently.
 */
export function readSetting<S extends z.ZodType>(db: AppDb, key: string, schema: S): z.output<S> | undefined {
  const row = queries(db).value.get({ key });
  if (!row) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(row.value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function writeSetting(db: AppDb, key: string, value: unknown, now: number): void {
  const json = JSON.stringify(value);
  db.insert(settings)
    .values({ key, value: json, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: now } })
    .run();
}

export function readRawSetting(db: AppDb, key: string): string | undefined {
  return db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}
