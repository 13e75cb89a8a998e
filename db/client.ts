import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema';

/** The drizzle database every query function takes as its first parameter. */
export type AppDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
