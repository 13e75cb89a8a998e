import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDatabase } from '../../scripts/seed/main';
import { testDb } from '../helpers';

/*
 * The bulk load drops indexes and search triggers and builds them again at the end, with journal
 * and foreign-key checks off. What comes out must be a file the app cannot tell from one it
 * migrated and filled itself: the same schema, whole foreign keys, a consistent search index.
 */

const counts = { customers: 400, tickets: 900 };

/** Every table's rows, in id order, hashed: two files with the same hash hold the same data. */
function contentHash(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .pluck()
      .all() as string[];
    const hash = createHash('sha256');
    for (const t of tables) {
      hash.update(t);
      for (const row of db.prepare(`SELECT * FROM "${t}" ORDER BY 1`).raw().iterate()) hash.update(JSON.stringify(row));
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

describe('a seeded file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'seed-schema-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'one.sqlite');
  seedDatabase({ file, seed: 5, counts });

  it('has exactly the schema of a freshly migrated database: tables, indexes, triggers', () => {
    const schema = (d: Database.Database) =>
      d.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name`).all();
    const seeded = new Database(file, { readonly: true });
    try {
      expect(schema(seeded)).toEqual(schema(testDb().sqlite));
    } finally {
      seeded.close();
    }
  });

  it('keeps every foreign key, its search indexes and its integrity, and is back in WAL mode', () => {
    const db = new Database(file);
    try {
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('quick_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      for (const fts of ['customers_fts', 'products_fts'])
        expect(() => db.exec(`INSERT INTO ${fts}(${fts}, rank) VALUES ('integrity-check', 1)`), fts).not.toThrow();
      // A search row for every product: the FTS index was rebuilt from the whole table.
      const serial = db.prepare('SELECT serial_fold FROM products ORDER BY id DESC LIMIT 1').pluck().get() as string;
      const hits = db.prepare('SELECT rowid FROM products_fts WHERE products_fts MATCH ?').pluck().all(`"${serial}"`);
      expect(hits.length).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('is the same, table for table, when generated again with the same seed, and different with another', () => {
    const again = join(dir, 'again.sqlite');
    const other = join(dir, 'other.sqlite');
    seedDatabase({ file: again, seed: 5, counts });
    seedDatabase({ file: other, seed: 6, counts });
    expect(contentHash(again)).toBe(contentHash(file));
    expect(contentHash(other)).not.toBe(contentHash(file));
  }, 60_000);

  it('adding to an existing file keeps the indexes and search triggers working (no bulk shortcut)', () => {
    seedDatabase({ file, seed: 9, counts: { customers: 50, tickets: 60 } });
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM tickets').pluck().get()).toBe(960);
      expect(db.prepare('SELECT count(*) FROM customers_fts').pluck().get()).toBe(450);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  }, 60_000);
});
