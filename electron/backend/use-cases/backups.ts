import type { MethodParsedInput } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import type { BackupCopy, BackupStatus } from '../../../shared/schemas/backup';
import type { HandlerContext } from '../context';

/** Settings → Backups → Back up now: a checked copy, or a refusal that says it does not count. */
export async function createBackupNow(ctx: HandlerContext): Promise<BackupCopy> {
  try {
    const b = await ctx.backups.take('manual');
    return { name: b.name, folder: b.folder, kind: b.kind, at: b.at, bytes: b.bytes };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('backup_failed', String(error));
  }
}

export function setSecondFolder(ctx: HandlerContext, input: MethodParsedInput<'backups.setSecondFolder'>): BackupStatus {
  ctx.backups.setSecondFolder(ctx.db, input.folder, ctx.now());
  return ctx.backups.status();
}
