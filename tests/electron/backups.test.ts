import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { testCore, tempDir } from '../helpers';
import { listBackups } from '../../db/backup';
import { approvedTicket, call, must, pay, payShop } from './payments/fixtures';

const HOUR = 3600 * 1000;

describe('backups through the app', () => {
  it('Back up now writes a checked copy; the status shows its time, place and size', async () => {
    const core = testCore();
    const before = must(await call(core, 'backups.status', {}));
    expect(before.newest).toBeNull();
    expect(before.stale).toBe(true);
    const copy = must(await call(core, 'backups.create', {}));
    expect(copy.at).toBe(Math.floor(core.clock.now / 1000) * 1000);
    expect(copy.bytes).toBeGreaterThan(4096);
    const status = must(await call(core, 'backups.status', {}));
    expect(status.newest).toEqual(copy);
    expect(status.folder).toBe(copy.folder);
    expect(status.stale).toBe(false);
    expect(status.lastError).toBeNull();
    core.clock.now += 25 * HOUR;
    expect(must(await call(core, 'backups.status', {})).stale).toBe(true);
  });

  it('a copy whose newest chain entry does not match its receipt is refused and does not count', async () => {
    const s = await payShop(testCore());
    const t = await approvedTicket(s);
    must(await pay(s, t.id, [{ method: 'cash', amount: 30_000 }]));
    must(await call(s.core, 'backups.create', {}));
    const db = s.core.context.db.$client;
    db.exec('DROP TRIGGER receipts_no_update');
    db.prepare('UPDATE receipts SET amount = amount + 1').run();
    s.core.clock.now += HOUR;
    const r = await call(s.core, 'backups.create', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'backup_failed' } });
    const status = must(await call(s.core, 'backups.status', {}));
    expect(status.newest!.at).toBe(s.core.clock.now - HOUR - (s.core.clock.now % 1000));
    expect(status.lastError?.message).toContain('content');
    expect(readdirSync(status.folder)).toHaveLength(1);
  });

  it('copies every backup into the second folder the owner chose; refuses a folder that is not there', async () => {
    const core = testCore();
    const missing = await call(core, 'backups.setSecondFolder', { folder: join(tempDir(), 'no-such-usb') });
    expect(missing).toMatchObject({ ok: false, error: { code: 'backup_folder_unusable' } });
    expect(await call(core, 'backups.setSecondFolder', { folder: 'relative/path' })).toMatchObject({
      ok: false,
      error: { code: 'backup_folder_unusable' },
    });
    const usb = join(tempDir(), 'usb');
    mkdirSync(usb);
    expect(must(await call(core, 'backups.setSecondFolder', { folder: usb })).secondFolder).toBe(usb);
    const copy = must(await call(core, 'backups.create', {}));
    const status = must(await call(core, 'backups.status', {}));
    expect(status.newestSecond).toEqual({ ...copy, folder: usb });
    expect(must(await call(core, 'backups.setSecondFolder', { folder: null })).secondFolder).toBeNull();
  });

  it('is taken at start when the newest is old, every few hours only while changes happen, and on quit after a change', async () => {
    const core = testCore();
    const backups = core.context.backups;
    expect(await backups.takeIfDue('start')).not.toBeNull();
    expect(await backups.takeIfDue('quit')).toBeNull(); // nothing changed since
    core.clock.now += 4 * HOUR;
    expect(await backups.takeIfDue('scheduled')).toBeNull(); // hours passed, nothing changed
    must(await call(core, 'customers.create', { name: '陈大文', phones: [{ number: '13800138000' }] }));
    expect(await backups.takeIfDue('scheduled')).not.toBeNull(); // a change, and the newest is 4 h old
    must(await call(core, 'customers.create', { name: '李娜', phones: [{ number: '13900001111' }] }));
    core.clock.now += HOUR;
    expect(await backups.takeIfDue('scheduled')).toBeNull(); // a change, but the newest is 1 h old
    expect(await backups.takeIfDue('quit')).not.toBeNull();
    expect(listBackups(backups.status().folder)).toHaveLength(3);
  });
});
