import { expect, test } from './support/fixtures';

test('the frame shows where and what is running', async ({ page, app }) => {
  await expect(page).toHaveTitle('OC Explorer');
  const status = page.getByRole('contentinfo', { name: 'Status bar' });
  await expect(status.getByText('Browser mode')).toBeVisible();
  await expect(status.getByText(/^v\d+\.\d+\.\d+/)).toBeVisible();
  await expect(status.getByText(`Data: ${app.dataDir}`)).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Sidebar' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
});

test('the theme follows the switch and is remembered', async ({ page, app }) => {
  const themes = page.getByRole('radiogroup', { name: 'Theme' });
  await themes.getByRole('radio', { name: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await themes.getByRole('radio', { name: 'Light' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await page.goto(`http://127.0.0.1:${app.port}/`);
  await expect(
    page.getByRole('radiogroup', { name: 'Theme' }).getByRole('radio', { name: 'Light' }),
  ).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('the system theme follows the OS', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a page without the token is refused', async ({ browser, app }) => {
  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  const response = await page.goto(`http://127.0.0.1:${app.port}/`);
  expect(response?.status()).toBe(403);
  await stranger.close();
});
