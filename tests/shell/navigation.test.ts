import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { __fake, shell, type BrowserWindow } from '../fakes/electron';
import { FOREIGN_URLS, OWN_PAGES } from './hostile-urls';
import { startShell } from './support';

let window: BrowserWindow;
beforeAll(async () => {
  ({ window } = await startShell());
});
beforeEach(() => {
  shell.opened.length = 0;
});

describe('navigation', () => {
  it.each(FOREIGN_URLS)('refuses to navigate to %s', (url) => {
    expect(window.webContents.navigate('will-navigate', url)).toBe(true);
  });

  it.each(FOREIGN_URLS)('refuses to be redirected to %s', (url) => {
    expect(window.webContents.navigate('will-redirect', url)).toBe(true);
  });

  it.each(OWN_PAGES)("lets the app's own page %s load", (url) => {
    expect(window.webContents.navigate('will-navigate', url)).toBe(false);
    expect(window.webContents.navigate('will-redirect', url)).toBe(false);
  });

  it('opens a followed link to an allowlisted site in the browser instead', async () => {
    window.webContents.navigate('will-navigate', 'https://ordercloud.io/knowledge-base');
    await Promise.resolve();
    expect(shell.opened).toEqual(['https://ordercloud.io/knowledge-base']);
  });

  it('confines every webContents, not only the main window', () => {
    const stray = __fake.createWebContents('app://renderer/index.html');
    expect(stray.navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(stray.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it('stays on the app when a file is dropped on a page that did not handle the drop', async () => {
    const dropped = 'file:///home/someone/Downloads/openapi.json';
    expect(window.webContents.navigate('will-navigate', dropped)).toBe(true);
    await Promise.resolve();
    expect(shell.opened).toEqual([]);
  });

  it('prevents <webview> from attaching', () => {
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    window.webContents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('window.open', () => {
  it.each([...FOREIGN_URLS, ...OWN_PAGES, 'https://ordercloud.io/'])('denies %s', (url) => {
    expect(window.webContents.openWindow(url)).toEqual({ action: 'deny' });
  });

  it('sends allowlisted https links to the browser, and nothing else', async () => {
    for (const url of [...FOREIGN_URLS, ...OWN_PAGES]) window.webContents.openWindow(url);
    window.webContents.openWindow('https://developer.ordercloud.io/documentation');
    window.webContents.openWindow('https://github.com/ordercloud-api');
    await Promise.resolve();
    expect(shell.opened).toEqual([
      'https://ordercloud.io/',
      'https://developer.ordercloud.io/documentation',
      'https://github.com/ordercloud-api',
    ]);
  });
});

describe('shell.openExternal', () => {
  it('is called from one file only, the allowlisted wrapper', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const callers = ['main', 'preload', 'renderer', 'bin']
      .flatMap((folder) => sourceFiles(path.join(root, folder)))
      .filter((file) => CALLS_OPEN_EXTERNAL.test(read(file)) || IMPORTS_SHELL.test(read(file)))
      .map((file) => path.relative(root, file));
    expect(callers).toEqual([path.join('main', 'electron', 'open-external.ts')]);
  });
});

const CALLS_OPEN_EXTERNAL = /\bshell\s*\.\s*openExternal\s*\(/;
const IMPORTS_SHELL = /import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*['"]electron['"]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [full] : [];
  });
}

function read(file: string): string {
  return readFileSync(file, 'utf8');
}
