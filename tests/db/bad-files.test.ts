import { describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase, type IntegrityCheck } from '../../db/open';
import { cleanMarkerPath, writeCleanMarker } from '../../db/clean-shutdown';
import { createCustomer } from '../../db/queries/customers';
import { customerFieldsSchema } from '../../shared/schemas/customer';
import { AppError, type ErrorCode } from '../../shared/api/errors';
import { MIGRATIONS, tempDir } from '../helpers';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function openError(file: string, integrityCheck: IntegrityCheck = 'after-unclean-shutdown'): ErrorCode {
  try {
    const opened = openDatabase({ file, migrationsFolder: MIGRATIONS, integrityCheck });
    opened.sqlite.close();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error(`${file} was opened`);
}

/** A shop file with a few hundred customers, checkpointed and closed cleanly. */
function shopFile(dir: string): string {
  const file = join(dir, 'shop.sqlite');
  const opened = openDatabase({ file, migrationsFolder: MIGRATIONS });
  opened.sqlite.transaction(() => {
    for (let i = 0; i < 300; i++) {
      const fields = customerFieldsSchema.parse({
        name: `客户${i}`,
        phones: [{ number: `1380000${String(i).padStart(4, '0')}` }],
      });
      createCustomer(opened.db, fields, i);
    }
  })();
  opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  opened.sqlite.close();
  return file;
}

/** The root page of the customers table, as SQLite numbers pages (from 1). */
function customersRootPage(file: string): number {
  const db = new Database(file, { readonly: true });
  const page = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'customers'`).pluck().get() as number;
  db.close();
  return page;
}

function zeroPage(file: string, page: number): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  bytes.fill(0, (page - 1) * pageSize, page * pageSize);
  writeFileSync(file, bytes);
}

describe('a bad database file is refused before anything is written to it', () => {
  it('a file with one zeroed page: refused as damaged, byte for byte unchanged', () => {
    const file = shopFile(tempDir());
    zeroPage(file, customersRootPage(file));
    const before = sha(file);
    expect(openError(file)).toBe('db_corrupt');
    expect(openError(file, 'always')).toBe('db_corrupt');
    expect(sha(file)).toBe(before);
  });

  it('a zero-byte file is refused, not turned into a new empty shop', () => {
    const file = join(tempDir(), 'shop.sqlite');
    writeFileSync(file, '');
    expect(openError(file)).toBe('db_empty_file');
    expect(statSync(file).size).toBe(0);
  });

  it('an empty SQLite file of another program is refused, not migrated into', () => {
    const file = join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.pragma('user_version = 7'); // a valid, table-less SQLite file
    other.close();
    const before = sha(file);
    expect(openError(file)).toBe('db_not_ours');
    expect(sha(file)).toBe(before);
  });

  it('another program’s SQLite file with tables, or with its own application id, is refused', () => {
    const dir = tempDir();
    const withTables = join(dir, 'notes.sqlite');
    const a = new Database(withTables);
    a.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    a.close();
    const marked = join(dir, 'marked.sqlite');
    const b = new Database(marked);
    b.pragma('application_id = 1234');
    b.close();
    for (const file of [withTables, marked]) {
      const before = sha(file);
      expect(openError(file)).toBe('db_not_ours');
      expect(sha(file)).toBe(before);
    }
  });

  it('a read-only file gets its own message and stays as it was', () => {
    const file = shopFile(tempDir());
    chmodSync(file, 0o444);
    const before = sha(file);
    expect(openError(file)).toBe('db_read_only');
    expect(sha(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    chmodSync(file, 0o644);
  });

  it('a read-only folder gets the read-only message (SQLite needs its -wal beside the file)', () => {
    const dir = tempDir();
    const file = shopFile(dir);
    chmodSync(dir, 0o555);
    try {
      expect(openError(file)).toBe('db_read_only');
      expect(openError(join(dir, 'new.sqlite'))).toBe('db_read_only');
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it('a folder where the file should be gets its own message', () => {
    const file = join(tempDir(), 'shop.sqlite');
    mkdirSync(file);
    writeFileSync(join(file, 'keep.txt'), 'x');
    expect(openError(file)).toBe('db_is_folder');
    expect(readdirSync(file)).toEqual(['keep.txt']);
  });

  it('a file another program holds locked gets its own message (not "busy, try again")', () => {
    const file = shopFile(tempDir());
    const holder = new Database(file);
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      expect(openError(file)).toBe('db_locked');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('a file that is not SQLite at all is refused as damaged, unchanged', () => {
    const file = join(tempDir(), 'shop.sqlite');
    writeFileSync(file, 'not a database '.repeat(500));
    const before = sha(file);
    expect(openError(file)).toBe('db_corrupt');
    expect(sha(file)).toBe(before);
  });

  it('a new shop is built under a temporary name: a stale half-made one is replaced, never used', () => {
    const dir = tempDir();
    const file = join(dir, 'shop.sqlite');
    writeFileSync(`${file}.creating`, 'left by a crash');
    const opened = openDatabase({ file, migrationsFolder: MIGRATIONS });
    expect(opened.created).toBe(true);
    expect(opened.checked).toBe('created');
    opened.sqlite.close();
    expect(existsSync(`${file}.creating`)).toBe(false);
  });
});

describe('the clean-shutdown marker decides whether the full check runs', () => {
  it('a file left by a clean shutdown opens without the check; the marker is gone once writing starts', () => {
    const file = shopFile(tempDir());
    expect(writeCleanMarker(file)).toBe(true);
    const opened = openDatabase({ file, migrationsFolder: MIGRATIONS, integrityCheck: 'after-unclean-shutdown' });
    expect(opened.checked).toBe('clean-shutdown');
    expect(existsSync(cleanMarkerPath(file))).toBe(false);
    opened.sqlite.close();
    // No clean shutdown recorded (as after a crash): the next start checks in full.
    const next = openDatabase({ file, migrationsFolder: MIGRATIONS, integrityCheck: 'after-unclean-shutdown' });
    expect(next.checked).toBe('quick_check');
    next.sqlite.close();
  });

  it('a file changed after the marker was written is checked, and refused when damaged', () => {
    const file = shopFile(tempDir());
    writeCleanMarker(file);
    zeroPage(file, customersRootPage(file));
    expect(openError(file)).toBe('db_corrupt');
  });

  it('a -wal with transactions in it means the last session did not end cleanly', () => {
    const file = shopFile(tempDir());
    writeCleanMarker(file);
    // Another connection commits and is left open: its frames stay in the -wal.
    const other = new Database(file);
    other.pragma('wal_autocheckpoint = 0');
    other.prepare(`UPDATE customers SET name = '改过' WHERE id = 1`).run();
    const opened = openDatabase({ file, migrationsFolder: MIGRATIONS, integrityCheck: 'after-unclean-shutdown' });
    expect(opened.checked).toBe('quick_check');
    opened.sqlite.close();
    other.close();
  });

  it('damage the marker cannot see (same size and time) is the background check’s to find', () => {
    const file = shopFile(tempDir());
    const second = Math.floor(Date.now() / 1000) - 60; // whole seconds survive utimes exactly
    utimesSync(file, second, second);
    writeCleanMarker(file);
    zeroPage(file, customersRootPage(file));
    utimesSync(file, second, second);
    // Trusted at start (documented limit); electron/main/integrity.ts then stops the writes.
    const opened = openDatabase({ file, migrationsFolder: MIGRATIONS, integrityCheck: 'after-unclean-shutdown' });
    expect(opened.checked).toBe('clean-shutdown');
    expect(opened.sqlite.pragma('quick_check', { simple: true })).not.toBe('ok');
    opened.sqlite.close();
  });
});
