import { app, type BrowserWindow, dialog } from 'electron';
import { createCore, type Core } from '../backend/core';
import { getSettings } from '../backend/shop-settings';
import { createTranslator } from '../../shared/i18n';
import { detectLanguage, type Language } from '../../shared/i18n/languages';
import { appPaths } from './paths';
import { setupLog } from './log';
import { hardenWebContents, registerAppScheme, serveRenderer } from './security';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
import { createMainWindow } from './window';
import { checkIntegrityInBackground } from './integrity';
import { startupFailureText } from './startup-failure';

/*
 * Lifecycle only; each concern lives in its own module. Order matters: the database is opened
 * and migrated before any window exists, so the UI never sees a half-migrated file.
 */

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | null = null;
  let core: Core | null = null;

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // On quit, a last checked backup when anything changed since the last one, then a clean close
  // (which leaves the clean-shutdown marker). Quit waits for the copy.
  let quitBackupDone = false;
  app.on('will-quit', (event) => {
    if (!core) return;
    const closing = core;
    if (quitBackupDone || closing.context.health.damaged) {
      closing.close();
      return;
    }
    event.preventDefault();
    quitBackupDone = true;
    closing.context.backups
      .takeIfDue('quit')
      .catch(() => undefined) // logged; a failed copy must not keep the app from quitting
      .finally(() => app.quit());
  });

  void app.whenReady().then(() => {
    const paths = appPaths();
    const log = setupLog(paths.logs);
    const systemLanguage: Language = detectLanguage(app.getPreferredSystemLanguages());
    const isDev = !app.isPackaged;

    hardenWebContents(log);
    serveRenderer(paths.renderer);

    const menuFor = (language: Language) =>
      buildMenu({ t: createTranslator(language), dataFolder: paths.userData, logFile: log.file, isDev });

    const openStarted = Date.now();
    try {
      core = createCore({
        file: paths.database,
        migrationsFolder: paths.migrations,
        backupDir: paths.backups,
        nativeBinding: paths.nativeBinding,
        version: app.getVersion(),
        fontsDir: paths.fonts,
        transport: 'electron',
        // quick_check grows with the file (tens of seconds on a large shop): it runs before the
        // first write only when the last session did not end cleanly (db/clean-shutdown.ts).
        integrityCheck: 'after-unclean-shutdown',
        log,
        system: { language: systemLanguage, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone },
        onSettingsChanged: (settings) => menuFor(settings.ui.language ?? systemLanguage),
      });
    } catch (error) {
      log.error('startup failed', error);
      const t = createTranslator(systemLanguage);
      dialog.showErrorBox(t('startup.failedTitle'), startupFailureText(error, t, paths));
      app.exit(1);
      return;
    }

    const openMs = Date.now() - openStarted;
    registerIpc(core.dispatch, log);
    const settings = getSettings(core.context);
    const language = settings.ui.language ?? systemLanguage;
    menuFor(language);
    mainWindow = createMainWindow(paths.preload, createTranslator(language)('app.name'));
    mainWindow.on('closed', () => (mainWindow = null));
    const win = mainWindow;
    const opened = core.opened;
    log.info(`database opened in ${openMs} ms (${opened.checked})`);
    // A checked backup at start once the file is known sound, then every few hours while
    // changes happen (electron/backend/backups.ts); never a copy of a damaged file.
    const backups = core.context.backups;
    const startBackups = () => {
      backups.takeIfDue('start').catch(() => undefined); // logged, and shown in Settings
      backups.startSchedule();
    };
    // A file checked before this session's first write needs no second check now.
    if (opened.checked !== 'clean-shutdown') win.once('ready-to-show', startBackups);
    else
      win.once('ready-to-show', () =>
        checkIntegrityInBackground({
          file: paths.database,
          nativeBinding: paths.nativeBinding,
          window: win,
          t: createTranslator(language),
          log,
          // Damage the marker could not see (the disk, not a crash): nothing more is written.
          onDamaged: (problems) => core?.markDamaged(problems.join('; ')),
          onHealthy: startBackups,
        }),
      );
    log.info(`Repair Counter ${app.getVersion()} started; database ${paths.database}`);
  });
}
