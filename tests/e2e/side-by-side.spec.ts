import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/index';
import { expect, test } from './support/fixtures';
import { startBrowserMode } from './support/browser-mode';
import { signIn } from './support/console';
import {
  addCustomMarketplace,
  builderOf,
  expectRowInBody,
  fillPathParam,
  focusPane,
  openFromCatalog,
  openOperation,
  paneOf,
  paneTabs,
  readTopLevelString,
  replaceBody,
  responseOf,
  screenshotBothThemes,
  send,
  signInWithPassword,
  splitInTwo,
} from './support/panes';

const passwordOf = (sandbox: SandboxHandle, username: string) =>
  sandbox.info.users.find((user) => user.username === username)!.password;

test.describe.configure({ timeout: 120_000 });
test.use({ viewport: { width: 1920, height: 1080 }, actionTimeout: 15_000 });

test("the seed's alternation side by side: the buyer orders on the left, the seller ships on the right", async ({
  page,
}) => {
  const [buyer, seller] = await splitInTwo(page);
  await signIn(page, 'buyer01', buyer);
  await signIn(page, 'admin01', seller);

  // Buyer: what may I buy?
  await openFromCatalog(
    page,
    buyer,
    'Me.ListProducts',
    'Get a list of products visible to this user.',
  );
  await send(buyer, 200);
  const products = responseOf(buyer);
  const find = products.getByRole('searchbox', { name: 'Find in body' });
  await find.fill('glass-cleaner');
  // The first match is its price schedule's ID; the next one is the product's own.
  await expect(products.getByRole('status').filter({ hasText: /^1 of 2$/ })).toBeVisible();
  await find.press('Enter');
  await expect(products.getByRole('treeitem', { name: 'ID : "glass-cleaner"' })).toBeVisible();

  // Buyer: an order, a line item, submit.
  await openOperation(page, buyer, 'Orders.Create');
  await fillPathParam(page, buyer, 'direction', 'Outgoing');
  await replaceBody(page, buyer, { Comments: 'Side by side' });
  await send(buyer, 201);
  const orderID = await readTopLevelString(buyer, 'ID');

  await openOperation(page, buyer, 'LineItems.Create');
  await fillPathParam(page, buyer, 'direction', 'Outgoing');
  await fillPathParam(page, buyer, 'orderID', orderID);
  await replaceBody(page, buyer, { ProductID: 'glass-cleaner', Quantity: 3 });
  await send(buyer, 201);
  await expectRowInBody(buyer, 'glass-cleaner', 'ProductID : "glass-cleaner"');

  await openOperation(page, buyer, 'Orders.Submit');
  await fillPathParam(page, buyer, 'direction', 'Outgoing');
  await fillPathParam(page, buyer, 'orderID', orderID);
  await send(buyer, 201);
  await expectRowInBody(buyer, 'Open', 'Status : "Open"');

  // Seller: the order arrives Incoming.
  await openFromCatalog(page, seller, 'Orders.List', 'Get a list of orders.');
  await fillPathParam(page, seller, 'direction', 'Incoming');
  await send(seller, 200);
  const incoming = responseOf(seller);
  await incoming.getByRole('searchbox', { name: 'Find in body' }).fill(orderID);
  await expect(incoming.getByRole('status').filter({ hasText: /^1 of 1$/ })).toBeVisible();
  await expect(incoming.getByRole('treeitem', { name: `ID : "${orderID}"` })).toBeVisible();
  await screenshotBothThemes(page, 'side-by-side', (file) => test.info().outputPath(file));

  // Seller: ship everything (learn_order-fulfillment_shipping-an-order).
  await openOperation(page, seller, 'Orders.Ship');
  await fillPathParam(page, seller, 'direction', 'Incoming');
  await fillPathParam(page, seller, 'orderID', orderID);
  await replaceBody(page, seller, { Shipper: 'UPS', TrackingNumber: '1Z999AA10123456784' });
  await send(seller, 201);
  await expectRowInBody(seller, 'Completed', 'Status : "Completed"');

  // Buyer: the shipment is there.
  await openOperation(page, buyer, 'Me.ListShipments');
  await buyer.getByRole('tab', { name: /Params/ }).click();
  await buyer.getByRole('textbox', { name: 'orderID', exact: true }).fill(orderID);
  await send(buyer, 200);
  await expect(responseOf(buyer).getByRole('navigation', { name: 'Pages' })).toContainText(
    /· 1 item(?!s)/,
  );
  await expectRowInBody(buyer, 'UPS', 'Shipper : "UPS"');
  await expectRowInBody(buyer, '1Z999', 'TrackingNumber : "1Z999AA10123456784"');
});

