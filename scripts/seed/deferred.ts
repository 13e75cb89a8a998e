import type Database from 'better-sqlite3';
import type { SeedContext } from './context';

/*
 * Bulk loading into empty tables: every secondary index and every FTS insert trigger costs a
 * B-tree insert per row, in random key order. Dropping them for the load and building them once
 * at the end (one sort per index, one FTS 'rebuild' per search table) is several times faster.
 * The very same SQL read from sqlite_schema is run again, so the file ends up with exactly the
 * schema the migrations made (tests/scripts/seed-schema.test.ts compares the two).
 */

interface SchemaObject {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

export interface Deferred {
  /** Builds the indexes, fills the FTS tables from their content tables, puts the triggers back. */
  restore(log: (message: string) => void): void;
}

/** Cache while building indexes, in KiB (negative): runs of ~4 MiB of keys. */
const SORT_CACHE = -4096;

const NOTHING: Deferred = { restore: () => {} };

/**
 * Drops the secondary indexes of `tables`, the AFTER INSERT triggers that feed `fts` (external-
 * content FTS5 tables named `<table>_fts`) and the triggers on `tables` that forget kept monthly
 * figures (`figure_days_*`, migration 0010: two or three per ticket, for a cache that is empty while
 * the file is being filled) — only when every one of `tables` is empty: adding to an existing
 * file keeps the ordinary path, since a rebuild would cost as much as the whole file.
 */
export function deferIndexes(sqlite: Database.Database, tables: readonly string[], fts: readonly string[] = []): Deferred {
  const empty = tables.every((t) => sqlite.prepare(`SELECT NOT EXISTS (SELECT 1 FROM "${t}")`).pluck().get() === 1);
  if (!empty) return NOTHING;
  const marks = tables.map(() => '?').join(',');
  const indexes = sqlite
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${marks})
       ORDER BY name`,
    )
    .all(...tables) as SchemaObject[];
  const triggers = fts.length
    ? (sqlite
        .prepare(
          `SELECT type, name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN (${fts.map(() => '?').join(',')})
           AND name LIKE '%\\_fts\\_ai' ESCAPE '\\' ORDER BY name`,
        )
        .all(...fts) as SchemaObject[])
    : [];
  const figures = sqlite
    .prepare(
      `SELECT type, name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN (${marks})
       AND name LIKE 'figure\\_days\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .all(...tables) as SchemaObject[];
  for (const o of [...indexes, ...triggers, ...figures]) sqlite.exec(`DROP ${o.type.toUpperCase()} "${o.name}"`);
  return {
    restore(log) {
      // SQLite's sorter keeps up to cache_size of keys in memory before it writes a sorted run.
      // With the load's large cache an index's keys are sorted in one run, on this thread; with a
      // small one they are cut into runs that the `threads` helpers sort on the other core, then
      // merged. The helpers only work with runs in temporary files: the app's temp_store=MEMORY
      // turns them off. ticket_events_status_at_idx (10M keys): 17.8 s → 8.1 s; the ticket
      // tables' 18 indexes at 1.1M tickets: 41 → 23 s. The same index either way.
      const cache = sqlite.pragma('cache_size', { simple: true }) as number;
      const temp = sqlite.pragma('temp_store', { simple: true }) as number;
      sqlite.pragma(`cache_size = ${SORT_CACHE}`);
      sqlite.pragma('temp_store = FILE');
      try {
        for (const i of indexes) {
          log(`building ${i.name}`);
          sqlite.exec(i.sql);
        }
      } finally {
        sqlite.pragma(`cache_size = ${cache}`);
        sqlite.pragma(`temp_store = ${temp}`);
      }
      for (const table of fts) {
        log(`building ${table}_fts`);
        sqlite.exec(`INSERT INTO "${table}_fts"("${table}_fts") VALUES ('rebuild')`);
      }
      for (const t of [...triggers, ...figures]) sqlite.exec(t.sql);
      // Whatever figures were kept before the load no longer add up (nothing told them about
      // the new rows): forget them all, they are worked out again when first looked at.
      if (figures.length > 0) sqlite.exec('DELETE FROM figure_days');
    },
  };
}

/**
 * Builds a step's deferred indexes now, or — when ticket workers are to come — once they have
 * their plan (`buildPostponed`, at the start of the tickets step). Customers, products and cards
 * are read by nothing but their primary keys until then, and their builds (~25 s at 1.1M tickets:
 * the products' trigram index alone ~13 s, on one core) then run while the workers tell the
 * first stories, instead of while the second core waits.
 */
export function buildWhenWorkersRun(ctx: SeedContext, label: string, deferred: Deferred): void {
  if (ctx.workers && (ctx.counts.tickets ?? 0) > 0) ctx.postponed.push({ label, deferred });
  else deferred.restore((m) => ctx.log(`${label}: ${m}`));
}

/** The builds buildWhenWorkersRun postponed, in the order their steps ran. */
export function buildPostponed(ctx: SeedContext): void {
  for (const { label, deferred } of ctx.postponed.splice(0)) deferred.restore((m) => ctx.log(`${label}: ${m}`));
}
