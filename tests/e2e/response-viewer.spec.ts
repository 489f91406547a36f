import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import type { HarnessSpec } from '../../renderer/dev/viewer-harness-api';
import { callHarness, startViewerHarness, type ViewerHarnessServer } from '../bench/viewer-harness';

/** The response viewer alone (renderer/dev/viewer-harness.tsx), found by role and name. */

let harness: ViewerHarnessServer;

test.beforeAll(async () => {
  harness = await startViewerHarness();
});
test.afterAll(async () => harness.close());

async function open(page: Page, spec: HarnessSpec) {
  await page.goto(harness.url);
  await callHarness(page, 'mount', spec);
}

const viewer = (page: Page) => page.getByRole('region', { name: 'Response' });
const tree = (page: Page) => page.getByRole('tree', { name: 'Response body' });
const treeItem = (page: Page, name: string | RegExp) => tree(page).getByRole('treeitem', { name });

const PRODUCT = {
  ID: 'glove-1',
  Name: 'Work glove',
  Active: true,
  Description: 'A glove. '.repeat(60),
  xp: { Color: 'Red', 'Size (cm)': 21, Tags: ['ppe', 'winter'] },
  Inventory: null,
};

test.describe('status, timing and headers', () => {
  test('the status line shows code, text, time and size', async ({ page }) => {
    await open(page, {
      body: { kind: 'json', value: PRODUCT },
      size: 2_500_000,
      headers: {
        'content-type': 'application/json',
        'set-cookie': ['a=1', 'b=2'],
        'x-oc-trace': 't-1',
      },
    });
    const status = viewer(page).getByRole('group', { name: 'Response status' });
    await expect(status).toContainText('200 OK');
    await expect(status).toContainText('184 ms');
    await expect(status).toContainText('2.4 MB');
    const timing = viewer(page).getByRole('list', { name: 'Timing phases' });
    await expect(timing.getByRole('listitem')).toHaveCount(5);
    await expect(timing).toContainText('TLS handshake');

    await viewer(page).getByRole('tab', { name: 'Headers' }).click();
    const headers = viewer(page).getByRole('table', { name: 'Response headers' });
    await expect(headers.getByRole('row', { name: /x-oc-trace t-1/ })).toBeVisible();
    await expect(headers.getByRole('row', { name: /set-cookie/ })).toHaveCount(2);
  });

  test('error statuses are coloured by class', async ({ page }) => {
    await open(page, {
      body: { kind: 'json', value: {} },
      status: 503,
      statusText: 'Service Unavailable',
    });
    const code = viewer(page)
      .getByRole('group', { name: 'Response status' })
      .getByText('503 Service Unavailable');
    await expect(code).toHaveAttribute('data-class', 'server-error');
  });
});

