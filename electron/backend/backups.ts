import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import * as schema from '../../db/schema';
import type { AppDb } from '../../db/client';
import { copyBackup, listBackups, pruneBackups, takeBackup, type BackupFile, type CopyCheck } from '../../db/backup';
import { verifyChain } from '../../db/queries/document-chain';
import { readSetting, writeSetting } from '../../db/queries/settings';
import { AppError } from '../../shared/api/errors';
import type { BackupCopy, BackupStatus } from '../../shared/schemas/backup';
import { z } from '../../shared/schemas/zod';
import { readChainContent } from './use-cases/verify-records';
import type { Logger } from './context';

/*
 * When backups are taken, and where: at start (once the file is known sound), every few hours
 * while changes happen, on quit when anything changed, and before a restore (pre-upgrade copies
 * are taken by db/open.ts). Each goes to <data folder>/backups and, when the owner chose one, to a
 * second folder; old automatic copies are pruned by the rotation (shared/backups/rotation.ts).
 */

export const SECOND_FOLDER_KEY = 'backup.secondFolder';
/** A copy is taken this often while changes happen. */
export const BACKUP_INTERVAL_MS = 3 * 3600 * 1000;
/** At start a copy is taken unless the newest is younger than this. */
const START_AFTER_MS = 3600 * 1000;
/** How often the schedule looks whether one is due. */
const SCHEDULE_TICK_MS = 10 * 60 * 1000;
const DAY_MS = 24 * 3600 * 1000;

export type BackupReason = 'start' | 'scheduled' | 'quit' | 'manual' | 'before-restore';

export interface BackupService {
  /** Takes a backup now (one at a time: a second call while one runs gets the same one). */
  take(reason: BackupReason): Promise<BackupFile>;
  /** Takes one only when something changed since the last, or at start when the newest is old. */
  takeIfDue(reason: 'start' | 'scheduled' | 'quit'): Promise<BackupFile | null>;
  status(): BackupStatus;
  /** Every backup in the backups folder and the second folder, newest first. */
  list(): BackupFile[];
  /** A backup by its folder and name, only from those two folders (the renderer names it). */
  find(folder: string, name: string): BackupFile | undefined;
  setSecondFolder(db: AppDb, folder: string | null, now: number): void;
  startSchedule(): void;
  stopSchedule(): void;
}

export interface BackupServiceOptions {
  /** The open database (a restore replaces it). */
  connection: () => { sqlite: Database.Database; db: AppDb };
  dir: string;
  nativeBinding?: string;
  log: Logger;
  now: () => number;
  /** The shop's time zone: the rotation keeps one copy per day and month of the shop's calendar. */
  timeZone: () => string;
}

/** The copy's newest chain entry links to the one before, hashes right and matches its document. */
export const newestChainEntryCheck: CopyCheck = (copy) => {
  const db = drizzle(copy, { schema }) as AppDb;
  const last = copy.prepare('SELECT seq FROM document_chain ORDER BY seq DESC LIMIT 1').pluck().get() as number | undefined;
  if (last === undefined) return [];
  const before = copy.prepare('SELECT seq FROM document_chain WHERE seq < ? ORDER BY seq DESC LIMIT 1').pluck().get(last) as
    number | undefined;
  const report = verifyChain(db, readChainContent, before ?? 0, 1);
  return report.firstBreak
    ? [`chain entry ${report.firstBreak.seq} (${report.firstBreak.docNo}): ${report.firstBreak.problem}`]
    : [];
};

const storedFolder = z.string().nullable();

function toCopy(b: BackupFile): BackupCopy {
  return { name: b.name, folder: b.folder, kind: b.kind, at: b.at, bytes: b.bytes };
}

function changesOf(sqlite: Database.Database): number {
  return sqlite.prepare('SELECT total_changes()').pluck().get() as number;
}

