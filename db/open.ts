import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../shared/api/errors';
import * as schema from './schema';
import type { AppDb } from './client';
import { checkDatabasePath } from './file-check';
import { takeBackupNow } from './backup';
import { matchesCleanMarker, removeCleanMarker } from './clean-shutdown';

/** Marks our files (PRAGMA application_id), so we never migrate someone else's database. */
export const APPLICATION_ID = 0x52435452; // "RCTR"

/**
 * How sure the open must be that the file is sound before the first write:
 * - 'always': PRAGMA quick_check first (tests, tools).
 * - 'after-unclean-shutdown': only when the clean-shutdown marker does not match the file
 *   (db/clean-shutdown.ts); a normal start skips the check, a start after a crash runs it.
 * - 'never': the caller takes the risk (the seed generator on a file it is creating).
 */
export type IntegrityCheck = 'always' | 'after-unclean-shutdown' | 'never';

export interface OpenOptions {
  file: string;
  migrationsFolder: string;
  /** Where to copy the file before migrating it; defaults to `<file's folder>/backups`. */
  backupDir?: string;
  /** better-sqlite3 native binding to load (the Electron build in development). */
  nativeBinding?: string;
  /** The app version, recorded in the database and quoted when a newer file is refused. */
  appVersion?: string;
  /** Default 'always'. */
  integrityCheck?: IntegrityCheck;
  now?: () => Date;
}

export interface OpenedDatabase {
  db: AppDb;
  sqlite: Database.Database;
  /** Migrations applied by this open (0 when already current). */
  applied: number;
  schemaVersion: number;
  /** The copy taken before migrating, if one was needed. */
  backupFile: string | null;
  created: boolean;
  /** How the file was found sound before the first write ('skipped' only with integrityCheck 'never'). */
  checked: 'created' | 'quick_check' | 'clean-shutdown' | 'skipped';
}

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

function readJournal(migrationsFolder: string): JournalEntry[] {
  const raw = readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
  return (JSON.parse(raw) as { entries: JournalEntry[] }).entries;
}

/**
 * Pragmas, chosen deliberately:
 * - WAL: readers never block the writer; one shop PC, one process, several windows.
 * - synchronous=FULL: every commit is fsynced before it returns. In WAL mode NORMAL could lose
 *   the last transactions on power loss — a receipt the customer already holds. A counter
 *   commits a few times a minute, so the fsync cost (~1-5 ms) is invisible.
 * - foreign_keys=ON, busy_timeout=5000 (a second window or a backup may hold the lock briefly).
 */
export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('cache_size = -32000'); // 32 MB page cache
}

function sqliteCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

/** Another program holding the file gets its own message after this long, not a frozen start. */
const OPEN_LOCK_TIMEOUT_MS = 1000;

function connect(file: string, options: OpenOptions): Database.Database {
  try {
    return new Database(file, {
      fileMustExist: true,
      timeout: OPEN_LOCK_TIMEOUT_MS,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    });
  } catch (error) {
    throw mapOpenError(error, file);
  }
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true });
}

/**
 * Opens (or creates) the shop database and brings it to the current schema.
 * Refuses files that are not ours, damaged, empty, read-only or written by a newer version —
 * without writing a byte to them. Copies an existing file aside before migrating it; a failed
 * migration is rolled back.
 */
export function openDatabase(options: OpenOptions): OpenedDatabase {
  const created = checkDatabasePath(options.file) === 'missing';
  if (created) createDatabase(options);
  return openExisting(options, created);
}

/**
 * A new shop file is built under a temporary name and renamed into place once complete, so a
 * crash during creation never leaves a half-made or zero-byte file where the shop's file belongs.
 */
