import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import Module from 'node:module';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers';

/**
 * Loads the real bundled main process (as `npm start` would run it) with a recording stand-in
 * for `electron`, and checks start-up: the database is created and migrated in the user-data
 * folder before the window opens, IPC is registered, the window is secure and points at files
 * that exist. The Electron binary itself cannot run here; everything around it does.
 */
function fakeElectron(userData: string, appPath: string) {
  const calls = { windows: [] as Record<string, unknown>[], ipc: [] as string[], errors: [] as string[], menus: 0 };
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((r) => (ready = r));
  const app = {
    requestSingleInstanceLock: () => true,
    on: () => app,
    once: () => app,
    whenReady: () => whenReady,
    getPath: (name: string) => (name === 'userData' ? userData : join(userData, name)),
    getAppPath: () => appPath,
    isPackaged: false,
    getVersion: () => '0.1.0',
    getName: () => 'Repair Counter',
    getPreferredSystemLanguages: () => ['zh-CN'],
    quit: () => {},
    exit: () => {},
  };
  class BrowserWindow {
    constructor(options: Record<string, unknown>) {
      calls.windows.push(options);
    }
    once() {}
    on() {}
    loadURL() {
      return Promise.resolve();
    }
  }
  const electron = {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string) => calls.ipc.push(channel), on: () => {}, once: () => {} },
    protocol: { registerSchemesAsPrivileged: () => {}, handle: () => {} },
    session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => calls.menus++ },
    dialog: {
      showErrorBox: (title: string, body: string) => calls.errors.push(`${title}: ${body}`),
      showMessageBox: async () => ({}),
    },
    shell: { openPath: async () => '', showItemInFolder: () => {}, openExternal: async () => {} },
    net: { fetch: async () => new Response('') },
    webContents: { getAllWebContents: () => [] },
  };
  return { electron, calls, ready: () => ready() };
}

describe('the bundled main process', () => {
  it('opens and migrates the database before creating a secure window', async () => {
    const root = resolve(import.meta.dirname, '..', '..');
    // Inside the project, so the bundle's external packages resolve from node_modules.
    const out = join(root, '.cache', 'test-main', `main-${process.pid}.cjs`);
    await build({
      entryPoints: [join(root, 'electron/main/index.ts')],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['electron', 'better-sqlite3', 'pdfkit', 'fontkit', 'electron-log', 'electron-log/main'],
      logLevel: 'silent',
    });
    const userData = tempDir();
    const fake = fakeElectron(userData, root);
    const originalLoad = (Module as unknown as { _load: (...a: unknown[]) => unknown })._load;
    (Module as unknown as { _load: (...a: unknown[]) => unknown })._load = function (request: unknown, ...rest: unknown[]) {
      if (request === 'electron') return fake.electron;
      if (request === 'electron-log/main') {
        const noop = () => {};
        return {
          transports: { file: { resolvePathFn: noop, maxSize: 0, level: 'info' }, console: {} },
          errorHandler: { startCatching: noop },
          info: noop,
          warn: noop,
          error: noop,
        };
      }
      return originalLoad.call(this, request, ...rest);
    };
    try {
      createRequire(import.meta.url)(out);
      expect(fake.calls.windows).toHaveLength(0); // nothing before the app is ready
      fake.ready();
      await new Promise((r) => setTimeout(r, 300));
    } finally {
      (Module as unknown as { _load: (...a: unknown[]) => unknown })._load = originalLoad;
    }
    expect(fake.calls.errors).toEqual([]);
    expect(existsSync(join(userData, 'repair-counter.sqlite'))).toBe(true);
    expect(fake.calls.ipc.length).toBeGreaterThan(20);
    expect(fake.calls.menus).toBe(1);
    expect(fake.calls.windows).toHaveLength(1);
    const prefs = fake.calls.windows[0]!.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(prefs.preload)).toBe(join(root, 'dist', 'preload', 'index.cjs'));
  });
});
