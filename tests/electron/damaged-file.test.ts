import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createCore, type Core } from '../../electron/backend/core';
import { silentLogger } from '../../electron/backend/context';
import { cleanMarkerPath, writeCleanMarker } from '../../db/clean-shutdown';
import { MIGRATIONS, tempDir } from '../helpers';

function core(file: string): Core {
  return createCore({
    file,
    migrationsFolder: MIGRATIONS,
    version: '0.1.0-test',
    fontsDir: join(import.meta.dirname, '..', '..', 'node_modules'),
    transport: 'preview',
    integrityCheck: 'after-unclean-shutdown',
    log: silentLogger,
    system: { language: 'zh-Hans', timeZone: 'Asia/Shanghai' },
  });
}

const customer = (i: number) => ({ name: `客户${i}`, phones: [{ number: `1390000${String(i).padStart(4, '0')}` }] });
const walSize = (file: string) => (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0);

/** A shop with customers, closed cleanly (so it carries a clean-shutdown marker). */
async function cleanShop(): Promise<string> {
  const file = join(tempDir(), 'shop.sqlite');
  const c = core(file);
  expect(c.opened.checked).toBe('created');
  for (let i = 0; i < 200; i++) expect((await c.dispatch('customers.create', customer(i))).ok).toBe(true);
  c.close();
  return file;
}

describe('the core never writes into a file known to be damaged', () => {
  it('a clean close leaves the marker, and the next start skips the full check', async () => {
    const file = await cleanShop();
    expect(existsSync(cleanMarkerPath(file))).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const again = core(file);
    expect(again.opened.checked).toBe('clean-shutdown');
    expect(existsSync(cleanMarkerPath(file))).toBe(false);
    // Killed instead of closed: no marker, so the start after it checks the file in full.
    again.opened.sqlite.close();
    const afterCrash = core(file);
    expect(afterCrash.opened.checked).toBe('quick_check');
    afterCrash.close();
  });

  it('once damage is reported every write is refused with db_corrupt and nothing reaches the file', async () => {
    const file = await cleanShop();
    const c = core(file);
    c.markDamaged('quick_check: page 7 never used');
    const wal = walSize(file);
    const r = await c.dispatch('customers.create', customer(999));
    expect(r).toMatchObject({ ok: false, error: { code: 'db_corrupt' } });
    expect(walSize(file)).toBe(wal);
    // Reading goes on: the owner can still look things up.
    expect((await c.dispatch('customers.list', {})).ok).toBe(true);
    c.close();
    expect(existsSync(cleanMarkerPath(file))).toBe(false);
  });

  it('SQLite reporting corruption during a call stops the writes from then on', async () => {
    const file = await cleanShop();
    const db = new Database(file, { readonly: true });
    const root = db.prepare(`SELECT rootpage FROM sqlite_schema WHERE name = 'customers'`).pluck().get() as number;
    db.close();
    // Damage that keeps the file's size and time, so the marker still matches (a failing disk).
    const second = Math.floor(Date.now() / 1000) - 60;
    utimesSync(file, second, second);
    writeCleanMarker(file);
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0, (root - 1) * pageSize, root * pageSize);
    writeFileSync(file, bytes);
    utimesSync(file, second, second);

    const c = core(file);
    expect(c.opened.checked).toBe('clean-shutdown');
    expect(await c.dispatch('customers.list', {})).toMatchObject({ ok: false, error: { code: 'db_corrupt' } });
    const wal = walSize(file);
    expect(await c.dispatch('staff.create', { name: '王师傅', role: 'technician' })).toMatchObject({
      ok: false,
      error: { code: 'db_corrupt' },
    });
    expect(walSize(file)).toBe(wal);
    c.close();
    expect(existsSync(cleanMarkerPath(file))).toBe(false);
  });
});
