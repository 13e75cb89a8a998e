import { app, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { TFunction } from 'i18next';

interface MenuOptions {
  t: TFunction;
  dataFolder: string;
  logFile: string;
  isDev: boolean;
}

/** The application menu, in the user's language, with the usual roles and shortcuts. */
export function buildMenu({ t, dataFolder, logFile, isDev }: MenuOptions): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    {
      label: t('menu.file'),
      submenu: [
        { label: t('menu.openDataFolder'), click: () => void shell.openPath(dataFolder) },
        { label: t('menu.showLog'), click: () => shell.showItemInFolder(logFile) },
        { type: 'separator' },
        { label: t('menu.quit'), role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        { type: 'separator' },
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    {
      label: t('menu.view'),
      submenu: [
        { label: t('menu.reload'), role: 'reload' },
        { type: 'separator' },
        { label: t('menu.zoomIn'), role: 'zoomIn' },
        { label: t('menu.zoomOut'), role: 'zoomOut' },
        { label: t('menu.resetZoom'), role: 'resetZoom' },
        { type: 'separator' },
        { label: t('menu.fullScreen'), role: 'togglefullscreen' },
        ...(isDev ? [{ label: t('menu.devTools'), role: 'toggleDevTools' as const }] : []),
      ],
    },
    {
      label: t('menu.window'),
      submenu: [
        { label: t('menu.minimize'), role: 'minimize' },
        { label: t('menu.closeWindow'), role: 'close' },
      ],
    },
    {
      label: t('menu.help'),
      submenu: [
        {
          label: t('menu.about'),
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: t('menu.about'),
              message: t('app.name'),
              detail: t('menu.aboutDetail', { version: app.getVersion() }),
            }),
        },
      ],
    },
  ];
  if (isMac) template.unshift({ role: 'appMenu' });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
