import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { BackupCheckError, copyBackup, listBackups, pruneBackups, takeBackup } from '../../db/backup';
import { createCustomer } from '../../db/queries/customers';
import { customerFieldsSchema } from '../../shared/schemas/customer';
import { tempDir, testDb } from '../helpers';

const AT = new Date(Date.UTC(2026, 10, 22, 9, 30, 5));
const DAY = 24 * 3600 * 1000;

describe('backups', () => {
  it('copy the live database into one checked, self-contained file with everything saved so far', async () => {
    const { db, sqlite } = testDb();
    createCustomer(db, customerFieldsSchema.parse({ name: '陈大文', phones: [{ number: '13800138000' }] }), 1);
    const dir = tempDir();
    const backup = await takeBackup(sqlite, { dir, kind: 'auto', now: AT });
    expect(backup.file).toBe(join(dir, 'auto-20261122-093005.sqlite'));
    expect(backup.at).toBe(AT.getTime());
    expect(readdirSync(dir)).toEqual(['auto-20261122-093005.sqlite']); // no -wal, no partial
    const copy = new Database(backup.file, { readonly: true });
    expect(copy.prepare('SELECT name FROM customers').pluck().all()).toEqual(['陈大文']);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
  });

  it('a copy that fails its check never gets a backup’s name', async () => {
    const { sqlite } = testDb();
    const dir = tempDir();
    await expect(takeBackup(sqlite, { dir, kind: 'auto', now: AT, check: () => ['chain entry 3: hash'] })).rejects.toBeInstanceOf(
      BackupCheckError,
    );
    expect(readdirSync(dir)).toEqual([]);
    expect(listBackups(dir)).toEqual([]);
  });

  it('an interrupted copy or an empty file never counts as a backup, and is cleared by the next one', async () => {
    const { sqlite } = testDb();
    const dir = tempDir();
    // What a copy killed 40 ms in leaves behind (with this version, and with the old one).
    writeFileSync(join(dir, '.partial-auto-20261122-090000.sqlite'), Buffer.alloc(8192));
    writeFileSync(join(dir, 'auto-20261122-091000.sqlite'), '');
    writeFileSync(join(dir, 'auto-20261122-091500.sqlite'), 'SQLite format 3'); // truncated
    expect(listBackups(dir)).toEqual([]);
    const backup = await takeBackup(sqlite, { dir, kind: 'auto', now: AT });
    expect(listBackups(dir).map((b) => b.name)).toEqual([backup.name]);
    expect(existsSync(join(dir, '.partial-auto-20261122-090000.sqlite'))).toBe(false);
  });

  it('are copied, and checked again, into a second folder', async () => {
    const { sqlite } = testDb();
    const backup = await takeBackup(sqlite, { dir: tempDir(), kind: 'auto', now: AT });
    const usb = join(tempDir(), 'usb', 'RepairCounter');
    const copy = copyBackup(backup, usb);
    expect(copy.name).toBe(backup.name);
    expect(copy.folder).toBe(usb);
    expect(listBackups(usb)).toHaveLength(1);
  });

  it('pruning keeps what the rotation keeps, and every pre-upgrade and pre-restore copy', async () => {
    const { sqlite } = testDb();
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const first = await takeBackup(sqlite, { dir, kind: 'before-upgrade', now: new Date(AT.getTime() - 400 * DAY) });
    const restore = await takeBackup(sqlite, { dir, kind: 'before-restore', now: new Date(AT.getTime() - 300 * DAY) });
    // 34 copies a day apart, then 20 an hour apart today.
    for (let i = 34; i >= 1; i--) await takeBackup(sqlite, { dir, kind: 'auto', now: new Date(AT.getTime() - i * DAY) });
    for (let h = 19; h >= 0; h--) await takeBackup(sqlite, { dir, kind: 'auto', now: new Date(AT.getTime() - h * 3600 * 1000) });
    const removed = pruneBackups(dir, 'Asia/Shanghai');
    const left = listBackups(dir).map((b) => b.name);
    expect(left).toContain(first.name);
    expect(left).toContain(restore.name);
    expect(removed.length).toBeGreaterThan(0);
    for (const name of removed) expect(name.startsWith('auto-')).toBe(true);
    expect(left.length + removed.length).toBe(56);
    // 35 Shanghai days have copies (the hourly ones reach into yesterday); the newest 30 days are
    // kept, October's newest is among them: the copies of the 5 oldest days go.
    expect(removed).toHaveLength(5);
  });
});
