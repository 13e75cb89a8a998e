import { basename } from 'node:path';
import type { TFunction } from 'i18next';
import { AppError } from '../../shared/api/errors';
import { listBackups } from '../../db/backup';

/** Damage the owner answers with a backup: the message points at the newest one. */
const NEEDS_BACKUP = new Set(['db_corrupt', 'db_empty_file']);

/** The start-up failure dialog's text: what is wrong, in the owner's language, and where to look. */
export function startupFailureText(error: unknown, t: TFunction, paths: { userData: string; backups: string }): string {
  const lines = [error instanceof AppError ? t(`errors.${error.code}`, error.params ?? {}) : t('errors.internal')];
  if (error instanceof AppError && NEEDS_BACKUP.has(error.code)) {
    const newest = listBackups(paths.backups)[0];
    lines.push(
      newest
        ? t('startup.newestBackup', { file: basename(newest.file), time: new Date(newest.at).toLocaleString() })
        : t('startup.noBackup', { folder: paths.backups }),
    );
  }
  lines.push(t('startup.dataFolder', { path: paths.userData }));
  return lines.join('\n\n');
}
