import { expect, test } from './support/fixtures';
import { signIn } from './support/console';
import { startBrowserMode } from './support/browser-mode';
import type { Page } from '@playwright/test';

const workspace = (page: Page) => page.getByRole('region', { name: 'Workspace' });

async function pick(page: Page, label: string, option: RegExp) {
  await page
    .getByRole('dialog', { name: 'Act as…' })
    .getByRole('button', { name: new RegExp(label) })
    .click();
  await page.getByRole('option', { name: option }).click();
}

test('admin01 acts as a buyer user, and Me → Get answers that user', async ({ page }) => {
  // Impersonation needs BuyerImpersonation in the token, and listing users needs a reader role.
  await signIn(page, 'admin01', undefined, ['BuyerImpersonation', 'BuyerUserAdmin']);
  await workspace(page).getByRole('button', { name: 'Act as…' }).click();
  await pick(page, 'Buyer', /Summit/);
  await pick(page, 'User', /^buyer02/);
  await page.getByRole('button', { name: 'Act as this user' }).click();

  await expect(
    workspace(page).getByRole('status').filter({ hasText: 'Impersonating buyer02' }),
  ).toBeVisible();
  await workspace(page).getByRole('button', { name: /^Send/ }).click();
  const response = workspace(page).getByRole('region', { name: 'Response' }).first();
  await expect(response.getByRole('treeitem', { name: 'Username : "buyer02"' })).toBeVisible();
});

test('a perspective that may not impersonate is refused with the reason', async ({ page }) => {
  await signIn(page, 'supplier01');
  await workspace(page).getByRole('button', { name: 'Act as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Act as…' });
  await expect(dialog.getByRole('alert')).toContainText(/needs one of: .*Buyer/);
});

test('panes, tabs, contexts and sessions survive a restart', async ({ page, app }) => {
  await signIn(page, 'admin01');
  await page.getByRole('button', { name: 'Split the workspace' }).click();
  const right = page.getByRole('region', { name: 'Pane 2' });
  await signIn(page, 'buyer01', right);
  await page.waitForTimeout(600); // the workspace is saved shortly after a change

  await app.stop({ keepData: true });
  const again = await startBrowserMode({ dataDir: app.dataDir });
  try {
    await page.goto(again.url);
    await expect(
      page
        .getByRole('region', { name: 'Pane 1' })
        .getByRole('button', { name: /Session details: admin01/ }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('region', { name: 'Pane 2' })
        .getByRole('button', { name: /Session details: buyer01/ }),
    ).toBeVisible();
  } finally {
    await again.stop();
  }
});
