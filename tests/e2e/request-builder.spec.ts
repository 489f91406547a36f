import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { RequestDraft } from '../../preload/contract/request-draft';

/** The builder alone, mounted by renderer/dev/request-harness.tsx with hand-written operations. */

const harnessRoot = path.resolve('renderer/dev');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

let outDir = '';
let server: Server | undefined;
let origin = '';

test.beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'ocx-request-harness-'));
  await build({
    root: harnessRoot,
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: path.join(harnessRoot, 'request-harness.html') },
    },
  });
  server = createServer((request, response) => {
    const file = path.join(
      outDir,
      path.normalize(new URL(request.url ?? '/', 'http://x').pathname),
    );
    if (!file.startsWith(outDir)) return void response.writeHead(403).end();
    readFile(file).then(
      (content) => {
        const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'content-type': type }).end(content);
      },
      () => response.writeHead(404).end(),
    );
  });
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  await rm(outDir, { recursive: true, force: true });
});

async function openHarness(page: Page, query: Record<string, string> = {}) {
  await page.goto(`${origin}/request-harness.html?${new URLSearchParams(query)}`);
  const builder = page.getByRole('region', { name: 'Request builder' });
  await expect(builder).toBeVisible();
  return builder;
}

/** What the harness records on `window.requestHarness`. */
interface HarnessRecord {
  sent: RequestDraft[];
  cancelled: number;
}

const harnessRecord = (page: Page) =>
  page.evaluate(() => (globalThis as unknown as { requestHarness: HarnessRecord }).requestHarness);
const sentDrafts = async (page: Page) => (await harnessRecord(page)).sent;

async function pick(page: Page, trigger: string, ...options: string[]) {
  await page.getByRole('button', { name: trigger }).click();
  for (const option of options)
    await page.getByRole('option', { name: option, exact: true }).click();
  if (options.length > 1) await page.keyboard.press('Escape');
}

async function addFilter(
  page: Page,
  number: number,
  field: string,
  operator: string,
  ...values: string[]
) {
  await page.getByRole('button', { name: 'Add filter' }).click();
  await page.getByRole('combobox', { name: `Filter ${number} field` }).fill(field);
  await page.keyboard.press('Escape');
  if (operator !== '=') await pick(page, `Filter ${number} operator`, operator);
  for (const [index, value] of values.entries()) {
    if (index > 0)
      await page.getByRole('button', { name: `Add OR value to filter ${number}` }).click();
    const name = index === 0 ? `Filter ${number} value` : `Filter ${number} value ${index + 1}`;
    await page.getByRole('textbox', { name, exact: true }).fill(value);
  }
}

