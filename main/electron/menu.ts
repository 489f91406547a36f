import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { openExternal } from './open-external';

const DOCS_URL = 'https://ordercloud.io/knowledge-base';

/** The native menu: the standard roles (so copy, paste and zoom work), About and the docs. */
export function installApplicationMenu(): void {
  app.setAboutPanelOptions({
    applicationName: 'OC Explorer',
    applicationVersion: app.getVersion(),
    copyright: 'MIT License',
  });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : [{ role: 'fileMenu' } as const]),
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        // Reload and devtools are for development; a packaged build keeps its state intact.
        ...(app.isPackaged
          ? []
          : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'OrderCloud Documentation', click: () => void openExternal(DOCS_URL) },
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'about' } as const]),
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
