import { z } from './zod';
import type { BackupKind } from '../backups/rotation';

/** Settings → Backups: a second folder (USB drive, network share) that gets a copy of every backup. */
export const backupSecondFolderSchema = z
  .object({
    /** An absolute path; null stops copying to a second folder. */
    folder: z.string().trim().min(1).max(1000).nullable(),
  })
  .strict();

export interface BackupCopy {
  name: string;
  /** The folder it is in (the data folder's backups, or the second folder). */
  folder: string;
  kind: BackupKind;
  /** When it was taken, ms since the Unix epoch (UTC). */
  at: number;
  bytes: number;
}

export interface BackupStatus {
  folder: string;
  secondFolder: string | null;
  /** The newest good backup in each place (every backup is checked before it gets its name). */
  newest: BackupCopy | null;
  newestSecond: BackupCopy | null;
  /** The newest good backup is more than a day old (or there is none): the home screen warns. */
  stale: boolean;
  running: boolean;
  /** The last attempt that failed, if it failed after the last success. */
  lastError: { at: number; folder: string; message: string } | null;
}

/** A backup named by the folder and file name the list gave; the main process finds it again. */
export const backupRefSchema = z
  .object({
    folder: z.string().min(1).max(1000),
    name: z.string().regex(/^(auto|before-upgrade|before-restore)-\d{8}-\d{6}(-schema\d+)?\.sqlite$/),
  })
  .strict();

export interface BackupDetails extends BackupCopy {
  /** What it holds, read from it without changing it (null: a table an older backup lacks). */
  customers: number | null;
  tickets: number | null;
  receipts: number | null;
  lastReceiptNo: string | null;
  chainHead: { seq: number; hash: string } | null;
}

export interface RestoreResult {
  restored: BackupDetails;
  /** Where the file that was replaced now is (kept, never deleted). */
  setAside: string;
  /** The checked backup of the replaced file taken first (null when that file was damaged). */
  backupBefore: BackupCopy | null;
}
