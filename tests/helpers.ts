import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createCore, type Core } from '../electron/backend/core';
import { silentLogger } from '../electron/backend/context';
import { openDatabase } from '../db/open';

export const MIGRATIONS = join(import.meta.dirname, '..', 'db', 'migrations');

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A fresh folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rc-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A migrated database in a real file, closed after the test. */
export function testDb() {
  const opened = openDatabase({ file: join(tempDir(), 'shop.sqlite'), migrationsFolder: MIGRATIONS });
  cleanups.push(() => opened.sqlite.close());
  return opened;
}

/** The whole core (dispatcher + handlers) on a real file, with a controllable clock. */
export function testCore(options: { now?: number; file?: string } = {}): Core & { clock: { now: number } } {
  const clock = { now: options.now ?? Date.UTC(2026, 10, 22, 2, 0, 0) };
  const core = createCore({
    file: options.file ?? join(tempDir(), 'shop.sqlite'),
    migrationsFolder: MIGRATIONS,
    version: '0.1.0-test',
    fontsDir: join(import.meta.dirname, '..', 'node_modules'),
    transport: 'preview',
    log: silentLogger,
    system: { language: 'zh-Hans', timeZone: 'Asia/Shanghai' },
    now: () => clock.now,
  });
  cleanups.push(() => core.close());
  return Object.assign(core, { clock });
}
