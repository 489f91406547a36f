import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

const root = path.resolve(import.meta.dirname, '../..');

/** The binary npm's postinstall downloads; absent where github.com is out of reach. */
function electronBinary(): string | undefined {
  const electronDir = path.join(root, 'node_modules', 'electron');
  try {
    const binary = path.join(
      electronDir,
      'dist',
      readFileSync(path.join(electronDir, 'path.txt'), 'utf8'),
    );
    return existsSync(binary) ? binary : undefined;
  } catch {
    return undefined;
  }
}

const binary = electronBinary();
test.skip(
  !binary,
  'The Electron binary is not installed (node_modules/electron/dist); run `node node_modules/electron/install.js` where github.com is reachable.',
);
test.skip(
  !existsSync(path.join(root, 'dist', 'main', 'main.mjs')),
  'The app is not built; run `npm run build` first.',
);

let app: ElectronApplication;
let page: Page;
let userData: string;

test.beforeEach(async () => {
  // A fresh user-data directory: no profiles, settings or single-instance lock from another run.
  userData = mkdtempSync(path.join(tmpdir(), 'ocx-electron-'));
  app = await electron.launch({
    executablePath: binary,
    args: ['.', `--user-data-dir=${userData}`],
    cwd: root,
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterEach(async () => {
  await app.close();
  rmSync(userData, { recursive: true, force: true });
});

test('opens one window titled OC Explorer on the app origin', async () => {
  await expect(page).toHaveTitle('OC Explorer');
  expect(page.url()).toBe('app://renderer/index.html');
  expect(app.windows()).toHaveLength(1);
});

test('runs the renderer with the secure webPreferences', async () => {
  // getLastWebPreferences() is what Electron's own specs use; it is missing from electron.d.ts.
  const preferences = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown> | null;
    };
    return contents.getLastWebPreferences();
  });
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
  });
});

test('gives the page window.ocx and no Node', async () => {
  const globals = await page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return { ocx: typeof scope.ocx, process: typeof scope.process, require: typeof scope.require };
  });
  expect(globals).toEqual({ ocx: 'object', process: 'undefined', require: 'undefined' });
});

test('answers the bridge from main, with data in the fresh user-data directory', async () => {
  const info = await page.evaluate(() => {
    const ocx = (globalThis as { ocx?: { app: { info(): Promise<unknown> } } }).ocx;
    return ocx?.app.info();
  });
  expect(info).toMatchObject({ ok: true, value: { runtime: 'electron', dataDir: userData } });
});

test('denies window.open', async () => {
  const opened = await page.evaluate(() => {
    const scope = globalThis as { open?: (url: string) => unknown };
    return scope.open?.('https://evil.example/') ?? null;
  });
  expect(opened).toBeNull();
  expect(app.windows()).toHaveLength(1);
});
