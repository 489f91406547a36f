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

/** Jumps the focused tab to an operation with the command palette (Ctrl+K), by its id. */
export async function jumpToOperation(page: Page, operationId: string) {
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Go to operation' });
  await palette.getByRole('searchbox', { name: 'Search operations' }).fill(operationId);
  await palette
    .getByRole('menuitem', { name: new RegExp(`\\b${operationId.replace('.', '\\.')}\\b`) })
    .first()
    .click();
  await expect(palette).toBeHidden();
}
