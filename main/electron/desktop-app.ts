import path from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { eventChannel } from '../../preload/transport/ipc-names';
import { createAppCore, type AppCore } from '../app/core';
import type { EventSink } from '../bridge/handlers';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { serveContractOverIpc } from './ipc';
import { createMainWindow, revealWindow } from './main-window';
import { installApplicationMenu } from './menu';
import { confineWebContents } from './navigation';
import { openExternal } from './open-external';
import { denyAllPermissions } from './permissions';
import { isTrustedSender } from './trusted-sender';

export interface DesktopAppOptions {
  /** The build output: dist/renderer and dist/preload/preload.cjs live under it. */
  distDir: string;
}

/** The desktop app's lifecycle: one instance, one window, main's services behind ipcMain. */
export function startDesktopApp(options: DesktopAppOptions): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let window: BrowserWindow | undefined;
  let core: AppCore | undefined;

  app.enableSandbox();
  registerAppScheme();
  // Applies to every page, including ones we never meant to create.
  app.on('web-contents-created', (_event, contents) => confineWebContents(contents));
  app.on('second-instance', () => {
    if (window && !window.isDestroyed()) revealWindow(window);
  });

  const emit: EventSink = (event, payload) => {
    if (window && !window.isDestroyed()) window.webContents.send(eventChannel(event), payload);
  };
  const openWindow = () => {
    window = createMainWindow({
      preloadPath: path.join(options.distDir, 'preload', 'preload.cjs'),
      ...(process.platform === 'linux'
        ? { iconPath: path.join(options.distDir, '..', 'assets', 'icons', '512x512.png') }
        : {}),
    });
    window.on('closed', () => (window = undefined));
  };

  const start = () => {
    denyAllPermissions(session.defaultSession);
    serveRenderer(path.join(options.distDir, 'renderer'));
    core = createAppCore({
      runtime: 'electron',
      dataDir: app.getPath('userData'),
      emit,
      openExternal: async (url) => {
        await openExternal(url);
      },
      onInternalError: (channel, error) => console.error(`[ocx] ${channel} failed:`, error),
    });
    serveContractOverIpc(core.dispatch, (event) => isTrustedSender(event, window));
    installApplicationMenu();
    openWindow();
  };
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Without its services the app is useless: say why and leave, rather than show a dead window.
      console.error('[ocx] OC Explorer could not start:', error);
      app.quit();
    });

  app.on('activate', () => {
    if (app.isReady() && !window) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => {
    const closing = core;
    if (!closing) return;
    // Let main's services finish their writes before the process goes.
    core = undefined;
    event.preventDefault();
    void closing.dispose().finally(() => app.quit());
  });
}