function createDatabase(options: OpenOptions): void {
  const temp = `${options.file}.creating`;
  removeWithSidecars(temp);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(temp, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (error) {
    throw mapOpenError(error, options.file);
  }
  try {
    applyPragmas(sqlite);
    migrate(drizzle(sqlite, { schema }), { migrationsFolder: options.migrationsFolder });
    sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    sqlite.close();
    removeWithSidecars(temp);
    throw mapOpenError(error, options.file);
  }
  sqlite.close();
  renameSync(temp, options.file);
}

function openExisting(options: OpenOptions, created: boolean): OpenedDatabase {
  const now = options.now ?? (() => new Date());
  const journal = readJournal(options.migrationsFolder);
  const latest = journal.at(-1);
  const appSchema = journal.length;
  const mode = options.integrityCheck ?? 'always';
  // Asked before SQLite opens the file: opening may already replay a -wal into it.
  const cleanShutdown = mode === 'after-unclean-shutdown' && matchesCleanMarker(options.file);

  const sqlite = connect(options.file, options);
  try {
    // Reading the header first: a file that is not SQLite at all fails here, before any write.
    const appId = sqlite.pragma('application_id', { simple: true }) as number;
    const tables = sqlite
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    const hasMigrations = tables.includes('__drizzle_migrations');
    const foreign = appId !== 0 && appId !== APPLICATION_ID;
    // An empty SQLite file without our mark is another program's (ours are marked when created).
    const unmarkedEmpty = appId === 0 && tables.length === 0;
    if (foreign || unmarkedEmpty || (tables.length > 0 && !hasMigrations)) {
      throw new AppError('db_not_ours', `${options.file} is not a Repair Counter database`, { path: options.file });
    }

    let checked: OpenedDatabase['checked'] = 'skipped';
    if (created) checked = 'created';
    else if (cleanShutdown) checked = 'clean-shutdown';
    else if (mode !== 'never') {
      const result = sqlite.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new AppError('db_corrupt', `quick_check: ${String(result)}`, { path: options.file });
      checked = 'quick_check';
    }

    let applied = 0;
    let dbSchema = 0;
    let lastApplied = 0;
    if (hasMigrations) {
      const rows = sqlite.prepare('SELECT created_at FROM __drizzle_migrations').all() as { created_at: number }[];
      dbSchema = rows.length;
      lastApplied = Math.max(0, ...rows.map((r) => Number(r.created_at)));
      if (latest && lastApplied > latest.when) {
        const writtenBy = readAppVersion(sqlite);
        throw new AppError('db_newer_version', 'database schema is newer than this app', {
          dbVersion: writtenBy ?? `schema ${dbSchema}`,
          appVersion: options.appVersion ?? `schema ${appSchema}`,
        });
      }
    }

    // The first write of this session follows: the marker must not vouch for what comes next.
    removeCleanMarker(options.file);
    applyPragmas(sqlite);

    const pending = journal.filter((e) => e.when > lastApplied).length;
    let backupFile: string | null = null;
    if (pending > 0 && hasMigrations) {
      // Checked before it gets its name, like every backup (db/backup.ts); kept by the rotation.
      const dir = options.backupDir ?? join(options.file, '..', 'backups');
      const copy = takeBackupNow(sqlite, {
        dir,
        kind: 'before-upgrade',
        now: now(),
        schema: dbSchema,
        nativeBinding: options.nativeBinding,
      });
      backupFile = copy.file;
    }

    const db = drizzle(sqlite, { schema }) as AppDb;
    if (pending > 0) {
      try {
        migrate(db, { migrationsFolder: options.migrationsFolder });
      } catch (error) {
        throw new AppError('db_migration_failed', `migration failed: ${String(error)}`, {
          backup: backupFile ?? '',
        });
      }
      applied = pending;
    }
    if (appId !== APPLICATION_ID) sqlite.pragma(`application_id = ${APPLICATION_ID}`);
    if (options.appVersion) writeAppVersion(sqlite, options.appVersion, now().getTime());

    return { db, sqlite, applied: created ? appSchema : applied, schemaVersion: appSchema, backupFile, created, checked };
  } catch (error) {
    sqlite.close();
    throw mapOpenError(error, options.file);
  }
}

function mapOpenError(error: unknown, file: string): Error {
  if (error instanceof AppError) return error;
  const code = sqliteCode(error) ?? '';
  const params = { path: file };
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return new AppError('db_corrupt', String(error), params);
  // At start-up nothing of ours holds the file: a lock is another program (or another copy of the app).
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('db_locked', String(error), params);
  if (code.startsWith('SQLITE_READONLY')) return new AppError('db_read_only', String(error), params);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_IOERR')) {
    return new AppError('db_cannot_open', String(error), params);
  }
  return error instanceof Error ? error : new Error(String(error));
}

const APP_VERSION_KEY = 'app.version';

function readAppVersion(sqlite: Database.Database): string | undefined {
  try {
    const row = sqlite.prepare('SELECT value FROM settings WHERE key = ?').get(APP_VERSION_KEY) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as string) : undefined;
  } catch {
    return undefined;
  }
}

function writeAppVersion(sqlite: Database.Database, version: string, at: number): void {
  sqlite
    .prepare(
      `INSERT INTO settings(key, value, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at
       WHERE settings.value <> excluded.value`,
    )
    .run(APP_VERSION_KEY, JSON.stringify(version), at);
}
