import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { testCore, tempDir } from '../helpers';
import { listBackups, takeBackup } from '../../db/backup';
import { installRestore, stageRestore } from '../../db/restore';
import { openDatabase } from '../../db/open';
import { approvedTicket, call, must, pay, payShop } from './payments/fixtures';
import { MIGRATIONS } from '../helpers';

const HOUR = 3600 * 1000;
const names = async (core: ReturnType<typeof testCore>) =>
  must(await call(core, 'customers.list', {}))
    .items.map((c: { name: string }) => c.name)
    .sort();

describe('restoring a backup from the app', () => {
  it('shows what a backup holds, restores it, keeps the replaced file, and numbering goes on from the backup', async () => {
    const s = await payShop(testCore());
    const first = await approvedTicket(s);
    const r1 = must(await pay(s, first.id, [{ method: 'cash', amount: 30_000 }]));
    const backup = must(await call(s.core, 'backups.create', {}));
    s.core.clock.now += HOUR;
    must(await call(s.core, 'customers.create', { name: '后来的客户', phones: [{ number: '13700001111' }] }));
    const second = await approvedTicket(s);
    must(await pay(s, second.id, [{ method: 'cash', amount: 10_000 }]));

    const listed = must(await call(s.core, 'backups.list', {}));
    expect(listed.map((b) => b.name)).toEqual([backup.name]);
    const details = must(await call(s.core, 'backups.inspect', { folder: backup.folder, name: backup.name }));
    expect(details).toMatchObject({ customers: 1, receipts: 1, lastReceiptNo: r1.receiptNo, chainHead: { seq: 1 } });

    const result = must(await call(s.core, 'backups.restore', { folder: backup.folder, name: backup.name }));
    expect(result.restored.name).toBe(backup.name);
    expect(await names(s.core)).toEqual(['陈大文']);
    expect(must(await call(s.core, 'records.verify', {})).ok).toBe(true);
    // The file it replaced is kept whole, and a checked backup of it was taken first.
    const aside = new Database(result.setAside, { readonly: true });
    expect(aside.prepare('SELECT count(*) FROM receipts').pluck().get()).toBe(2);
    aside.close();
    expect(result.backupBefore?.kind).toBe('before-restore');
    // The next receipt follows the restored one: no number skipped, none reused.
    const again = await approvedTicket(s);
    const r2 = must(await pay(s, again.id, [{ method: 'cash', amount: 30_000 }]));
    const seq = (no: string) => Number(/(\d+)$/.exec(no)![1]);
    expect(seq(r2.receiptNo)).toBe(seq(r1.receiptNo) + 1);
  });

  it('a backup that fails its check is not restored, and nothing changes', async () => {
    const core = testCore();
    must(await call(core, 'customers.create', { name: '陈大文', phones: [{ number: '13800138000' }] }));
    const backup = must(await call(core, 'backups.create', {}));
    const file = join(backup.folder, backup.name);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0, pageSize * 2, pageSize * 6);
    writeFileSync(file, bytes);
    must(await call(core, 'customers.create', { name: '李娜', phones: [{ number: '13900001111' }] }));
    const r = await call(core, 'backups.restore', { folder: backup.folder, name: backup.name });
    expect(r).toMatchObject({ ok: false, error: { code: 'restore_backup_damaged' } });
    expect(await names(core)).toEqual(['李娜', '陈大文']);
    expect(existsSync(`${core.context.info.dataFile}.restoring`)).toBe(false);
  });

  it('only restores backups from the backups folders, by their own names', async () => {
    const core = testCore();
    const elsewhere = tempDir();
    await takeBackup(core.opened.sqlite, { dir: elsewhere, kind: 'auto', now: new Date(core.clock.now) });
    const name = listBackups(elsewhere)[0]!.name;
    expect(await call(core, 'backups.restore', { folder: elsewhere, name })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await call(core, 'backups.inspect', { folder: elsewhere, name: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });

  it('a -wal left beside the file by a crash is set aside, not replayed into the restored copy', async () => {
    const dir = tempDir();
    const file = join(dir, 'shop.sqlite');
    const opened = openDatabase({ file, migrationsFolder: MIGRATIONS });
    opened.sqlite.prepare(`INSERT INTO customers(name, name_fold, created_at, updated_at) VALUES ('备份里的', 'x', 1, 1)`).run();
    const backup = await takeBackup(opened.sqlite, {
      dir: join(dir, 'backups'),
      kind: 'auto',
      now: new Date(Date.UTC(2026, 10, 1)),
    });
    // Later work that only reached the -wal before the crash.
    opened.sqlite.pragma('wal_autocheckpoint = 0');
    opened.sqlite.prepare(`INSERT INTO customers(name, name_fold, created_at, updated_at) VALUES ('崩溃前的', 'y', 2, 2)`).run();
    copyFileSync(`${file}-wal`, join(dir, 'crash-wal'));
    opened.sqlite.close();
    copyFileSync(join(dir, 'crash-wal'), `${file}-wal`);

    const staged = stageRestore(backup, file);
    const aside = installRestore(file, staged, new Date(Date.UTC(2026, 10, 2)));
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${aside}-wal`)).toBe(true);
    const restored = openDatabase({ file, migrationsFolder: MIGRATIONS });
    expect(restored.sqlite.prepare('SELECT name FROM customers').pluck().all()).toEqual(['备份里的']);
    restored.sqlite.close();
    // The set-aside file still has the crashed session's work, with its -wal beside it.
    const old = new Database(aside);
    expect(old.prepare('SELECT name FROM customers ORDER BY id').pluck().all()).toEqual(['备份里的', '崩溃前的']);
    old.close();
  });
});
