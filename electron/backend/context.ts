import type { AppDb } from '../../db/client';
import type { AppInfo } from '../../shared/api/contract';
import type { Language } from '../../shared/i18n/languages';
import type { Settings } from '../../shared/schemas/settings';
import type { BackupService } from './backups';

export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export interface HandlerContext {
  db: AppDb;
  /** The clock, in milliseconds since the Unix epoch (UTC). Tests pass a fixed one. */
  now: () => number;
  log: Logger;
  info: AppInfo;
  /** Fonts for printed forms: resources/fonts when packaged, node_modules in development. */
  fontsDir: string;
  /** The operating system's language and time zone, for defaults before the shop sets its own. */
  system: { language: Language; timeZone: string };
  /**
   * Set once damage is known (a failed background check, SQLite reporting corruption): from then
   * on every write is refused, so nothing more is written into a damaged file.
   */
  health: { damaged: string | null };
  /**
   * Closes the database, lets `install` put another file in its place (a restore), and opens what
   * is there then; `db` above is the new connection afterwards. Synchronous: no call runs between.
   */
  replaceDatabase: (install: () => void) => void;
  /** Checked backups of this database (electron/backend/backups.ts). */
  backups: BackupService;
  /** Called after a write that changed settings (the Electron menu follows the language). */
  onSettingsChanged?: (settings: Settings) => void;
}

export const consoleLogger: Logger = {
  info: (m, ...d) => console.info(m, ...d),
  warn: (m, ...d) => console.warn(m, ...d),
  error: (m, ...d) => console.error(m, ...d),
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
