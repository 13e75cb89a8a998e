import type { Handlers } from '../dispatcher';
import { createBackupNow, setSecondFolder } from '../use-cases/backups';

export const backupHandlers = {
  'backups.status': (ctx) => ctx.backups.status(),
  'backups.create': createBackupNow,
  'backups.setSecondFolder': setSecondFolder,
} satisfies Partial<Handlers>;
