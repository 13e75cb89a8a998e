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
