import { expect, test, type Page } from '@playwright/test';
import type { HarnessSpec } from '../../renderer/dev/viewer-harness-api';
import { callHarness, startViewerHarness, type ViewerHarnessServer } from '../bench/viewer-harness';

/**
 * Responses written to attack the viewer. Every view of each one must show the text as text:
 * nothing runs, no element gains an on* attribute, no live markup appears.
 */

const PWNED = 'globalThis.__pwned';
const PAYLOADS = [
  `<script>${PWNED}='script'</script>`,
  `<img src=x onerror="${PWNED}='img'">`,
  `<svg onload="${PWNED}='svg'"><circle r="1"/></svg>`,
  `<a href="javascript:${PWNED}='link'">open</a>`,
  `<base href="https://evil.example/">`,
  `</textarea><script>${PWNED}='textarea'</script>`,
  `</pre></code><script>${PWNED}='pre'</script>`,
  `"><iframe src="javascript:parent.${PWNED}='iframe'"></iframe>`,
  `<body onload="${PWNED}='body'">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${PWNED}='mxss'">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${PWNED}='meta'">`,
  `<object data="javascript:${PWNED}='object'"></object>`,
  `<form action="javascript:${PWNED}='form'"><button>go</button></form>`,
  `<div style="background:url(javascript:${PWNED}='css')">x</div>`,
  `<!--<script>${PWNED}='comment'</script>-->`,
  `<![CDATA[<script>${PWNED}='cdata'</script>]]>`,
  `{{constructor.constructor('${PWNED}="template"')()}}`,
  `\u202e<script>${PWNED}='bidi'</script>`,
];
const ALL = PAYLOADS.join('\n');

const hostileList = {
  Meta: {
    Page: 1,
    PageSize: PAYLOADS.length,
    TotalCount: PAYLOADS.length,
    TotalPages: 1,
    ItemRange: [1, PAYLOADS.length],
  },
  Items: PAYLOADS.map((payload, index) => ({
    ID: payload,
    Name: `${payload} `.repeat(30),
    [payload]: index,
    xp: { [payload]: payload },
  })),
};

const CORPUS: Array<{ name: string; spec: HarnessSpec }> = [
  {
    name: 'an HTML page',
    spec: {
      body: {
        kind: 'text',
        text: `<!doctype html><html><head>${ALL}</head><body>${ALL}</body></html>`,
      },
      contentType: 'text/html; charset=utf-8',
    },
  },
  {
    name: 'an SVG image',
    spec: {
      body: {
        kind: 'text',
        text: `<svg xmlns="http://www.w3.org/2000/svg" onload="${PWNED}='svg-doc'"><script>${PWNED}='svg-script'</script>${ALL}</svg>`,
      },
      contentType: 'image/svg+xml',
    },
  },
  {
    name: 'an XML document',
    spec: {
      body: {
        kind: 'text',
        text: `<?xml version="1.0"?><?xml-stylesheet href="javascript:${PWNED}='xsl'"?><root>${ALL}</root>`,
      },
      contentType: 'application/xml',
    },
  },
  {
    name: 'a JSON list with markup in keys and values',
    spec: { body: { kind: 'json', value: hostileList }, paging: true },
  },
  {
    name: 'broken JSON claiming to be JSON',
    spec: {
      body: { kind: 'text', text: `{"a": "${PAYLOADS[0]}", ${ALL}` },
      contentType: 'application/json',
    },
  },
  {
    name: 'markup in headers and OrderCloud errors',
    spec: {
      body: { kind: 'json', value: { Errors: [] } },
      status: 400,
      statusText: PAYLOADS[1],
      headers: {
        'content-type': 'application/json',
        'x-evil': PAYLOADS[2]!,
        [PAYLOADS[3]!]: PAYLOADS[0]!,
      },
      errors: PAYLOADS.map((payload) => ({
        ErrorCode: payload,
        Message: payload,
        Data: { SufficientRoles: [payload], AssignedRoles: [payload], Note: payload },
      })),
    },
  },
];

let harness: ViewerHarnessServer;

test.beforeAll(async () => {
  harness = await startViewerHarness();
});
test.afterAll(async () => harness.close());

/** Dialogs and navigations: things a payload that ran would cause. */
async function watchForHarm(page: Page): Promise<string[]> {
  const harm: string[] = [];
  page.on('dialog', (dialog) => {
    harm.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame.url() !== harness.url) harm.push(`navigated to ${frame.url()}`);
  });
  await page.goto(harness.url);
  return harm;
}

async function visitEveryView(page: Page) {
  const viewer = page.getByRole('region', { name: 'Response' });
  for (const name of ['Body', 'Raw', 'Headers', 'Table']) {
    const tab = viewer.getByRole('tab', { name });
    if ((await tab.count()) === 0) continue;
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(viewer.getByRole('status').filter({ hasText: /Reading|Preparing/ })).toHaveCount(
      0,
    );
  }
  await viewer.getByRole('tab', { name: 'Body' }).click();
  const showMore = viewer.getByRole('button', { name: 'show more' }).first();
  if ((await showMore.count()) > 0) {
    await showMore.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  }
  const expandAll = viewer.getByRole('button', { name: 'Expand all' });
  if ((await expandAll.count()) > 0) await expandAll.click();
  for (const details of await viewer.getByText('Data', { exact: true }).all())
    await details.click();
}

for (const { name, spec } of CORPUS) {
  test(`${name} runs nothing and adds no live markup in any view`, async ({ page }) => {
    const harm = await watchForHarm(page);
    const before = await callHarness(page, 'audit');
    await callHarness(page, 'mount', spec);
    await visitEveryView(page);

    const after = await callHarness(page, 'audit');
    expect(harm).toEqual([]);
    expect(after.pwned).toBeNull();
    expect(after.violations).toEqual([]);
    expect(after.handlers).toEqual([]);
    expect(after.liveElements).toEqual([]);
    expect(after.baseURI).toBe(before.baseURI);
    expect(after.scripts).toBe(before.scripts);
  });
}

test('markup shows as text, character for character', async ({ page }) => {
  await page.goto(harness.url);
  await callHarness(page, 'mount', { body: { kind: 'text', text: ALL }, contentType: 'text/html' });
  const raw = page.getByRole('textbox', { name: 'Raw response body' });
  await expect(raw).toContainText(PAYLOADS[0]!);
  await expect(raw).toContainText(PAYLOADS[5]!);

  await callHarness(page, 'mount', { body: { kind: 'json', value: hostileList } });
  const tree = page.getByRole('tree', { name: 'Response body' });
  await expect(tree.getByRole('treeitem', { name: /^Items/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Table' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Items' })
      .getByRole('cell', { name: PAYLOADS[1]!, exact: true }),
  ).toBeVisible();
});

test('the checks above would see live markup if any got in', async ({ page }) => {
  await watchForHarm(page);
  await callHarness(page, 'injectHtml', PAYLOADS.slice(0, 3).join(''));
  const seen = await callHarness(page, 'audit');
  expect(seen.handlers.length).toBeGreaterThan(0);
  expect(seen.liveElements.length).toBeGreaterThan(0);
  await expect
    .poll(async () => (await callHarness(page, 'audit')).violations.length)
    .toBeGreaterThan(0);
});