/** A second folder must exist, be a folder and take new files; checked when the owner sets it. */
function assertUsableFolder(folder: string): void {
  if (!isAbsolute(folder)) throw new AppError('backup_folder_unusable', 'not an absolute path', { folder });
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new AppError('backup_folder_unusable', 'missing or not a folder', { folder });
  }
}

export function createBackupService(options: BackupServiceOptions): BackupService {
  let running: Promise<BackupFile> | null = null;
  // Writes of this session so far (the open's own bookkeeping counts as none).
  let changesAtLast = changesOf(options.connection().sqlite);
  let lastError: BackupStatus['lastError'] = null;
  let timer: NodeJS.Timeout | null = null;
  const secondFolder = () => readSetting(options.connection().db, SECOND_FOLDER_KEY, storedFolder) ?? null;

  async function run(reason: BackupReason): Promise<BackupFile> {
    const { sqlite } = options.connection();
    const changes = changesOf(sqlite);
    const started = options.now();
    let primary: BackupFile;
    try {
      primary = await takeBackup(sqlite, {
        dir: options.dir,
        kind: reason === 'before-restore' ? 'before-restore' : 'auto',
        now: new Date(started),
        check: newestChainEntryCheck,
        nativeBinding: options.nativeBinding,
      });
    } catch (error) {
      lastError = { at: options.now(), folder: options.dir, message: String(error) };
      options.log.error(`backup (${reason}) failed`, error);
      throw error;
    }
    changesAtLast = changes;
    lastError = null;
    options.log.info(`backup (${reason}) ${primary.file}: ${primary.bytes} bytes in ${options.now() - started} ms, checked`);
    const pruned = pruneBackups(options.dir, options.timeZone());
    if (pruned.length > 0) options.log.info(`backups pruned: ${pruned.join(', ')}`);
    const second = secondFolder();
    if (second) {
      try {
        copyBackup(primary, second, newestChainEntryCheck, options.nativeBinding);
        pruneBackups(second, options.timeZone());
      } catch (error) {
        // The backup itself is good; the owner is told the second copy is missing.
        lastError = { at: options.now(), folder: second, message: String(error) };
        options.log.error(`backup copy to ${second} failed`, error);
      }
    }
    return primary;
  }

  const service: BackupService = {
    take(reason) {
      running ??= run(reason).finally(() => {
        running = null;
      });
      return running;
    },
    async takeIfDue(reason) {
      const newest = listBackups(options.dir)[0];
      const age = newest ? options.now() - newest.at : Infinity;
      const changed = changesOf(options.connection().sqlite) !== changesAtLast;
      const due = reason === 'start' ? age >= START_AFTER_MS : reason === 'quit' ? changed : changed && age >= BACKUP_INTERVAL_MS;
      return due ? service.take(reason) : null;
    },
    status() {
      const newest = listBackups(options.dir)[0] ?? null;
      const second = secondFolder();
      const newestSecond = second ? (listBackups(second)[0] ?? null) : null;
      return {
        folder: options.dir,
        secondFolder: second,
        newest: newest && toCopy(newest),
        newestSecond: newestSecond && toCopy(newestSecond),
        stale: !newest || options.now() - newest.at > DAY_MS,
        running: running !== null,
        lastError,
      };
    },
    list() {
      const second = secondFolder();
      return [...listBackups(options.dir), ...(second ? listBackups(second) : [])].sort((a, b) => b.at - a.at);
    },
    find(folder, name) {
      return service.list().find((b) => b.folder === folder && b.name === name);
    },
    setSecondFolder(db, folder, now) {
      if (folder !== null) assertUsableFolder(folder);
      writeSetting(db, SECOND_FOLDER_KEY, folder, now);
    },
    startSchedule() {
      if (timer) return;
      timer = setInterval(() => {
        service.takeIfDue('scheduled').catch(() => undefined); // logged and kept in the status
      }, SCHEDULE_TICK_MS);
      timer.unref();
    },
    stopSchedule() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
  return service;
}
