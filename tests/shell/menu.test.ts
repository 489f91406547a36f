import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { COPYRIGHT } from '../../main/electron/about-panel';
import { eventChannel } from '../../preload/transport/ipc-names';
import { __fake, app, contextBridge, Menu, shell, type BrowserWindow } from '../fakes/electron';
import { startShell } from './support';

let window: BrowserWindow;
beforeEach(async () => {
  ({ window } = await startShell());
});

const COMMANDS = [
  ['New Tab', 'CmdOrCtrl+T', 'tab.new'],
  ['Close Tab', 'CmdOrCtrl+W', 'tab.close'],
  ['Split Pane', 'CmdOrCtrl+\\', 'pane.split'],
  ['Command Palette…', 'CmdOrCtrl+K', 'palette.open'],
  ['Send', 'CmdOrCtrl+Enter', 'request.send'],
  ['Compare with Other Pane', 'CmdOrCtrl+Shift+D', 'request.compare'],
] as const;

const roles = () => Menu.items().flatMap((item) => (item.role ? [item.role] : []));

describe('the application menu', () => {
  it('has the usual edit, view, window and help menus', () => {
    const labels = Menu.applicationMenu?.template.map((item) => item.label ?? item.role);
    expect(labels).toEqual([
      ...(process.platform === 'darwin' ? ['appMenu'] : []),
      'File',
      'editMenu',
      'View',
      'Request',
      'windowMenu',
      'help',
    ]);
    expect(roles()).toEqual(expect.arrayContaining(['zoomIn', 'togglefullscreen', 'minimize']));
  });

  it.each(COMMANDS)('offers %s on %s', (label, accelerator) => {
    expect(Menu.items().find((item) => item.label === label)?.accelerator).toBe(accelerator);
  });

  it.each(COMMANDS)('sends the renderer menu.command when %s is chosen', (label, _key, command) => {
    __fake.clickMenuItem(label);
    expect(window.webContents.sent).toContainEqual({
      channel: eventChannel('menu.command'),
      args: [{ command }],
    });
  });

  it('gives every shortcut to one item only (Close Window takes Shift)', () => {
    const accelerators = Menu.items().flatMap((item) => item.accelerator ?? []);
    expect(new Set(accelerators).size).toBe(accelerators.length);
    const close = Menu.items().find((item) => item.role === 'close');
    expect(close?.accelerator).toBe('CmdOrCtrl+Shift+W');
  });

  it('opens the documentation through the external link allowlist', async () => {
    __fake.clickMenuItem('OrderCloud Documentation');
    await Promise.resolve();
    expect(shell.opened).toEqual(['https://ordercloud.io/knowledge-base']);
  });

  it('keeps reload and devtools out of a packaged build', async () => {
    expect(roles()).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    app.isPackaged = true;
    try {
      await startShell();
      expect(roles()).not.toContain('toggleDevTools');
      expect(roles()).not.toContain('reload');
    } finally {
      app.isPackaged = false;
    }
  });

  it("reaches the renderer's menu.onCommand subscribers through the preload", async () => {
    await import('../../preload/index');
    const menu = (contextBridge.exposed.ocx as Record<string, Record<string, unknown>>).menu;
    const onCommand = menu?.onCommand as (listener: (payload: unknown) => void) => () => void;
    const seen: unknown[] = [];
    onCommand((payload) => seen.push(payload));
    __fake.clickMenuItem('Send');
    expect(seen).toEqual([{ command: 'request.send' }]);
  });
});

describe('the About panel', () => {
  it('names the app, its version, copyright and icon', () => {
    expect(app.aboutPanelOptions).toMatchObject({
      applicationName: 'OC Explorer',
      applicationVersion: app.getVersion(),
      copyright: COPYRIGHT,
      iconPath: expect.stringMatching(/assets[/\\]icons[/\\]512x512\.png$/),
    });
  });

  it('states the same copyright as the installers', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const { load } = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
    const config = load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
    expect(config).toMatchObject({ copyright: COPYRIGHT });
  });

  it('is offered in the Help menu where the platform has no app menu', () => {
    const about = process.platform === 'darwin' ? 'appMenu' : 'about';
    expect(roles()).toContain(about);
  });
});