async function replaceBody(page: Page, text: string) {
  const editor = page.getByRole('textbox', { name: 'Request body' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(text);
}

test('search, sort, paging and filters build OrderCloud list syntax', async ({ page }) => {
  await openHarness(page);
  await page.getByRole('textbox', { name: 'Search' }).fill('bike');
  await pick(page, 'Sort by', 'Name', 'ID');
  await page.getByRole('button', { name: 'Name descending' }).click();
  await expect(page.getByRole('button', { name: 'Name descending' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('textbox', { name: 'Page', exact: true }).fill('2');
  await page.getByRole('textbox', { name: 'Page size' }).fill('50');
  await addFilter(page, 1, 'xp.Color', '=', 'Red', 'Blue');
  await addFilter(page, 2, 'Price', '>=', '10');
  await addFilter(page, 3, 'Name', "doesn't start with", 'Widget');

  await expect(page.getByText('managed by the session')).toBeHidden();
  const expected =
    '?search=bike&sortBy=!Name,ID&page=2&pageSize=50&xp.Color=Red|Blue&Price=>=10&Name=!Widget*';
  await expect(page.getByRole('status', { name: 'Query' })).toHaveText(expected);

  await page.getByRole('textbox', { name: 'Filter 3 value' }).press('ControlOrMeta+Enter');
  await expect.poll(() => sentDrafts(page)).toHaveLength(1);
  const [sent] = await sentDrafts(page);
  expect(sent?.query).toEqual([
    { name: 'search', value: 'bike', enabled: true },
    { name: 'sortBy', value: '!Name,ID', enabled: true },
    { name: 'page', value: '2', enabled: true },
    { name: 'pageSize', value: '50', enabled: true },
    { name: 'xp.Color', value: 'Red|Blue', enabled: true },
    { name: 'Price', value: '>=10', enabled: true },
    { name: 'Name', value: '!Widget*', enabled: true },
  ]);
  expect(sent).toMatchObject({ method: 'GET', path: '/products', operationId: 'Products.List' });
  expect(sent).not.toHaveProperty('body');
});

test('a page size over 100 is flagged and stops the send', async ({ page }) => {
  await openHarness(page);
  await page.getByRole('textbox', { name: 'Page size' }).fill('500');
  await expect(page.getByText('pageSize must be a whole number from 1 to 100')).toBeVisible();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'pageSize must be a whole number from 1 to 100',
  );
  expect(await sentDrafts(page)).toEqual([]);
});

test('a restored draft shows its rows again', async ({ page }) => {
  const draft: RequestDraft = {
    method: 'GET',
    path: '/products',
    operationId: 'Products.List',
    headers: [],
    query: [
      { name: 'sortBy', value: '!Name', enabled: true },
      { name: 'xp.Color', value: 'Red|Blue', enabled: true },
      { name: 'Name', value: '*idg*', enabled: true },
    ],
  };
  await openHarness(page, { draft: JSON.stringify(draft) });
  await expect(page.getByRole('button', { name: 'Name descending' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('combobox', { name: 'Filter 1 field' })).toHaveValue('xp.Color');
  await expect(page.getByRole('textbox', { name: 'Filter 1 value', exact: true })).toHaveValue(
    'Red',
  );
  await expect(page.getByRole('textbox', { name: 'Filter 1 value 2' })).toHaveValue('Blue');
  await expect(page.getByRole('button', { name: 'Filter 2 operator' })).toContainText('contains');
  await expect(page.getByRole('textbox', { name: 'Filter 2 value', exact: true })).toHaveValue(
    'idg',
  );
  await page.getByRole('button', { name: 'Remove filter 1' }).click();
  await expect(page.getByRole('status', { name: 'Query' })).toHaveText('?sortBy=!Name&Name=*idg*');
});

test('a body that fails the schema is stopped before send, naming the field', async ({ page }) => {
  await openHarness(page, { op: 'Products.Create' });
  await expect(page.getByRole('tab', { name: /Body/ })).toHaveAttribute('aria-selected', 'true');
  await replaceBody(page, '{\n  "QuantityMultiplier": 0\n}');
  const problems = page.getByRole('list', { name: 'Body problems' });
  await expect(problems).toContainText('Name is required');
  await expect(problems).toContainText('QuantityMultiplier must be at least 1');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not sent. Name is required');
  await expect(alert).toContainText('and 1 more problem');
  expect(await sentDrafts(page)).toEqual([]);

  await alert.getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sentDrafts(page)).toHaveLength(1);
  const [sent] = await sentDrafts(page);
  expect(sent?.body).toBe('{\n  "QuantityMultiplier": 0\n}');
  expect(sent?.headers).toContainEqual({
    name: 'Content-Type',
    value: 'application/json',
    enabled: true,
  });
});

test('malformed JSON is marked where it breaks; Reset to example restores the sample', async ({
  page,
}) => {
  await openHarness(page, { op: 'Products.Create' });
  await replaceBody(page, '{"Name": }');
  await expect(page.getByRole('list', { name: 'Body problems' })).toContainText(
    "Unexpected '}' (line 1, column 10)",
  );
  await expect(page.locator('.cm-problem')).toHaveText('}');
  await page.getByRole('button', { name: 'Reset to example' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Valid' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Body problems' })).toHaveCount(0);
});

test('Ctrl+Enter sends from inside the body editor without editing it', async ({ page }) => {
  await openHarness(page, { op: 'Products.Create' });
  const editor = page.getByRole('textbox', { name: 'Request body' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect.poll(() => sentDrafts(page)).toHaveLength(1);
  const [sent] = await sentDrafts(page);
  expect(JSON.parse(sent?.body ?? '')).toEqual({
    Name: 'string',
    QuantityMultiplier: 1,
    Active: true,
    xp: {},
  });
  await expect(editor).toHaveText(/^\{\s*"Name"/);
  expect(await editor.textContent()).toBe(sent?.body?.replaceAll('\n', ''));
});

test('Enter in the body editor keeps the JSON indented', async ({ page }) => {
  await openHarness(page, { op: 'none' });
  await page.getByRole('tab', { name: /Body/ }).click();
  await replaceBody(page, '{"Tags": []}');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"a"');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect.poll(() => sentDrafts(page)).toHaveLength(1);
  expect((await sentDrafts(page))[0]?.body).toBe('{"Tags": [\n  "a"\n]}');
});

test('while sending: progress, Cancel, and Escape cancels', async ({ page }) => {
  const builder = await openHarness(page);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(builder).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('progressbar', { name: 'Sending request' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
  await expect(builder).toHaveAttribute('aria-busy', 'false');

  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  expect((await harnessRecord(page)).cancelled).toBe(2);
  expect(await sentDrafts(page)).toHaveLength(2);
});

test('path parameters are required, filled in and URL-encoded', async ({ page }) => {
  await openHarness(page, { op: 'Products.Save' });
  const resolved = page.getByRole('status', { name: 'Resolved path' });
  await expect(resolved).toHaveText('/products/{productID}');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('productID is required');

  await page.getByRole('textbox', { name: 'productID' }).fill('blue widget/2');
  await expect(resolved).toHaveText('/products/blue%20widget%2F2');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect.poll(() => sentDrafts(page)).toHaveLength(1);
  expect((await sentDrafts(page))[0]).toMatchObject({
    method: 'PUT',
    path: '/products/blue%20widget%2F2',
  });
});

test('raw mode: any method, path, query, headers and a syntax-checked body', async ({ page }) => {
  await openHarness(page, { op: 'Products.List' });
  await page
    .getByRole('radiogroup', { name: 'Request mode' })
    .getByRole('radio', { name: 'Raw' })
    .click();
  await pick(page, 'Method', 'PATCH');
  await page.getByRole('textbox', { name: 'Path' }).fill('/v1/products/p1');
  await page.getByRole('tab', { name: /Params/ }).click();
  await page.getByRole('button', { name: 'Add parameter' }).click();
  await page.getByRole('textbox', { name: 'Parameter 1 name' }).fill('foo');
  await page.getByRole('textbox', { name: 'Parameter 1 value' }).fill('a b');
  await expect(page.getByRole('status', { name: 'Query' })).toHaveText('?foo=a%20b');

  await page.getByRole('tab', { name: /Headers/ }).click();
  await expect(page.getByText('Authorization: Bearer')).toBeVisible();
  await expect(page.getByText('managed by the session')).toBeVisible();
  await page.getByRole('button', { name: 'Add header' }).click();
  await page.getByRole('textbox', { name: 'Header 1 name' }).fill('X-Trace');
  await page.getByRole('textbox', { name: 'Header 1 value' }).fill('42');

  await page.getByRole('tab', { name: /Body/ }).click();
  await replaceBody(page, '{"Name": "x",}');
  await expect(page.getByRole('list', { name: 'Body problems' })).toContainText("Unexpected '}'");
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Not sent.');
  await replaceBody(page, '{"Name": "x"}');
  await page.keyboard.press('ControlOrMeta+Enter');

  await expect.poll(() => sentDrafts(page)).toHaveLength(1);
  expect((await sentDrafts(page))[0]).toMatchObject({
    method: 'PATCH',
    path: '/v1/products/p1',
    query: [{ name: 'foo', value: 'a b', enabled: true }],
    headers: [
      { name: 'X-Trace', value: '42', enabled: true },
      { name: 'Content-Type', value: 'application/json', enabled: true },
    ],
    body: '{"Name": "x"}',
  });
});

test('every control has a role and an accessible name', async ({ page }) => {
  await openHarness(page);
  await addFilter(page, 1, 'Name', '=', 'a', 'b');
  for (const role of ['button', 'textbox', 'combobox', 'checkbox', 'tab', 'radio'] as const) {
    for (const control of await page.getByRole(role).all()) {
      await expect(control).toHaveAccessibleName(/\S/);
    }
  }
});

for (const theme of ['light', 'dark']) {
  test(`screenshots, ${theme} theme`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openHarness(page, { theme });
    await page.getByRole('textbox', { name: 'Search' }).fill('bike');
    await pick(page, 'Sort by', 'Name', 'ID');
    await page.getByRole('button', { name: 'Name descending' }).click();
    await page.getByRole('textbox', { name: 'Page size' }).fill('50');
    await addFilter(page, 1, 'xp.Color', '=', 'Red', 'Blue');
    await addFilter(page, 2, 'Price', '>=', '10');
    await page.getByRole('textbox', { name: 'catalogID' }).click();
    await page.screenshot({ path: test.info().outputPath(`list-${theme}.png`) });

    await openHarness(page, { theme, op: 'Products.Save' });
    await page.getByRole('textbox', { name: 'productID' }).fill('blue-widget');
    await replaceBody(page, '{\n  "Name": 42,\n  "QuantityMultiplier": 0,\n  "Active": true\n}');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`body-${theme}.png`) });
  });
}
