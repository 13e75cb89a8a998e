import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../backend/security-policy';

/** The counter window: isolated, sandboxed renderer with only the preload's narrow API. */
export function createMainWindow(preload: string, title: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title,
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // Only for Chromium's built-in PDF viewer, which shows print previews of our own forms.
      plugins: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}
