import log from 'electron-log/main';
import { join } from 'node:path';
import type { Logger } from '../backend/context';

/** Logs go to <userData>/logs/main.log (rotated at 5 MB) and to the console in development. */
export function setupLog(dir: string): Logger & { file: string } {
  const file = join(dir, 'main.log');
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = 5 * 1024 * 1024;
  log.transports.file.level = 'info';
  log.errorHandler.startCatching();
  return {
    file,
    info: (m, ...d) => log.info(m, ...d),
    warn: (m, ...d) => log.warn(m, ...d),
    error: (m, ...d) => log.error(m, ...d),
  };
}
