import type { Locator, Page } from '@playwright/test';
import { signIn } from './support/console';
import { expect, test } from './support/fixtures';

const pane = (page: Page, index: number) => page.getByRole('region', { name: `Pane ${index}` });

/** Focuses a pane by clicking its selected tab. */
async function focus(target: Locator) {
  await target
    .getByRole('tablist', { name: /^Tabs of/ })
    .getByRole('tab', { selected: true })
    .click();
}

/** Jumps the focused pane's tab to an operation with the command palette. */
async function openOperation(page: Page, target: Locator, operationId: string) {
  await focus(target);
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Go to operation' });
  await palette.getByRole('searchbox', { name: 'Search operations' }).fill(operationId);
  await palette
    .getByRole('menuitem', { name: new RegExp(operationId.replace('.', '\\.')) })
    .first()
    .click();
  await expect(palette).toBeHidden();
}

/** admin01 in pane 1, buyer01 in pane 2: the seller and the buyer side by side. */
async function sellerAndBuyer(page: Page) {
  await signIn(page, 'admin01');
  await page.getByRole('button', { name: 'Split the workspace' }).click();
  await signIn(page, 'buyer01', pane(page, 2));
}

test('compare sends one list as the seller and as the buyer and shows what only the seller sees', async ({
  page,
}) => {
  await sellerAndBuyer(page);
  const seller = pane(page, 1);
  await openOperation(page, seller, 'Products.List');

  await seller.getByRole('button', { name: 'Compare with…' }).click();
  await page.getByRole('menuitem', { name: /^buyer01 · pane 2/ }).click();

  const comparison = seller.getByRole('region', { name: 'Comparison' });
  await expect(comparison.getByRole('region', { name: 'Answer to admin01' })).toContainText(
    '200 OK',
  );
  const buyerAnswer = comparison.getByRole('region', { name: 'Answer to buyer01' });
  await expect(buyerAnswer).toContainText('403');
  await expect(buyerAnswer).toContainText('InsufficientRoles');

  const onlySeller = comparison.getByRole('list', { name: 'Only admin01 sees' });
  await expect(onlySeller.getByRole('listitem')).toHaveCount(20);
  await expect(onlySeller).toContainText('nitrile-exam-gloves');
  await expect(comparison.getByRole('region', { name: 'Only buyer01 sees' })).toContainText(
    'None.',
  );

  await comparison.getByRole('radio', { name: 'Side by side' }).click();
  await expect(comparison.getByRole('region', { name: 'Body for admin01' })).toBeVisible();
  await expect(comparison.getByRole('region', { name: 'Body for buyer01' })).toContainText(
    'InsufficientRoles',
  );

  await comparison.getByRole('button', { name: 'Close comparison' }).click();
  await expect(comparison).toBeHidden();
});

test('compare of one document lists each changed path with both values', async ({ page }) => {
  await sellerAndBuyer(page);
  const seller = pane(page, 1);
  await focus(seller);
  await page.keyboard.press('ControlOrMeta+Shift+D');

  const differences = seller
    .getByRole('region', { name: 'Comparison' })
    .getByRole('table', { name: 'Differences' });
  await expect(
    differences.getByRole('row', { name: /^Username changed "admin01" "buyer01"$/ }),
  ).toBeVisible();
});
