import type { Handlers } from '../dispatcher';
import { createBackupNow, inspectBackup, listBackupCopies, restoreBackup, setSecondFolder } from '../use-cases/backups';

export const backupHandlers = {
  'backups.status': (ctx) => ctx.backups.status(),
  'backups.create': createBackupNow,
  'backups.setSecondFolder': setSecondFolder,
  'backups.list': listBackupCopies,
  'backups.inspect': inspectBackup,
  'backups.restore': restoreBackup,
} satisfies Partial<Handlers>;
