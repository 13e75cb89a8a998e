import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID, openDatabase } from '../../db/open';
import { createCustomer, getCustomer, searchCustomers } from '../../db/queries/customers';
import { customerFieldsSchema } from '../../shared/schemas/customer';
import { AppError } from '../../shared/api/errors';
import { MIGRATIONS, tempDir } from '../helpers';
import { journal, migrationsFolder } from './migrations';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function catchError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('opening the shop database', () => {
  it('creates a new file, applies every migration and sets the pragmas', () => {
    const file = join(tempDir(), 'shop.sqlite');
    const opened = openDatabase({ file, migrationsFolder: MIGRATIONS, appVersion: '1.2.3' });
    expect(opened.created).toBe(true);
    expect(opened.applied).toBe(journal.entries.length);
    expect(opened.backupFile).toBeNull();
    const p = (name: string) => opened.sqlite.pragma(name, { simple: true });
    expect(p('journal_mode')).toBe('wal');
    expect(p('foreign_keys')).toBe(1);
    expect(p('synchronous')).toBe(2); // FULL
    expect(p('busy_timeout')).toBe(5000);
    expect(p('application_id')).toBe(APPLICATION_ID);
    opened.sqlite.close();
    const again = openDatabase({ file, migrationsFolder: MIGRATIONS });
    expect(again.applied).toBe(0);
    again.sqlite.close();
  });

  it('upgrading a file with data copies it aside first and keeps every row', () => {
    const dir = tempDir();
    const file = join(dir, 'shop.sqlite');
    // A database from the first release: only the first migration, with customers in it.
    const old = openDatabase({ file, migrationsFolder: migrationsFolder(1) });
    old.sqlite.prepare(`INSERT INTO customers(name, name_fold, created_at, updated_at) VALUES ('陈大文', '陈大文', 1, 1)`).run();
    old.sqlite
      .prepare(
        `INSERT INTO customer_phones(customer_id, position, number, label, digits_rev) VALUES (1, 0, '13800138000', 'mobile', '00083100831')`,
      )
      .run();
    old.sqlite.close();

    const upgraded = openDatabase({ file, migrationsFolder: MIGRATIONS, backupDir: join(dir, 'backups') });
    expect(upgraded.applied).toBe(journal.entries.length - 1);
    expect(upgraded.backupFile).toMatch(/backups\/before-upgrade-.*-schema1\.sqlite$/);
    expect(existsSync(upgraded.backupFile!)).toBe(true);
    expect(getCustomer(upgraded.db, 1)?.name).toBe('陈大文');
    // The backup is a complete, openable copy of the old database.
    const backup = new Database(upgraded.backupFile!, { readonly: true });
    expect(backup.prepare('SELECT name FROM customers').pluck().all()).toEqual(['陈大文']);
    backup.close();
    upgraded.sqlite.close();
  });

  it('a migration that fails leaves the data exactly as it was and names the backup', () => {
    const dir = tempDir();
    const file = join(dir, 'shop.sqlite');
    const first = openDatabase({ file, migrationsFolder: MIGRATIONS });
    createCustomer(first.db, customerFieldsSchema.parse({ name: '李娜', phones: [{ number: '13900001111' }] }), 1);
    first.sqlite.close();

    const broken = migrationsFolder(journal.entries.length, [
      { tag: '9998_ok_part', sql: 'CREATE TABLE will_be_rolled_back (id INTEGER);' },
      { tag: '9999_broken', sql: 'ALTER TABLE customers ADD COLUMN x TEXT;\n--> statement-breakpoint\nTHIS IS NOT SQL;' },
    ]);
    const error = catchError(() => openDatabase({ file, migrationsFolder: broken, backupDir: join(dir, 'b') }));
    expect(error.code).toBe('db_migration_failed');
    expect(String(error.params?.backup)).toContain(join(dir, 'b'));

    const after = openDatabase({ file, migrationsFolder: MIGRATIONS });
    expect(after.applied).toBe(0);
    expect(after.sqlite.prepare(`SELECT count(*) FROM sqlite_schema WHERE name = 'will_be_rolled_back'`).pluck().get()).toBe(0);
    expect(after.sqlite.prepare(`SELECT count(*) FROM pragma_table_info('customers') WHERE name = 'x'`).pluck().get()).toBe(0);
    expect(searchCustomers(after.db, '李娜', 5).map((c) => c.name)).toEqual(['李娜']);
    after.sqlite.close();
  });

  it('refuses a database written by a newer version and does not touch it', () => {
    const file = join(tempDir(), 'shop.sqlite');
    const newer = openDatabase({
      file,
      migrationsFolder: migrationsFolder(journal.entries.length, [
        { tag: '9999_future', sql: 'CREATE TABLE future (id INTEGER);' },
      ]),
      appVersion: '9.0.0',
    });
    newer.sqlite.close();
    const before = sha(file);
    const error = catchError(() => openDatabase({ file, migrationsFolder: MIGRATIONS, appVersion: '0.1.0' }));
    expect(error.code).toBe('db_newer_version');
    expect(error.params).toEqual({ dbVersion: '9.0.0', appVersion: '0.1.0' });
    expect(sha(file)).toBe(before);
  });

  it('refuses a SQLite file that belongs to another program', () => {
    const file = join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    other.close();
    const before = sha(file);
    expect(catchError(() => openDatabase({ file, migrationsFolder: MIGRATIONS })).code).toBe('db_not_ours');
    expect(sha(file)).toBe(before);
  });

  it('reports a damaged file as damaged, without changing it', () => {
    const dir = tempDir();
    const file = join(dir, 'shop.sqlite');
    const good = openDatabase({ file, migrationsFolder: MIGRATIONS });
    good.sqlite.close();
    const bytes = readFileSync(file);
    bytes.fill(0x5a, 0, 100); // destroy the header
    writeFileSync(file, bytes);
    const before = sha(file);
    expect(catchError(() => openDatabase({ file, migrationsFolder: MIGRATIONS })).code).toBe('db_corrupt');
    expect(sha(file)).toBe(before);

    const text = join(dir, 'notes.sqlite');
    writeFileSync(text, 'this is a text file, not a database '.repeat(200));
    expect(catchError(() => openDatabase({ file: text, migrationsFolder: MIGRATIONS })).code).toBe('db_corrupt');
  });

  it('each migration upgrades a database holding data without losing any of it', () => {
    // Walk the chain: open at migration k with data, upgrade to k+1, check the data.
    const dir = tempDir();
    const file = join(dir, 'walk.sqlite');
    let opened = openDatabase({ file, migrationsFolder: migrationsFolder(1) });
    opened.sqlite.prepare(`INSERT INTO customers(name, name_fold, created_at, updated_at) VALUES ('王伟', '王伟', 1, 1)`).run();
    opened.sqlite.prepare(`INSERT INTO settings(key, value, updated_at) VALUES ('shop.profile', '{"name":"x"}', 1)`).run();
    opened.sqlite.close();
    for (let k = 2; k <= journal.entries.length; k++) {
      const folder = migrationsFolder(k);
      cpSync(file, join(dir, `before-${k}.sqlite`));
      opened = openDatabase({ file, migrationsFolder: folder });
      expect(opened.applied, `migration ${k}`).toBe(1);
      expect(opened.sqlite.prepare('SELECT name FROM customers').pluck().all()).toEqual(['王伟']);
      expect(opened.sqlite.prepare(`SELECT value FROM settings WHERE key = 'shop.profile'`).pluck().get()).toBe('{"name":"x"}');
      opened.sqlite.close();
    }
    expect(readdirSync(dir).length).toBeGreaterThan(1);
    // Rows that existed before the search migration are searchable after it.
    opened = openDatabase({ file, migrationsFolder: MIGRATIONS });
    expect(searchCustomers(opened.db, '王伟', 5).map((c) => c.name)).toEqual(['王伟']);
    expect(searchCustomers(opened.db, '伟', 5)).toEqual([]);
    opened.sqlite.prepare(`UPDATE customers SET name_fold = 'wang wei lin' WHERE id = 1`).run();
    expect(searchCustomers(opened.db, 'wei l', 5).map((c) => c.name)).toEqual(['王伟']);
    opened.sqlite.close();
  });
});