test.describe('JSON tree', () => {
  test('a 20 MB response renders while the page stays responsive', async ({ page }) => {
    await open(page, { body: { kind: 'sized', megabytes: 19.5 } });
    await treeItem(page, /^Items/).dblclick({ timeout: 30_000 });
    await expect(treeItem(page, /^0 : \{ID/)).toBeVisible();
    const longTasks = await callHarness(page, 'longTasks');
    expect(longTasks.filter((duration) => duration > 200)).toEqual([]);
  });

  test('rows expand and collapse by mouse and keyboard, with tree semantics', async ({ page }) => {
    await open(page, { body: { kind: 'products', count: 30 } });
    const items = treeItem(page, /^Items/);
    await expect(items).toHaveAttribute('aria-expanded', 'true');
    await expect(items).toHaveAttribute('aria-level', '1');
    const first = treeItem(page, /^0 : \{ID: "product-0"/);
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await expect(first).toHaveAttribute('aria-level', '2');
    await expect(first).toHaveAttribute('aria-posinset', '1');
    await expect(first).toHaveAttribute('aria-setsize', '30');

    await first.dblclick();
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(treeItem(page, 'ID : "product-0"')).toHaveAttribute('aria-level', '3');

    await tree(page).focus();
    const selected = tree(page).getByRole('treeitem', { selected: true });
    await expect(selected).toHaveAccessibleName(/^0 :/);
    await page.keyboard.press('ArrowLeft');
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('ArrowLeft');
    await expect(selected).toHaveAccessibleName(/^Items/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('ArrowRight');
    await expect(selected).toHaveAccessibleName('ID : "product-0"');
    await page.keyboard.press('End');
    await expect(selected).toHaveAccessibleName(/^29 :/);
    await page.keyboard.press('Home');
    await expect(selected).toHaveAccessibleName(/^Meta/);
  });

  test('expand all and collapse all', async ({ page }) => {
    await open(page, { body: { kind: 'products', count: 30 } });
    const first = treeItem(page, /^0 : \{ID/);
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await viewer(page).getByRole('button', { name: 'Expand all' }).click();
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(treeItem(page, 'Color : "Red"').first()).toBeVisible();
    await viewer(page).getByRole('button', { name: 'Collapse all' }).click();
    await expect(tree(page).getByRole('treeitem')).toHaveCount(2);
    await expect(treeItem(page, /^Items/)).toHaveAttribute('aria-expanded', 'false');
  });

  test('search finds keys and values, steps through matches and opens their parents', async ({
    page,
  }) => {
    await open(page, { body: { kind: 'products', count: 200 } });
    const search = viewer(page).getByRole('searchbox', { name: 'Find in body' });
    await search.fill('product-150');
    const status = viewer(page)
      .getByRole('status')
      .filter({ hasText: /of|matches/ });
    await expect(status).toHaveText('1 of 1');
    const selected = tree(page).getByRole('treeitem', { selected: true });
    await expect(selected).toHaveAccessibleName('ID : "product-150"');
    await expect(treeItem(page, /^150 :/)).toHaveAttribute('aria-expanded', 'true');

    await search.fill('Color');
    await expect(status).toHaveText('1 of 200');
    await viewer(page).getByRole('button', { name: 'Next match' }).click();
    await expect(status).toHaveText('2 of 200');
    await expect(selected).toHaveAccessibleName('Color : "Green"');
    await viewer(page).getByRole('button', { name: 'Previous match' }).click();
    await viewer(page).getByRole('button', { name: 'Previous match' }).click();
    await expect(status).toHaveText('200 of 200');

    await search.fill('no such text anywhere');
    await expect(status).toHaveText('No matches');
  });

  test('copy a value or its path, from the toolbar and the context menu', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, {
      body: { kind: 'json', value: { Items: [{}, {}, {}, { xp: PRODUCT.xp }] } },
    });
    const clipboard = () => callHarness(page, 'clipboardText');
    const size = treeItem(page, 'Size (cm) : 21');
    await size.click();
    await viewer(page).getByRole('button', { name: 'Copy path' }).click();
    await expect.poll(clipboard).toBe('Items[3].xp["Size (cm)"]');
    await expect(viewer(page).getByRole('status').filter({ hasText: 'Copied path' })).toBeVisible();

    await treeItem(page, 'Color : "Red"').click({ button: 'right' });
    await page
      .getByRole('menu', { name: 'Row actions' })
      .getByRole('menuitem', { name: 'Copy path' })
      .click();
    await expect.poll(clipboard).toBe('Items[3].xp.Color');

    await treeItem(page, /^Tags/).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Copy value' }).click();
    await expect.poll(clipboard).toBe('[\n  "ppe",\n  "winter"\n]');

    await treeItem(page, 'Color : "Red"').click();
    await page.keyboard.press('ControlOrMeta+c');
    await expect.poll(clipboard).toBe('Red');
  });

  test('a long string shows its start, and all of it on "show more"', async ({ page }) => {
    await open(page, { body: { kind: 'json', value: PRODUCT } });
    const description = treeItem(page, /^Description/);
    await expect(description).toContainText('…');
    await description.getByRole('button', { name: 'show more' }).click();
    const dialog = page.getByRole('dialog', { name: 'Value of Description' });
    await expect(dialog).toContainText(PRODUCT.Description.trim());
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});

test.describe('raw view', () => {
  test('small JSON opens in the editor, laid out two spaces deep from its own tokens', async ({
    page,
  }) => {
    await open(page, {
      body: { kind: 'text', text: '{"price":1.50,"big":12345678901234567890,"a":[]}' },
    });
    await viewer(page).getByRole('tab', { name: 'Raw' }).click();
    const editor = viewer(page).getByRole('textbox', { name: 'Raw response body' });
    const lines = ['{', '  "price": 1.50,', '  "big": 12345678901234567890,', '  "a": []', '}'];
    await expect(editor).toHaveText(lines.join(''));
    await expect(editor).toHaveAttribute('aria-readonly', 'true');
  });

  test('a body of several megabytes shows as lines made on demand', async ({ page }) => {
    await open(page, { body: { kind: 'sized', megabytes: 3 } });
    await viewer(page).getByRole('tab', { name: 'Raw' }).click();
    const lines = viewer(page).getByRole('region', { name: 'Raw response body' });
    await expect(lines).toContainText('"Meta": {');
    await lines.hover();
    await page.mouse.wheel(0, 10_000_000);
    // The last lines close Items and the document: line numbers, then the brackets.
    await expect(lines).toContainText(/\d+\s*\]\d+\}$/);
  });

  test('text that is not JSON opens in Raw, and Body says why', async ({ page }) => {
    await open(page, {
      body: { kind: 'text', text: 'upstream timed out\nretry later' },
      contentType: 'text/plain',
    });
    await expect(viewer(page).getByRole('tab', { name: 'Raw' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(viewer(page).getByRole('textbox', { name: 'Raw response body' })).toContainText(
      'retry later',
    );
    await viewer(page).getByRole('tab', { name: 'Body' }).click();
    await expect(viewer(page)).toContainText('The body is not JSON.');
    await expect(viewer(page).getByRole('tab', { name: 'Table' })).toHaveCount(0);
  });
});

test.describe('OrderCloud errors', () => {
  test('InsufficientRoles names the roles needed, held and missing', async ({ page }) => {
    await open(page, {
      status: 403,
      statusText: 'Forbidden',
      body: { kind: 'json', value: {} },
      grantedRoles: ['MeAdmin', 'Shopper'],
      errors: [
        {
          ErrorCode: 'InsufficientRoles',
          Message: 'User does not have role(s) required to perform this action.',
          Data: { SufficientRoles: ['ProductAdmin', 'ProductReader'], AssignedRoles: ['MeAdmin'] },
        },
        {
          ErrorCode: 'NotFound',
          Message: 'Product not found: p1',
          Data: { ObjectType: 'Product', ObjectID: 'p1' },
        },
      ],
    });
    const errors = viewer(page).getByRole('region', { name: 'Errors (2)' });
    await expect(errors).toContainText('InsufficientRoles');
    await expect(errors).toContainText(
      'This operation needs one of: ProductAdmin, ProductReader. Your token has: MeAdmin, Shopper.',
    );
    await expect(errors).toContainText('Missing: ProductAdmin, ProductReader.');
    await errors.getByText('Data').nth(1).click();
    await expect(errors).toContainText('"ObjectID": "p1"');
  });
});

test.describe('lists', () => {
  test('the pager shows Meta and asks the host for pages', async ({ page }) => {
    await open(page, {
      body: { kind: 'products', count: 20, page: 2, pageSize: 20, totalCount: 1634 },
      paging: true,
    });
    const pager = viewer(page).getByRole('navigation', { name: 'Pages' });
    await expect(pager).toContainText('Page 2 of 82 · 1,634 items');
    await pager.getByRole('button', { name: 'Next' }).click();
    await pager.getByRole('button', { name: 'Previous' }).click();
    await pager.getByRole('button', { name: /Page size/ }).click();
    await page.getByRole('option', { name: '100' }).click();
    expect(await callHarness(page, 'calls')).toEqual([
      { name: 'onPage', args: [3, 20] },
      { name: 'onPage', args: [1, 20] },
      { name: 'onPage', args: [1, 100] },
    ]);
  });

  test('the first page cannot go back and the last cannot go on', async ({ page }) => {
    await open(page, {
      body: { kind: 'products', count: 5, page: 1, pageSize: 5, totalCount: 5 },
      paging: true,
    });
    const pager = viewer(page).getByRole('navigation', { name: 'Pages' });
    await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await expect(pager.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  test('all pages: progress, cancel, then every item in one table', async ({ page }) => {
    await open(page, {
      body: { kind: 'products', count: 20, pageSize: 20, totalCount: 60 },
      paging: true,
    });
    await viewer(page).getByRole('button', { name: 'All pages' }).click();
    expect(await callHarness(page, 'calls')).toEqual([{ name: 'onAllPages', args: [] }]);

    await callHarness(page, 'update', {
      allPagesProgress: { pagesDone: 1, totalPages: 3, itemsDone: 20, totalItems: 60 },
    });
    const progress = viewer(page).getByRole('progressbar', { name: 'Fetching all pages' });
    await expect(progress).toHaveAttribute('aria-valuenow', '20');
    await expect(progress).toHaveAttribute('aria-valuemax', '60');
    await expect(progress).toContainText('Page 1 of 3');
    await viewer(page).getByRole('button', { name: 'Cancel' }).click();
    expect((await callHarness(page, 'calls')).at(-1)).toEqual({
      name: 'onCancelAllPages',
      args: [],
    });

    await callHarness(page, 'update', {
      allPagesProgress: undefined,
      allPages: { pages: 3, perPage: 20 },
    });
    await expect(viewer(page)).toContainText('All 3 pages · 60 items');
    await viewer(page).getByRole('tab', { name: 'Table' }).click();
    await expect(viewer(page).getByRole('toolbar', { name: 'Table tools' })).toContainText(
      '60 rows',
    );
    const table = viewer(page).getByRole('table', { name: 'Items' });
    await expect(table.getByRole('row').nth(1)).toContainText('product-0');
    await table.hover();
    await page.mouse.wheel(0, 100_000);
    await expect(table.getByRole('row', { name: /product-59/ })).toBeVisible();
  });

  test('the table has ID and Name first, and columns can be picked, xp included', async ({
    page,
  }) => {
    await open(page, { body: { kind: 'products', count: 50 } });
    await viewer(page).getByRole('tab', { name: 'Table' }).click();
    const table = viewer(page).getByRole('table', { name: 'Items' });
    const headers = table.getByRole('columnheader');
    await expect(headers).toHaveText([
      '#',
      'ID',
      'Name',
      'Description',
      'QuantityMultiplier',
      'ShipWeight',
      'ShipHeight',
    ]);

    await viewer(page)
      .getByRole('button', { name: /^Columns/ })
      .click();
    const menu = page.getByRole('menu', { name: 'Columns' });
    await menu.getByRole('menuitemcheckbox', { name: 'xp.Color' }).click();
    await menu.getByRole('menuitemcheckbox', { name: 'Description' }).click();
    await page.keyboard.press('Escape');
    await expect(headers).toHaveText([
      '#',
      'ID',
      'Name',
      'QuantityMultiplier',
      'ShipWeight',
      'ShipHeight',
      'xp.Color',
    ]);
    await expect(table.getByRole('row').nth(1).getByRole('cell').last()).toHaveText('Red');
  });

  test('export CSV escapes commas, quotes and line breaks; export JSON has every item', async ({
    page,
  }) => {
    const items = [
      { ID: 'a,1', Name: 'Say "hi"', Note: 'line one\nline two', xp: { Color: 'Red' } },
      { ID: 'b2', Name: 'Plain', Note: null, xp: { Color: 'Blue, dark' } },
    ];
    await open(page, {
      body: {
        kind: 'json',
        value: {
          Meta: { Page: 1, PageSize: 2, TotalCount: 2, TotalPages: 1, ItemRange: [1, 2] },
          Items: items,
        },
      },
    });
    await viewer(page).getByRole('tab', { name: 'Table' }).click();
    await viewer(page)
      .getByRole('button', { name: /^Columns/ })
      .click();
    await page.getByRole('menuitemcheckbox', { name: 'xp.Color' }).click();
    await page.keyboard.press('Escape');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      viewer(page).getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('items-harness-1.csv');
    expect(await readFile(await csv.path(), 'utf8')).toBe(
      'ID,Name,Note,xp.Color\r\n"a,1","Say ""hi""","line one\nline two",Red\r\nb2,Plain,,"Blue, dark"\r\n',
    );

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      viewer(page).getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    expect(JSON.parse(await readFile(await json.path(), 'utf8'))).toEqual(items);
  });
});

test.describe('size policy', () => {
  test('above 20 MB it asks first', async ({ page }) => {
    await open(page, { body: { kind: 'products', count: 3 }, size: 34 * 1024 * 1024 });
    await expect(viewer(page)).toContainText('This response is 34 MB. Render it?');
    await expect(tree(page)).toHaveCount(0);
    await viewer(page).getByRole('button', { name: 'Render' }).click();
    await expect(treeItem(page, /^Items/)).toBeVisible();
  });

  test('above 100 MB it only offers to save', async ({ page }) => {
    await open(page, {
      body: { kind: 'products', count: 3 },
      size: 140 * 1024 * 1024,
      hostSave: true,
    });
    await expect(viewer(page)).toContainText('This response is 140 MB, too large to show here.');
    await expect(viewer(page).getByRole('button', { name: 'Render' })).toHaveCount(0);
    await viewer(page).getByRole('button', { name: 'Save to file' }).click();
    expect(await callHarness(page, 'calls')).toEqual([{ name: 'onSaveBody', args: [] }]);
  });

  test('without a host save, Save to file downloads the bytes as received', async ({ page }) => {
    const text = '{"b": 1,   "a": 2}';
    await open(page, { body: { kind: 'text', text }, size: 140 * 1024 * 1024 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      viewer(page).getByRole('button', { name: 'Save to file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('response-harness-1.json');
    expect(await readFile(await download.path(), 'utf8')).toBe(text);
  });

  test('a restored response waits for Render', async ({ page }) => {
    await open(page, { body: { kind: 'products', count: 3 }, autoRender: false });
    await expect(viewer(page)).toContainText('is not rendered yet');
    await viewer(page).getByRole('button', { name: 'Render' }).click();
    await expect(treeItem(page, /^Items/)).toBeVisible();
  });
});
