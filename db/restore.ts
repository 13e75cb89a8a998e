import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { BackupCheckError, checkCopy, stamp, type BackupFile, type CopyCheck } from './backup';

/*
 * Putting a backup in the place of the shop's file. The backup is first copied beside the file
 * and checked there (the copy that will be used, not the one in the backups folder); then the
 * current file — with its -wal and -shm, which SQLite would otherwise replay into the restored
 * copy — is set aside under a dated name, never deleted, and the checked copy renamed into place.
 */

export interface BackupSummary {
  /** What the backup holds, read from it without changing it. */
  customers: number | null;
  tickets: number | null;
  receipts: number | null;
  lastReceiptNo: string | null;
  /** The newest entry of its document chain (sequence and hash), if it has one. */
  chainHead: { seq: number; hash: string } | null;
}

function countOf(db: Database.Database, table: string): number | null {
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } catch {
    return null; // an older backup without that table
  }
}

export function summarizeBackup(backup: BackupFile, nativeBinding?: string): BackupSummary {
  const db = new Database(backup.file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    let lastReceiptNo: string | null = null;
    let chainHead: BackupSummary['chainHead'] = null;
    try {
      lastReceiptNo =
        (db.prepare('SELECT receipt_no FROM receipts ORDER BY id DESC LIMIT 1').pluck().get() as string | undefined) ?? null;
      chainHead =
        (db.prepare('SELECT seq, hash FROM document_chain ORDER BY seq DESC LIMIT 1').get() as BackupSummary['chainHead']) ??
        null;
    } catch {
      // A backup from before payments existed.
    }
    return {
      customers: countOf(db, 'customers'),
      tickets: countOf(db, 'tickets'),
      receipts: countOf(db, 'receipts'),
      lastReceiptNo,
      chainHead,
    };
  } finally {
    db.close();
  }
}

export function stagedPath(dataFile: string): string {
  return `${dataFile}.restoring`;
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

/** Copies the backup beside the shop's file and checks that copy; returns its path. */
export function stageRestore(backup: BackupFile, dataFile: string, check?: CopyCheck, nativeBinding?: string): string {
  const staged = stagedPath(dataFile);
  removeWithSidecars(staged);
  copyFileSync(backup.file, staged);
  const problems = checkCopy(staged, check, nativeBinding);
  if (problems.length > 0) {
    removeWithSidecars(staged);
    throw new BackupCheckError(problems);
  }
  return staged;
}

/**
 * With the database closed: the current file and its -wal/-shm go aside as
 * `<file>.replaced-<time>` (kept), the staged copy takes the file's name. Returns the set-aside name.
 */
export function installRestore(dataFile: string, staged: string, at: Date): string {
  const aside = `${dataFile}.replaced-${stamp(at)}`;
  const moved: [string, string][] = [];
  try {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      if (!existsSync(dataFile + suffix)) continue;
      renameSync(dataFile + suffix, aside + suffix);
      moved.push([aside + suffix, dataFile + suffix]);
    }
    renameSync(staged, dataFile);
  } catch (error) {
    // Put back whatever was moved: the shop keeps working on its own file.
    for (const [from, to] of moved.reverse()) if (existsSync(from) && !existsSync(to)) renameSync(from, to);
    throw error;
  }
  return aside;
}
