import { dropFiles, widgetSpec } from '../e2e/support/drop';
import { expect, test } from './support';

test('imports a dropped spec in the page, and the window stays on the app', async ({ desktop }) => {
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
