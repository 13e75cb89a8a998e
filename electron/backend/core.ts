import { dirname, join } from 'node:path';
import { openDatabase, type IntegrityCheck, type OpenedDatabase } from '../../db/open';
import { writeCleanMarker } from '../../db/clean-shutdown';
import type { AppInfo } from '../../shared/api/contract';
import type { Language } from '../../shared/i18n/languages';
import type { Settings } from '../../shared/schemas/settings';
import { createDispatcher, type Dispatch } from './dispatcher';
import { handlers } from './handlers';
import { createBackupService } from './backups';
import { shopProfile } from './shop-settings';
import type { HandlerContext, Logger } from './context';

export interface CoreOptions {
  file: string;
  migrationsFolder: string;
  backupDir?: string;
  nativeBinding?: string;
  /** Default 'always'; the desktop app and the preview check only after an unclean shutdown. */
  integrityCheck?: IntegrityCheck;
  version: string;
  fontsDir: string;
  transport: AppInfo['transport'];
  log: Logger;
  system: { language: Language; timeZone: string };
  now?: () => number;
  onSettingsChanged?: (settings: Settings) => void;
}

export interface Core {
  dispatch: Dispatch;
  context: HandlerContext;
  opened: OpenedDatabase;
  /** Damage found after the open (the background check): every write is refused from now on. */
  markDamaged(reason: string): void;
  /** Checkpoints, closes, and — unless damage was seen — leaves the clean-shutdown marker. */
  close(): void;
}

/**
 * Everything behind the API, free of Electron: open and migrate the database, build the
 * handler context, return the dispatcher. The Electron main process, the browser preview and
 * the tests all start here, so they run exactly the same code.
 */
export function createCore(options: CoreOptions): Core {
  const open = (integrityCheck: IntegrityCheck | undefined) => {
    const result = openDatabase({
      file: options.file,
      migrationsFolder: options.migrationsFolder,
      backupDir: options.backupDir,
      nativeBinding: options.nativeBinding,
      appVersion: options.version,
      integrityCheck,
    });
    if (result.backupFile) options.log.info(`database copied before upgrade to ${result.backupFile}`);
    if (result.applied > 0) options.log.info(`applied ${result.applied} migration(s); schema ${result.schemaVersion}`);
    return result;
  };
  let opened = open(options.integrityCheck);
  const now = options.now ?? Date.now;
  const context: HandlerContext = {
    db: opened.db,
    now,
    log: options.log,
    fontsDir: options.fontsDir,
    info: {
      version: options.version,
      dataFile: options.file,
      dataFolder: dirname(options.file),
      transport: options.transport,
    },
    system: options.system,
    health: { damaged: null },
    replaceDatabase: (install) => {
      opened.sqlite.close();
      try {
        install();
      } finally {
        // Whatever is in place now (the restored copy, or the old file put back), checked by the caller.
        opened = open('never');
        context.db = opened.db;
        context.health.damaged = null;
      }
    },
    backups: createBackupService({
      connection: () => opened,
      dir: options.backupDir ?? join(dirname(options.file), 'backups'),
      nativeBinding: options.nativeBinding,
      log: options.log,
      now,
      timeZone: () => shopProfile(context).timeZone,
    }),
    onSettingsChanged: options.onSettingsChanged,
  };
  let closed = false;
  return {
    dispatch: createDispatcher(context, handlers),
    context,
    get opened() {
      return opened;
    },
    markDamaged: (reason) => {
      context.health.damaged ??= reason;
    },
    close: () => {
      if (closed) return;
      closed = true;
      context.backups.stopSchedule();
      try {
        if (!context.health.damaged) opened.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      } finally {
        opened.sqlite.close();
      }
      if (!context.health.damaged && writeCleanMarker(options.file)) options.log.info('clean shutdown recorded');
    },
  };
}
