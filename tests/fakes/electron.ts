// A hand-written stand-in for the parts of 'electron' the desktop shell uses. vitest aliases
// 'electron' to this file, so main/electron and preload/ run here unchanged; tests drive it
// through `__fake`. It models behaviour (events, handler registration, keyring backends,
// displays), not Electron's types: production code is type-checked against the real electron.d.ts.
import { app } from './electron-parts/app';
import { clipboard, Menu, Notification } from './electron-parts/desktop';
import { fakeEvent } from './electron-parts/events';
import { contextBridge, ipcMain, ipcRenderer } from './electron-parts/ipc';
import { safeStorage, type StorageBackend } from './electron-parts/safe-storage';
import { screen, type FakeDisplay } from './electron-parts/screen';
import { FakeSession, protocol, session, shell } from './electron-parts/session';
import {
  BrowserWindow,
  FakeWebContents,
  renderer,
  type FakeWebFrame,
} from './electron-parts/windows';

export { app, BrowserWindow, clipboard, contextBridge, ipcMain, ipcRenderer, Menu, Notification };
export { protocol, safeStorage, screen, session, shell };
export type { FakeEvent } from './electron-parts/events';
export type { FakeInvokeEvent } from './electron-parts/ipc';
export type { FakeMenuItem } from './electron-parts/desktop';
export type { StorageBackend } from './electron-parts/safe-storage';
export type { FakeDisplay, Rectangle } from './electron-parts/screen';
export type { FakeWebContents, FakeWebFrame } from './electron-parts/windows';

/** Everything in memory goes: windows, handlers, menus. Disk and keyring are the caller's call. */
function forgetProcess(): void {
  BrowserWindow.instances.length = 0;
  ipcMain.handlers.clear();
  ipcMain.removeAllListeners();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invocations.length = 0;
  contextBridge.exposed = {};
  session.defaultSession = new FakeSession();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  shell.opened.length = 0;
  Menu.applicationMenu = null;
  Notification.reset();
  clipboard.text = '';
  renderer.override = undefined;
}

/** Test hooks. Call `reset()` in beforeEach; state otherwise carries over between tests. */
export const __fake = {
  /** A new machine: fresh userData, empty keyring, one laptop display. */
  reset(): void {
    forgetProcess();
    app.resetState();
    safeStorage.forgetKeys();
    screen.reset();
  },
  /** The app quits and starts again: userData, keyring and displays stay as they were. */
  restart(): void {
    forgetProcess();
    app.restart();
  },
  /** Quits like Electron: windows close, then will-quit, which a handler may hold up to clean up. */
  async quit(): Promise<void> {
    if (!app.ready) return;
    const quitting = app.nextQuit();
    for (const window of BrowserWindow.getAllWindows()) window.close();
    const willQuit = fakeEvent();
    app.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) await quitting;
    app.ready = false;
  },
  emitAppReady(): Promise<void> {
    app.markReady();
    // Let code awaiting app.whenReady() run before the test goes on.
    return new Promise((resolve) => setImmediate(resolve));
  },
  setStorageBackend(backend: StorageBackend): void {
    safeStorage.backend = backend;
  },
  setKeyringAvailable(available: boolean): void {
    safeStorage.keyringAvailable = available;
  },
  setSingleInstanceLock(available: boolean): void {
    app.singleInstanceLock = available;
  },
  setDisplays(displays: FakeDisplay[]): void {
    screen.displays = displays;
  },
  /** Another page, not one of the app's windows (a devtools view, a stray webContents). */
  createWebContents(url: string): FakeWebContents {
    const contents = new FakeWebContents();
    contents.mainFrame.url = url;
    app.emit('web-contents-created', fakeEvent(), contents);
    return contents;
  },
  setRendererContents(contents: FakeWebContents | undefined): void {
    renderer.override = contents;
  },
  /** Calls main's ipcMain handler for `channel` as `sender` (its main frame unless `frame`). */
  invoke(
    channel: string,
    input: unknown,
    sender: FakeWebContents,
    frame: FakeWebFrame | null = sender.mainFrame,
  ): Promise<unknown> {
    return ipcMain.invokeAs(channel, sender, frame, [input]);
  },
  fetch(url: string): Promise<Response> {
    const handler = protocol.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`No protocol handler for ${url}`);
    return Promise.resolve(handler(new Request(url)));
  },
  emitSecondInstance(): void {
    app.emit('second-instance', fakeEvent(), [], '/', {});
  },
  /** Chooses the application menu item labelled `label`, as a click or its accelerator would. */
  clickMenuItem(label: string): void {
    const item = Menu.items().find((candidate) => candidate.label === label);
    if (!item?.click) throw new Error(`The application menu has no item '${label}'`);
    item.click(item, BrowserWindow.getFocusedWindow() ?? undefined, {});
  },
};

export default {
  app,
  BrowserWindow,
  clipboard,
  contextBridge,
  ipcMain,
  ipcRenderer,
  Menu,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
};
