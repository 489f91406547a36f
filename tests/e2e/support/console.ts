import { expect, type Page } from '@playwright/test';

/**
 * Picks the perspective whose label starts with `who` in a pane and signs in, asking for
 * `extraRoles` on top of the perspective's own scope.
 */
export async function signIn(
  page: Page,
  who: string,
  pane = page.getByRole('region', { name: 'Workspace' }),
  extraRoles: string[] = [],
) {
  await pane.getByRole('button', { name: /Perspective/ }).click();
  await page.getByRole('option', { name: new RegExp(`^${who}`) }).click();
  await pane.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: /Sign in/ });
  const roles = dialog.getByRole('combobox', { name: 'Add role to requested roles' });
  for (const role of extraRoles) {
    await roles.pressSequentially(role);
    await roles.press('Enter');
  }
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    pane.getByRole('button', { name: new RegExp(`Session details: ${who}`) }),
  ).toBeVisible();
}
