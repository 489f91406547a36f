import { expect, test, viaBridge } from './support';

test('opens one window titled OC Explorer on the app origin', async ({ desktop }) => {
  await expect(desktop.page).toHaveTitle('OC Explorer');
  expect(desktop.page.url()).toBe('app://renderer/index.html');
  expect(desktop.app.windows()).toHaveLength(1);
});

test('runs the renderer with the secure webPreferences', async ({ desktop }) => {
  // getLastWebPreferences() is what Electron's own specs use; it is missing from electron.d.ts.
  const preferences = await desktop.app.evaluate(({ BrowserWindow }) => {
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

test('gives the page window.ocx and no Node', async ({ desktop }) => {
  const globals = await desktop.page.evaluate(() => {
    const scope = globalThis as Record<string, unknown>;
    return { ocx: typeof scope.ocx, process: typeof scope.process, require: typeof scope.require };
  });
  expect(globals).toEqual({ ocx: 'object', process: 'undefined', require: 'undefined' });
});

test('keeps its data in the fresh user-data directory', async ({ desktop }) => {
  const info = await desktop.page.evaluate(() => {
    const ocx = (globalThis as { ocx?: { app: { info(): Promise<unknown> } } }).ocx;
    return ocx?.app.info();
  });
  expect(info).toMatchObject({
    ok: true,
    value: { runtime: 'electron', dataDir: desktop.userData },
  });
});

test('reports which keyring protects secrets', async ({ desktop }) => {
  const keyring = await viaBridge(desktop.page, 'desktop.keyring');
  expect(keyring.backend).not.toBe('none');
});

test('denies window.open', async ({ desktop }) => {
  const opened = await desktop.page.evaluate(() => {
    const scope = globalThis as { open?: (url: string) => unknown };
    return scope.open?.('https://evil.example/') ?? null;
  });
  expect(opened).toBeNull();
  expect(desktop.app.windows()).toHaveLength(1);
});
