import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../preload/contract/desktop';
import { openExternal } from './open-external';

const DOCS_URL = 'https://ordercloud.io/knowledge-base';

type Item = MenuItemConstructorOptions;

/**
 * The native menu: the platform's usual roles (so copy, paste, zoom and full screen work) and
 * the app's own commands with their shortcuts, which the renderer carries out on `menu.command`.
 */
export function installApplicationMenu(onCommand: (command: MenuCommand) => void): void {
  const isMac = process.platform === 'darwin';
  const command = (label: string, accelerator: string, name: MenuCommand): Item => ({
    label,
    accelerator,
    click: () => onCommand(name),
  });
  const template: Item[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    {
      label: 'File',
      submenu: [
        command('New Tab', 'CmdOrCtrl+T', 'tab.new'),
        command('Close Tab', 'CmdOrCtrl+W', 'tab.close'),
        { type: 'separator' },
        // Ctrl+W closes a tab, as in a browser, so closing the window takes Shift too.
        { role: 'close', accelerator: 'CmdOrCtrl+Shift+W' },
        ...(isMac ? [] : [{ role: 'quit' } as const]),
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        command('Command Palette…', 'CmdOrCtrl+K', 'palette.open'),
        command('Split Pane', 'CmdOrCtrl+\\', 'pane.split'),
        { type: 'separator' },
        ...developerItems(),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Request',
      submenu: [
        command('Send', 'CmdOrCtrl+Enter', 'request.send'),
        command('Compare with Other Pane', 'CmdOrCtrl+Shift+D', 'request.compare'),
      ],
    },
    {
      // The default window menu has Close on Ctrl+W, which belongs to Close Tab here.
      role: 'windowMenu',
      submenu: [
        { role: 'minimize' },
        { role: 'zoom' },
        ...(isMac ? [{ type: 'separator' } as const, { role: 'front' } as const] : []),
      ],
    },
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

/** Reload and devtools are for development; a packaged build keeps its state intact. */
function developerItems(): Item[] {
  if (app.isPackaged) return [];
  return [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
}
