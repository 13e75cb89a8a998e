import type Database from 'better-sqlite3';

/**
 * Prepared statements, compiled once per database connection and reused: preparing is the
 * expensive part of a small query. `const sql = statements((db) => ({ ... }))` then `sql(db)`.
 */
export function statements<T>(build: (db: Database.Database) => T): (db: Database.Database) => T {
  const cache = new WeakMap<Database.Database, T>();
  return (db) => {
    let s = cache.get(db);
    if (!s) {
      s = build(db);
      cache.set(db, s);
    }
    return s;
  };
}
