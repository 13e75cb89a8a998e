import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { backupDue, backupNow, listAutoBackups } from '../../db/backup';
import { createCustomer } from '../../db/queries/customers';
import { customerFieldsSchema } from '../../shared/schemas/customer';
import { tempDir, testDb } from '../helpers';

const DAY = 24 * 3600 * 1000;

describe('automatic backups', () => {
  it('copies the live database, readable on its own, with everything saved so far', async () => {
    const { db, sqlite } = testDb();
    createCustomer(db, customerFieldsSchema.parse({ name: '陈大文', phones: [{ number: '13800138000' }] }), 1);
    const dir = tempDir();
    const file = await backupNow(sqlite, dir, new Date(Date.UTC(2026, 10, 22, 9, 30, 5)), 14);
    expect(file).toBe(join(dir, 'auto-20261122-093005.sqlite'));
    const copy = new Database(file, { readonly: true });
    expect(copy.prepare('SELECT name FROM customers').pluck().all()).toEqual(['陈大文']);
    expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('is due once a day and keeps only the newest copies, never the pre-upgrade ones', async () => {
    const { sqlite } = testDb();
    const dir = tempDir();
    const t0 = Date.UTC(2026, 10, 1, 8, 0, 0);
    expect(backupDue(dir, t0, DAY)).toBe(true);
    writeFileSync(join(dir, 'before-upgrade-20261030-080000-schema2.sqlite'), 'keep me');
    for (let day = 0; day < 5; day++) await backupNow(sqlite, dir, new Date(t0 + day * DAY), 3);
    const left = listAutoBackups(dir);
    expect(left.map((b) => b.at)).toEqual([t0 + 4 * DAY, t0 + 3 * DAY, t0 + 2 * DAY]);
    expect(existsSync(join(dir, 'before-upgrade-20261030-080000-schema2.sqlite'))).toBe(true);
    expect(backupDue(dir, t0 + 4 * DAY + DAY / 2, DAY)).toBe(false);
    expect(backupDue(dir, t0 + 5 * DAY, DAY)).toBe(true);
  });
});
