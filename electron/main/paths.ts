import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where everything lives, packaged or in development. */
export function appPaths() {
  const userData = app.getPath('userData');
  const root = app.getAppPath();
  const resources = app.isPackaged ? process.resourcesPath : root;
  // In development better-sqlite3 in node_modules is built for Node (tests use it); npm start
  // builds a second copy for Electron into .cache (scripts/ensure-electron-native.mjs).
  const devBinding = join(root, '.cache', 'electron-native', process.versions.electron ?? '', 'better_sqlite3.node');
  return {
    userData,
    database: join(userData, 'repair-counter.sqlite'),
    backups: join(userData, 'backups'),
    logs: join(userData, 'logs'),
    migrations: join(resources, app.isPackaged ? 'migrations' : 'db/migrations'),
    renderer: join(root, 'dist', 'renderer'),
    fonts: app.isPackaged ? join(resources, 'fonts') : join(root, 'node_modules'),
    preload: join(root, 'dist', 'preload', 'index.cjs'),
    nativeBinding: !app.isPackaged && existsSync(devBinding) ? devBinding : undefined,
  };
}

export type AppPaths = ReturnType<typeof appPaths>;
