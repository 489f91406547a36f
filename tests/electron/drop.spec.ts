import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { dropFiles, widgetSpec } from '../e2e/support/drop';
import { freshUserData, launchDesktop, whyElectronCannotRun, type Desktop } from './support';

const cannotRun = whyElectronCannotRun();
test.skip(cannotRun !== undefined, cannotRun);

let desktop: Desktop;
let userData: string;

test.beforeEach(async () => {
  userData = freshUserData();
  desktop = await launchDesktop(userData);
});

test.afterEach(async () => {
  await desktop.app.close();
  rmSync(userData, { recursive: true, force: true });
});

test('imports a dropped spec in the page, and the window stays on the app', async () => {
  const { page } = desktop;
  const catalog = page.getByRole('navigation', { name: 'API catalog' });
  await expect(catalog.getByText(/· \d+ operations/)).toBeVisible({ timeout: 30_000 });

  await dropFiles(page, [{ name: 'widgets.json', text: JSON.stringify(widgetSpec) }]);

  await expect(
    catalog.getByText(/Widget Works API · v9\.9 · 1 operations · from a file/),
  ).toBeVisible();
  expect(page.url()).toBe('app://renderer/index.html');
  expect(desktop.app.windows()).toHaveLength(1);
});
