import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { signIn } from './support/console';

const workspace = (page: Page) => page.getByRole('region', { name: 'Workspace' });
const history = (page: Page) => page.getByRole('region', { name: 'History' });

/** Signs in as admin01 and sends Me → Get from the catalog. */
async function sendMe(page: Page) {
  await signIn(page, 'admin01');
  await page
    .getByRole('navigation', { name: 'API catalog' })
    .getByRole('button', { name: /Get the Current Authenticated User/ })
    .click();
  await workspace(page).getByRole('button', { name: /^Send/ }).click();
  await expect(
    workspace(page).getByRole('region', { name: 'Response' }).first().getByRole('group', {
      name: 'Response status',
    }),
  ).toContainText('200');
}

test.describe('History, saved requests and code snippets', () => {
  test('a sent request appears in History, replays, and saves to a collection', async ({
    page,
  }) => {
    await sendMe(page);

    const entry = history(page).getByRole('listitem').filter({ hasText: '/me' }).first();
    await expect(entry).toContainText('GET');
    await expect(entry).toContainText('/me');
    await expect(entry).toContainText('200');
    await expect(entry).toContainText('admin01');

    await history(page).getByRole('button', { name: 'Replay GET /me' }).first().click();
    await expect(history(page).getByRole('alert')).toHaveCount(0);
    await workspace(page).getByRole('button', { name: /^Send/ }).click();
    await expect(history(page).getByRole('button', { name: 'Replay GET /me' })).toHaveCount(2);

    await history(page).getByRole('button', { name: 'Pin GET /me' }).first().click();
    await expect(history(page).getByRole('button', { name: 'Unpin GET /me' })).toHaveCount(1);

    await history(page).getByRole('searchbox', { name: 'Search history' }).fill('no-such-path');
    await expect(history(page).getByText('No request matches.')).toBeVisible();
    await history(page).getByRole('searchbox', { name: 'Search history' }).fill('');

    await workspace(page).getByRole('button', { name: 'Save request' }).click();
    const save = page.getByRole('dialog', { name: 'Save request' });
    await save.getByRole('textbox', { name: 'Request name' }).fill('Who am I');
    await save.getByRole('textbox', { name: 'New collection name' }).fill('Smoke');
    await save.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(save).toBeHidden();
  });

  test('the snippet dialog shows curl with a placeholder, or with the token when asked', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await sendMe(page);

    await workspace(page).getByRole('button', { name: 'Code snippet' }).click();
    const dialog = page.getByRole('dialog', { name: 'Code snippet' });
    const code = dialog.getByRole('region', { name: 'Snippet code' });
    await expect(code).toContainText('curl');
    await expect(code).toContainText('/me');
    await expect(code).toContainText('YOUR_ACCESS_TOKEN');
    await expect(dialog.getByRole('alert')).toHaveCount(0);

    // react-aria hides the input under its drawn box: tick it through its label.
    await dialog
      .getByRole('checkbox', { name: 'Include my access token' })
      .locator('xpath=ancestor::label')
      .click();
    await expect(dialog.getByRole('checkbox', { name: 'Include my access token' })).toBeChecked();
    await expect(code).not.toContainText('YOUR_ACCESS_TOKEN');
    await expect(code).toContainText('Authorization: Bearer');
    await expect(dialog.getByRole('alert')).toContainText('access token');

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});
