import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDesktopApp } from '../../main/electron/desktop-app';
import { __fake, app, BrowserWindow, protocol } from '../fakes/electron';
import { makeDist, runDesktopApp, startShell, stopShell } from './support';

describe('the main window', () => {
  it('gets exactly the secure webPreferences and the built preload', async () => {
    const { window, distDir } = await startShell();
    expect(window.options.webPreferences).toStrictEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      preload: path.join(distDir, 'preload', 'preload.cjs'),
    });
    expect(app.sandboxEnabled).toBe(true);
  });

  it('loads the app page and shows itself only when ready to show', async () => {
    const { window } = await startShell();
    expect(window.webContents.getURL()).toBe('app://renderer/index.html');
    expect(window.options.show).toBe(false);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('keeps its data in userData', async () => {
    const { window } = await startShell();
    const info = await __fake.invoke('ocx:app.info', undefined, window.webContents);
    expect(info).toMatchObject({ ok: true, value: { dataDir: app.getPath('userData') } });
  });

  it('registers app:// as privileged before ready, and serves it after', async () => {
    await stopShell();
    __fake.reset();
    const started = startDesktopApp({ distDir: makeDist() });
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(protocol.handlers.size).toBe(0);
    await __fake.emitAppReady();
    await started;
    expect([...protocol.handlers.keys()]).toEqual(['app']);
  });
});

describe('the entry point', () => {
  it('starts the app with the build folder as the parent of its own', async () => {
    await stopShell();
    __fake.reset();
    await import('../../main/electron/main');
    await __fake.emitAppReady();
    // Bundled, the entry is dist/main/main.mjs, so this is dist/preload/preload.cjs.
    const entryParent = path.resolve(import.meta.dirname, '../../main');
    const preferences = BrowserWindow.instances[0]?.options.webPreferences;
    expect(preferences).toMatchObject({
      preload: path.join(entryParent, 'preload', 'preload.cjs'),
    });
  });
});

describe('one instance at a time', () => {
  it('quits without a window when another instance holds the lock', async () => {
    await stopShell();
    __fake.reset();
    __fake.setSingleInstanceLock(false);
    await runDesktopApp(makeDist());
    expect(app.quitCalls).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(0);
  });

  it('restores and focuses the window when the app is started again', async () => {
    const { window } = await startShell();
    window.minimize();
    __fake.emitSecondInstance();
    expect(window.isMinimized()).toBe(false);
    expect(window.visible && window.focused).toBe(true);
    expect(BrowserWindow.instances).toHaveLength(1);
  });

  it('quits when the window closes, except on macOS where activate reopens it', async () => {
    const { window } = await startShell();
    window.close();
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(process.platform === 'darwin' ? 0 : 1);
    app.emit('activate');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
  });
});
