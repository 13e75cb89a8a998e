import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { backupsToKeep, type BackupKind } from '../shared/backups/rotation';

/*
 * Backups of the shop database that are real: each is written under a temporary name (".partial-…"),
 * reopened and checked (PRAGMA quick_check, plus the caller's own check: the newest chain entry),
 * flushed to disk, and only then renamed to its final name. A copy interrupted half-way (a crash,
 * a full disk, a pulled USB drive) never has a backup's name, so it never counts and is never
 * offered for restore. Backups are single self-contained files (rollback journal, no -wal).
 *
 * Names: <kind>-YYYYMMDD-HHMMSS.sqlite in UTC, with -schemaN after pre-upgrade copies.
 */

const NAME = /^(auto|before-upgrade|before-restore)-(\d{8})-(\d{6})(?:-schema\d+)?\.sqlite$/;
export const PARTIAL_PREFIX = '.partial-';
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

export interface BackupFile {
  name: string;
  file: string;
  folder: string;
  kind: BackupKind;
  /** When it was taken, ms since the Unix epoch (UTC), from its name. */
  at: number;
  bytes: number;
}

/** A check run on the reopened copy before it gets its name; returns the problems found. */
export type CopyCheck = (copy: Database.Database) => string[];

export function stamp(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

export function backupName(kind: BackupKind, at: Date, schema?: number): string {
  return `${kind}-${stamp(at)}${schema === undefined ? '' : `-schema${schema}`}.sqlite`;
}

function startsLikeSqlite(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(SQLITE_MAGIC.length);
      return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(SQLITE_MAGIC);
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * The backups in a folder, newest first. Files that only look like backups (a zero-byte or
 * truncated copy from an older version) are left out: they are not backups.
 */
export function listBackups(dir: string): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const m = NAME.exec(name);
    if (!m) continue;
    const file = join(dir, name);
    let bytes: number;
    try {
      bytes = statSync(file).size;
    } catch {
      continue;
    }
    if (bytes < 512 || !startsLikeSqlite(file)) continue;
    const [d, t] = [m[2]!, m[3]!];
    const at = Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8), +t.slice(0, 2), +t.slice(2, 4), +t.slice(4, 6));
    found.push({ name, file, folder: dir, kind: m[1] as BackupKind, at, bytes });
  }
  return found.sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1));
}

/** Reopens a copy, makes it self-contained and checks it; the problems found ([] is good). */
export function checkCopy(file: string, check?: CopyCheck, nativeBinding?: string): string[] {
  let copy: Database.Database;
  try {
    copy = new Database(file, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    return [String(error)];
  }
  try {
    // One file, no -wal beside it: a backup is copied, moved and restored as a single file.
    copy.pragma('journal_mode = DELETE');
    const rows = copy.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((r) => r.quick_check).filter((r) => r !== 'ok');
    if (problems.length > 0) return problems;
    return check ? check(copy) : [];
  } catch (error) {
    return [String(error)];
  } finally {
    copy.close();
  }
}

function flush(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // Folders cannot be opened for fsync on Windows; the file itself was flushed.
  } finally {
    closeSync(fd);
  }
}

/** Checks the copy at `temp`, flushes it, and renames it to `name` in `dir`; removes it on failure. */
function install(temp: string, dir: string, name: string, check: CopyCheck | undefined, nativeBinding?: string): BackupFile {
  const problems = checkCopy(temp, check, nativeBinding);
  if (problems.length > 0) {
    removeCopy(temp);
    throw new BackupCheckError(problems);
  }
  flush(temp);
  const file = join(dir, name);
  renameSync(temp, file);
  flush(dir);
  const backup = listBackups(dir).find((b) => b.name === name);
  if (!backup) throw new Error(`backup ${file} vanished after it was written`);
  return backup;
}

function removeCopy(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

export class BackupCheckError extends Error {
  constructor(readonly problems: string[]) {
    super(`the copy failed its check: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'BackupCheckError';
  }
}

/** Leftovers of copies that were interrupted (they never counted); removed before the next one. */
export function removePartials(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const partials = names.filter((n) => n.startsWith(PARTIAL_PREFIX));
  for (const name of partials) rmSync(join(dir, name), { force: true });
  return partials;
}

export interface TakeBackupOptions {
  dir: string;
  kind: BackupKind;
  now: Date;
  check?: CopyCheck;
  nativeBinding?: string;
}

/** A copy of the live database by SQLite's online backup API (the app keeps working meanwhile). */
export async function takeBackup(sqlite: Database.Database, options: TakeBackupOptions): Promise<BackupFile> {
  mkdirSync(options.dir, { recursive: true });
  removePartials(options.dir);
  const name = backupName(options.kind, options.now);
  const temp = join(options.dir, PARTIAL_PREFIX + name);
  try {
    await sqlite.backup(temp);
  } catch (error) {
    removeCopy(temp);
    throw error;
  }
  return install(temp, options.dir, name, options.check, options.nativeBinding);
}

/** The same, synchronously, with VACUUM INTO: before an upgrade, when nothing else runs yet. */
export function takeBackupNow(sqlite: Database.Database, options: TakeBackupOptions & { schema?: number }): BackupFile {
  mkdirSync(options.dir, { recursive: true });
  removePartials(options.dir);
  const name = backupName(options.kind, options.now, options.schema);
  const temp = join(options.dir, PARTIAL_PREFIX + name);
  try {
    sqlite.prepare('VACUUM INTO ?').run(temp);
  } catch (error) {
    removeCopy(temp);
    throw error;
  }
  return install(temp, options.dir, name, options.check, options.nativeBinding);
}

/** Copies a checked backup into another folder (a USB drive, a share), checked again there. */
export function copyBackup(backup: BackupFile, dir: string, check?: CopyCheck, nativeBinding?: string): BackupFile {
  mkdirSync(dir, { recursive: true });
  removePartials(dir);
  const temp = join(dir, PARTIAL_PREFIX + backup.name);
  try {
    copyFileSync(backup.file, temp);
  } catch (error) {
    removeCopy(temp);
    throw error;
  }
  return install(temp, dir, backup.name, check, nativeBinding);
}

/** Deletes the automatic copies the rotation no longer keeps (shared/backups/rotation.ts). */
export function pruneBackups(dir: string, timeZone: string): string[] {
  const all = listBackups(dir);
  const keep = backupsToKeep(all, timeZone);
  const removed = all.filter((b) => !keep.has(b.name));
  for (const b of removed) rmSync(b.file, { force: true });
  return removed.map((b) => b.name);
}
