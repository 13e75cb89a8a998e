import type Database from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Automatic daily copies of the shop database, so a failing disk or a deleted file costs at most
 * a day. Copies are made with SQLite's online backup (consistent while the app keeps working)
 * into <data folder>/backups/auto-YYYYMMDD-HHMMSS.sqlite; the newest `keep` are kept.
 * (Copies taken before an upgrade are named before-upgrade-… and are never pruned.)
 */
export const AUTO_PREFIX = 'auto-';
const AUTO_NAME = /^auto-(\d{8})-(\d{6})\.sqlite$/;

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** When each automatic copy was taken (UTC), newest first, from the file names. */
export function listAutoBackups(dir: string): { file: string; at: number }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .map((name) => {
      const m = AUTO_NAME.exec(name);
      if (!m) return undefined;
      const [d, t] = [m[1]!, m[2]!];
      const at = Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6));
      return { file: join(dir, name), at };
    })
    .filter((x): x is { file: string; at: number } => x !== undefined)
    .sort((a, b) => b.at - a.at);
}

/** A copy is due when none was taken in the last `intervalMs`. */
export function backupDue(dir: string, now: number, intervalMs: number): boolean {
  const newest = listAutoBackups(dir)[0];
  return !newest || now - newest.at >= intervalMs;
}

/** Takes a copy now and prunes old ones; returns the new file. */
export async function backupNow(sqlite: Database.Database, dir: string, now: Date, keep: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${AUTO_PREFIX}${stamp(now)}.sqlite`);
  await sqlite.backup(file);
  for (const old of listAutoBackups(dir).slice(keep)) rmSync(old.file, { force: true });
  return file;
}
