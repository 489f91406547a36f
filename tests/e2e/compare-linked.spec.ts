import type { Page } from '@playwright/test';
import { signIn } from './support/console';
import { expect, test } from './support/fixtures';
import {
  fillPathParam,
  focusPane,
  openOperation,
  paneOf,
  replaceBody,
  responseOf,
  send,
} from './support/panes';

/** admin01 in pane 1, buyer01 in pane 2: the seller and the buyer side by side. */
async function sellerAndBuyer(page: Page) {
  await signIn(page, 'admin01');
  await page.getByRole('button', { name: 'Split the workspace' }).click();
  await signIn(page, 'buyer01', paneOf(page, 2));
}

test('compare sends one list as the seller and as the buyer and shows what only the seller sees', async ({
  page,
}) => {
  await sellerAndBuyer(page);
  const seller = paneOf(page, 1);
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
  const seller = paneOf(page, 1);
  await focusPane(seller);
  await page.keyboard.press('ControlOrMeta+Shift+D');

  const differences = seller
    .getByRole('region', { name: 'Comparison' })
    .getByRole('table', { name: 'Differences' });
  await expect(
    differences.getByRole('row', { name: /^Username changed "admin01" "buyer01"$/ }),
  ).toBeVisible();
});

test('the seller’s incoming orders follow the order the buyer creates and submits', async ({
  page,
}) => {
  await sellerAndBuyer(page);
  const seller = paneOf(page, 1);
  const buyer = paneOf(page, 2);

  await openOperation(page, seller, 'Orders.List');
  await fillPathParam(page, seller, 'direction', 'Incoming');
  await send(seller, 200);
  const follow = seller.getByRole('switch', { name: 'Follow entities from other panes' });
  await follow.focus(); // RAC's switch is a visually hidden input: keyboard, as a person would
  await page.keyboard.press('Space');
  await expect(follow).toBeChecked();

  await openOperation(page, buyer, 'Orders.Create');
  await fillPathParam(page, buyer, 'direction', 'Outgoing');
  await replaceBody(page, buyer, { Comments: 'Linked views' });
  await send(buyer, 201);
  const created = responseOf(buyer);
  const idItem = created.getByRole('treeitem', { name: /^ID : "/ }).first();
  const orderId = /"(.+)"/.exec((await idItem.textContent()) ?? '')?.[1];
  expect(orderId).toBeTruthy();

  const notice = seller.getByRole('status').filter({ hasText: /^Refresh/ });
  await expect(notice).toContainText(`order ${orderId} created by buyer01 in pane 2`);

  await openOperation(page, buyer, 'LineItems.Create');
  await fillPathParam(page, buyer, 'direction', 'Outgoing');
  await fillPathParam(page, buyer, 'orderID', orderId!);
  await replaceBody(page, buyer, { ProductID: 'nitrile-exam-gloves', Quantity: 2 });
  await send(buyer, 201);
  await expect(notice).toContainText(`order ${orderId} changed: line item`);

  await openOperation(page, buyer, 'Orders.Submit');
  await fillPathParam(page, buyer, 'direction', 'Outgoing');
  await fillPathParam(page, buyer, 'orderID', orderId!);
  await send(buyer, 201);

  await expect(notice).toContainText(`Refreshed: order ${orderId} submitted by buyer01 in pane 2.`);
  await expect(notice).toContainText(/It is row \d+ of this page/);
  const found = seller.getByRole('definition').filter({ hasText: orderId! });
  await expect(found).toBeVisible();
  await expect(seller.getByLabel(`Refreshed order ${orderId}`)).toContainText('Open');
});
