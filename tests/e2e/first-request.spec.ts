import { expect, test } from './support/fixtures';
import { signIn } from './support/console';

// The seed "Making Your First Request", as a new user meets it in the Local sandbox.
test('a new user signs in as admin01 and reads their user from Me → Get', async ({ page }) => {
  const workspace = page.getByRole('region', { name: 'Workspace' });
  await expect(page.getByRole('button', { name: /Local sandbox/ }).first()).toBeVisible();

  await signIn(page, 'admin01');
  await workspace.getByRole('button', { name: /Session details: admin01/ }).click();
  const session = page.getByRole('dialog', { name: 'Session' });
  for (const role of ['CatalogAdmin', 'BuyerReader', 'MeAdmin', 'OrderAdmin', 'ShipmentAdmin']) {
    await expect(session.getByText(role, { exact: true }).first()).toBeVisible();
  }
  await page.keyboard.press('Escape');

  await page
    .getByRole('navigation', { name: 'API catalog' })
    .getByRole('button', { name: /Get the Current Authenticated User/ })
    .click();
  await workspace.getByRole('button', { name: /^Send/ }).click();
  const response = workspace.getByRole('region', { name: 'Response' }).first();
  await expect(response.getByRole('group', { name: 'Response status' })).toContainText('200 OK');
  await expect(response.getByRole('treeitem', { name: 'Username : "admin01"' })).toBeVisible();

  // Then the guide's other outcome: a wrong password, as the user should read it.
  await workspace.getByRole('button', { name: /Session details: admin01/ }).click();
  await page
    .getByRole('dialog', { name: 'Session' })
    .getByRole('button', { name: 'Sign out' })
    .click();
  await workspace.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: /Sign in/ });
  await dialog.getByRole('button', { name: 'Use a different password' }).click();
  await dialog.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The username or password is wrong.');
  await expect(dialog.getByRole('textbox', { name: 'Password' })).toHaveValue('not-the-password');
});
