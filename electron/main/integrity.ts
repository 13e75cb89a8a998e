import { dialog, type BrowserWindow } from 'electron';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import type { Logger } from '../backend/context';

/**
 * Checks the database file in the background once the window is up, when the start trusted the
 * clean-shutdown marker; if damage is found, writes stop, the user is told at once (the app still
 * shows what it can read) and the details are logged.
 */
export function checkIntegrityInBackground(options: {
  file: string;
  nativeBinding?: string;
  window: BrowserWindow;
  t: TFunction;
  log: Logger;
  /** Runs after a clean check (the daily backup: never copy a damaged file over good copies). */
  onHealthy?: () => void;
  /** Runs when damage is found, before the owner is told (the app stops writing). */
  onDamaged?: (problems: string[]) => void;
}): void {
  const started = Date.now();
  const worker = new Worker(join(__dirname, 'integrity-worker.cjs'), {
    workerData: { file: options.file, nativeBinding: options.nativeBinding },
  });
  worker.once('message', (message: { problems: string[] }) => {
    if (message.problems.length === 0) {
      options.log.info(`integrity check ok in ${Date.now() - started} ms`);
      options.onHealthy?.();
      return;
    }
    options.log.error('integrity check found problems', message.problems.slice(0, 50));
    options.onDamaged?.(message.problems.slice(0, 5));
    void dialog.showMessageBox(options.window, {
      type: 'warning',
      title: options.t('startup.integrityTitle'),
      message: options.t('startup.integrityTitle'),
      detail: options.t('startup.integrityBody'),
    });
  });
  worker.once('error', (error) => options.log.error('integrity check could not run', error));
}
