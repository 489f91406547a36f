import { expect, type Page } from '@playwright/test';

/** Picks the perspective whose label starts with `who` in the focused tab and signs in. */
export async function signIn(
  page: Page,
  who: string,
  pane = page.getByRole('region', { name: 'Workspace' }),
) {
  await pane.getByRole('button', { name: /Perspective/ }).click();
  await page.getByRole('option', { name: new RegExp(`^${who}`) }).click();
  await pane.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: /Sign in/ });
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    pane.getByRole('button', { name: new RegExp(`Session details: ${who}`) }),
  ).toBeVisible();
}
