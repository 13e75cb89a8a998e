import { beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron-only modules, with `electron` replaced by recording stand-ins.
const windows: { options: Record<string, unknown>; url?: string }[] = [];
const appListeners = new Map<string, (...args: unknown[]) => void>();
const openExternal = vi.fn();
const permissionHandlers: { request?: (...a: unknown[]) => void; check?: (...a: unknown[]) => unknown } = {};

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: Record<string, unknown>) {
      windows.push({ options });
    }
    once() {}
    loadURL(url: string) {
      windows.at(-1)!.url = url;
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    app: { on: (event: string, fn: (...args: unknown[]) => void) => appListeners.set(event, fn) },
    shell: { openExternal },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: (...a: unknown[]) => void) => (permissionHandlers.request = fn),
        setPermissionCheckHandler: (fn: (...a: unknown[]) => unknown) => (permissionHandlers.check = fn),
      },
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() },
  };
});

const { createMainWindow } = await import('../../electron/main/window');
const { hardenWebContents } = await import('../../electron/main/security');
const { silentLogger } = await import('../../electron/backend/context');

/** A fake webContents that records the handlers the app installs on it. */
function fakeContents() {
  const on = new Map<string, (event: { preventDefault: () => void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (event: string, fn: (e: { preventDefault: () => void }, url?: string) => void) => on.set(event, fn),
    setWindowOpenHandler: (fn: (details: { url: string }) => { action: string }) => (openHandler = fn),
    fire(event: string, url?: string): boolean {
      let prevented = false;
      on.get(event)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('the counter window', () => {
  beforeEach(() => {
    windows.length = 0;
    openExternal.mockReset();
  });

  it('is isolated and sandboxed, with no Node in the page, and loads our own origin', () => {
    createMainWindow('/app/dist/preload/index.cjs', 'Repair Counter');
    const prefs = windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/dist/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(windows[0]!.url).toBe('app://repair-counter/index.html');
  });

  it('blocks navigation away, new windows, webviews and every permission request', () => {
    hardenWebContents(silentLogger);
    const contents = fakeContents();
    appListeners.get('web-contents-created')!({}, contents);

    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://repair-counter/index.html#/customers')).toBe(false);
    expect(contents.fire('will-redirect', 'http://127.0.0.1:9/')).toBe(true);
    expect(contents.fire('will-attach-webview')).toBe(true);

    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    expect(contents.open('https://github.com/repair-counter')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://github.com/repair-counter');

    const granted = vi.fn();
    permissionHandlers.request!({}, 'media', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(permissionHandlers.check!({}, 'geolocation')).toBe(false);
  });
});
