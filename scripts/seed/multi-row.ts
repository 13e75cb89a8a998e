import type Database from 'better-sqlite3';

/**
 * `INSERT … VALUES (…), (…), …` statements for n rows at a time, prepared once per (table, n):
 * one call into SQLite per statement instead of per row (ticket-tables.ts, payments-rows.ts).
 */
export class MultiRowInserts<T extends string> {
  private readonly prepared = new Map<string, Database.Statement>();

  constructor(
    private readonly sqlite: Database.Database,
    private readonly tables: Readonly<Record<T, { head: string; tuple: string }>>,
  ) {}

  statement(table: T, rows: number): Database.Statement {
    const key = `${table}:${rows}`;
    let s = this.prepared.get(key);
    if (!s) {
      const { head, tuple } = this.tables[table];
      s = this.sqlite.prepare(head + Array.from({ length: rows }, () => tuple).join(', '));
      this.prepared.set(key, s);
    }
    return s;
  }
}
