import path from 'node:path';
import { app, clipboard, session, type BrowserWindow } from 'electron';
import { eventChannel } from '../../preload/transport/ipc-names';
import { createAppCore, type AppCore } from '../app/core';
import type { EventSink } from '../bridge/handlers';
import { setAboutPanel } from './about-panel';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { desktopServices } from './desktop-services';
import { serveContractOverIpc } from './ipc';
import { createMainWindow, revealWindow } from './main-window';
import { installApplicationMenu } from './menu';
import { confineWebContents } from './navigation';
import { openExternal } from './open-external';
import { limitPermissions } from './permissions';
import { isTrustedSender } from './trusted-sender';
import { rememberPlacement, restorePlacement } from './window-placement';

export interface DesktopAppOptions {
  /** The build output: dist/renderer and dist/preload/preload.cjs live under it. */
  distDir: string;
}

/**
 * The desktop app's lifecycle: one instance, one window, main's services behind ipcMain.
 * Settles once those services have started (the window opens before, and waits on them itself).
 */
export async function startDesktopApp(options: DesktopAppOptions): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let window: BrowserWindow | undefined;
  let core: AppCore | undefined;
  const iconPath = path.join(options.distDir, '..', 'assets', 'icons', '512x512.png');

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
    const userData = app.getPath('userData');
    window = createMainWindow({
      preloadPath: path.join(options.distDir, 'preload', 'preload.cjs'),
      placement: restorePlacement(userData),
      ...(process.platform === 'linux' ? { iconPath } : {}),
    });
    rememberPlacement(window, userData);
    window.on('closed', () => (window = undefined));
  };

  const start = async () => {
    limitPermissions(session.defaultSession);
    serveRenderer(path.join(options.distDir, 'renderer'));
    core = createAppCore({
      runtime: 'electron',
      dataDir: app.getPath('userData'),
      emit,
      openExternal: async (url) => {
        await openExternal(url);
      },
      desktop: desktopServices,
      writeClipboard: (text) => clipboard.writeText(text),
      onInternalError: (channel, error) => console.error(`[ocx] ${channel} failed:`, error),
    });
    serveContractOverIpc(core.dispatch, (event) => isTrustedSender(event, window));
    setAboutPanel(iconPath);
    installApplicationMenu((command) => emit('menu.command', { command }));
    openWindow();
    // Sessions that cannot be restored leave the user signed out, which the window shows.
    await core.ready.catch((error: unknown) => console.error('[ocx] restoring sessions:', error));
  };

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

  await app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Without its services the app is useless: say why and leave, rather than show a dead window.
      console.error('[ocx] OC Explorer could not start:', error);
      app.quit();
    });
}
