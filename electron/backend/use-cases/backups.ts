import type { MethodParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { BackupCopy, BackupDetails, BackupStatus, RestoreResult } from '../../../shared/schemas/backup';
import { BackupCheckError, type BackupFile } from '../../../db/backup';
import { installRestore, stageRestore, summarizeBackup } from '../../../db/restore';
import { newestChainEntryCheck } from '../backups';
import type { HandlerContext } from '../context';

const toCopy = (b: BackupFile): BackupCopy => ({ name: b.name, folder: b.folder, kind: b.kind, at: b.at, bytes: b.bytes });

/** Settings → Backups → Back up now: a checked copy, or a refusal that says it does not count. */
export async function createBackupNow(ctx: HandlerContext): Promise<BackupCopy> {
  try {
    return toCopy(await ctx.backups.take('manual'));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('backup_failed', String(error));
  }
}

export function setSecondFolder(ctx: HandlerContext, input: MethodParsedInput<'backups.setSecondFolder'>): BackupStatus {
  ctx.backups.setSecondFolder(ctx.db, input.folder, ctx.now());
  return ctx.backups.status();
}

export function listBackupCopies(ctx: HandlerContext): BackupCopy[] {
  return ctx.backups.list().map(toCopy);
}

function findBackup(ctx: HandlerContext, input: MethodParsedInput<'backups.inspect'>): BackupFile {
  const backup = ctx.backups.find(input.folder, input.name);
  if (!backup) throw new AppError('not_found', `no backup ${input.name} in ${input.folder}`);
  return backup;
}

export function inspectBackup(ctx: HandlerContext, input: MethodParsedInput<'backups.inspect'>): BackupDetails {
  const backup = findBackup(ctx, input);
  try {
    return { ...toCopy(backup), ...summarizeBackup(backup) };
  } catch (error) {
    throw new AppError('restore_backup_damaged', String(error), { name: backup.name });
  }
}

/**
 * Settings → Backups → Restore: the backup is copied beside the shop's file and checked; the
 * current file gets a checked backup of its own; then it is set aside (with its -wal and -shm)
 * and the checked copy takes its place. Any failure before the swap leaves everything as it was.
 */
export async function restoreBackup(ctx: HandlerContext, input: MethodParsedInput<'backups.restore'>): Promise<RestoreResult> {
  const backup = findBackup(ctx, input);
  const details = inspectBackup(ctx, input);
  let staged: string;
  try {
    staged = stageRestore(backup, ctx.info.dataFile, newestChainEntryCheck);
  } catch (error) {
    if (error instanceof BackupCheckError) throw new AppError('restore_backup_damaged', error.message, { name: backup.name });
    throw error;
  }
  let backupBefore: BackupCopy | null = null;
  if (!ctx.health.damaged) {
    try {
      backupBefore = toCopy(await ctx.backups.take('before-restore'));
    } catch (error) {
      throw new AppError('backup_failed', `before restoring: ${String(error)}`);
    }
  }
  let setAside = '';
  ctx.replaceDatabase(() => {
    setAside = installRestore(ctx.info.dataFile, staged, new Date(ctx.now()));
  });
  ctx.log.info(`restored ${backup.file}; the file it replaced is kept as ${setAside}`);
  return { restored: details, setAside, backupBefore };
}