test('two marketplaces in two panes at once, each request with its own pane’s token', async ({
  page,
}) => {
  const [north, south] = await Promise.all([startSandbox(), startSandbox()]);
  try {
    const [left, right] = await splitInTwo(page);
    await focusPane(left);
    await addCustomMarketplace(page, {
      name: 'North sandbox',
      apiUrl: north.url,
      clientId: north.info.clientId,
      username: 'admin01',
    });
    await focusPane(right);
    await addCustomMarketplace(page, {
      name: 'South sandbox',
      apiUrl: south.url,
      clientId: south.info.clientId,
      username: 'buyer01',
    });
    await expect(left.getByText('North sandbox', { exact: true })).toBeVisible();
    await expect(right.getByText('South sandbox', { exact: true })).toBeVisible();

    await signInWithPassword(page, left, 'admin01', passwordOf(north, 'admin01'), ['MeAdmin']);
    await signInWithPassword(page, right, 'buyer01', passwordOf(south, 'buyer01'), ['MeAdmin']);

    for (const [pane, username] of [
      [left, 'admin01'],
      [right, 'buyer01'],
    ] as const) {
      await openOperation(page, pane, 'Me.Get');
      await send(pane, 200);
      await expectRowInBody(pane, username, `Username : "${username}"`);
    }
    await expectRowInBody(left, 'cascade-industrial', 'ID : "cascade-industrial"');
    await expectRowInBody(right, 'summit-facilities', 'ID : "summit-facilities"');
    await expect(paneTabs(left).getByRole('tab', { selected: true })).toHaveAccessibleName(
      'GET /me as admin01 on North sandbox',
    );
    await expect(paneTabs(right).getByRole('tab', { selected: true })).toHaveAccessibleName(
      'GET /me as buyer01 on South sandbox',
    );

    expectOwnTokensOnly(north, south, 'admin01');
    expectOwnTokensOnly(south, north, 'buyer01');
  } finally {
    await Promise.all([north.close(), south.close()]);
  }
});

/** Every API call `server` answered carried a token it issued to `username`, none of `other`'s. */
function expectOwnTokensOnly(server: SandboxHandle, other: SandboxHandle, username: string) {
  const issued = (handle: SandboxHandle) =>
    new Set(handle.requests.flatMap((entry) => (entry.issuedToken ? [entry.issuedToken] : [])));
  const own = issued(server);
  const foreign = issued(other);
  expect(own.size).toBeGreaterThan(0);
  const calls = server.requests.filter((entry) => entry.path.startsWith('/v1/') && entry.token);
  const me = calls.filter((entry) => entry.path === '/v1/me');
  expect(me.length).toBeGreaterThan(0);
  expect(me.every((entry) => entry.status === 200)).toBe(true);
  expect(calls.every((entry) => entry.username === username)).toBe(true);
  for (const call of calls) {
    expect(own.has(call.token!), `${call.method} ${call.path} carried a token of its server`).toBe(
      true,
    );
    expect(foreign.has(call.token!), `${call.method} ${call.path} carried the other's token`).toBe(
      false,
    );
  }
}

test('a restart restores both panes, their tabs and contexts, still signed in', async ({
  page,
  app,
}) => {
  // The right pane speaks to a marketplace of its own, which outlives the app's restart.
  const north = await startSandbox();
  try {
    const [left, right] = await splitInTwo(page);
    await signIn(page, 'buyer01', left);
    await focusPane(right);
    await addCustomMarketplace(page, {
      name: 'North sandbox',
      apiUrl: north.url,
      clientId: north.info.clientId,
      username: 'admin01',
    });
    await signInWithPassword(page, right, 'admin01', passwordOf(north, 'admin01'), ['MeAdmin']);
    await left.getByRole('button', { name: 'New tab' }).click();
    await expect(paneTabs(left).getByRole('tab')).toHaveCount(2);
    await openOperation(page, left, 'Me.ListProducts');
    await openOperation(page, right, 'Orders.List');
    await fillPathParam(page, right, 'direction', 'Incoming');

    const expectedTabs = {
      left: ['GET /me as buyer01 on Local sandbox', 'GET /me/products as buyer01 on Local sandbox'],
      right: ['GET /orders/Incoming as admin01 on North sandbox'],
    };
    // The workspace is saved shortly after a change: wait until the file has the last one.
    await expect
      .poll(() => readFile(path.join(app.dataDir, 'workspace.json'), 'utf8').catch(() => ''))
      .toContain('/orders/Incoming');
    const signInsBefore = north.counters.tokenRequests;

    await app.stop({ keepData: true });
    const again = await startBrowserMode({ dataDir: app.dataDir });
    try {
      await page.goto(again.url);
      const [leftAgain, rightAgain] = [paneOf(page, 1), paneOf(page, 2)];
      for (const [pane, names] of [
        [leftAgain, expectedTabs.left],
        [rightAgain, expectedTabs.right],
      ] as const) {
        await expect(paneTabs(pane).getByRole('tab')).toHaveCount(names.length);
        for (const [index, name] of names.entries())
          await expect(paneTabs(pane).getByRole('tab').nth(index)).toHaveAccessibleName(name);
      }
      await expect(paneTabs(leftAgain).getByRole('tab', { selected: true })).toHaveAccessibleName(
        expectedTabs.left[1]!,
      );
      await expect(builderOf(rightAgain).getByRole('status', { name: 'Resolved path' })).toHaveText(
        '/orders/Incoming',
      );

      for (const [pane, username] of [
        [leftAgain, 'buyer01'],
        [rightAgain, 'admin01'],
      ] as const) {
        await expect(
          pane.getByRole('button', { name: new RegExp(`Session details: ${username}`) }),
        ).toBeVisible();
        await openOperation(page, pane, 'Me.Get');
        await send(pane, 200);
        await expectRowInBody(pane, username, `Username : "${username}"`);
      }
      await expect(page.getByRole('dialog')).toHaveCount(0);
      // No new sign-in reached the custom marketplace: the restored session's token answered.
      expect(north.counters.tokenRequests).toBe(signInsBefore);
      expect(north.requests.filter((entry) => entry.path === '/v1/me').at(-1)).toMatchObject({
        status: 200,
        username: 'admin01',
      });
    } finally {
      await again.stop();
    }
  } finally {
    await north.close();
  }
});
