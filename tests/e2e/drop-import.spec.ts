import type { Page } from '@playwright/test';
import { PROFILE_EXPORT_FORMAT } from '../../preload/contract/sessions';
import { PassphraseCipher } from '../../main/vault/passphrase-cipher';
import { type DropPage, dropFiles, widgetSpec } from './support/drop';
import { expect, test } from './support/fixtures';

/**
 * Dropping a file on the window imports it: real drag events carrying a File in a DataTransfer,
 * dispatched on the page the way Chromium delivers a drop from the desktop.
 */

const importResult = (page: Page) => page.getByRole('status', { name: 'Import result' });
const importError = (page: Page) => page.getByRole('alert', { name: 'Import result' });

async function catalogReady(page: Page) {
  await expect(
    page.getByRole('navigation', { name: 'API catalog' }).getByText(/· \d+ operations/),
  ).toBeVisible({ timeout: 20_000 });
}

const EXPORTED_PROFILE_ID = 'acme-staging';

function exportFile(extra: Record<string, unknown> = {}) {
  const now = '2026-11-23T12:00:00.000Z';
  return JSON.stringify({
    format: PROFILE_EXPORT_FORMAT,
    version: 1,
    exportedAt: now,
    profiles: [
      {
        id: EXPORTED_PROFILE_ID,
        name: 'Acme Dropped Staging',
        color: '#2f5bea',
        environment: { kind: 'region', region: 'europe-west', stage: 'staging' },
        apiClients: [
          {
            id: 'storefront',
            clientId: '11111111-2222-3333-4444-555555555555',
            label: 'Storefront',
            defaultScope: ['Shopper'],
            hasSecret: false,
          },
        ],
        perspectives: [
          {
            id: 'buyer',
            label: 'Buyer',
            grantType: 'password',
            apiClientId: 'storefront',
            username: 'buyer01',
            savePassword: false,
            hasPassword: false,
            roles: ['Shopper'],
            customRoles: [],
          },
        ],
        builtIn: false,
        createdAt: now,
        updatedAt: now,
      },
    ],
    ...extra,
  });
}

test('a dropped OpenAPI spec becomes the catalog of the focused tab, until you go back', async ({
  page,
}) => {
  await catalogReady(page);
  // Named like anything: the content says it is a spec.
  await dropFiles(page, [{ name: 'widgets-download', text: JSON.stringify(widgetSpec) }]);

  await expect(importResult(page)).toContainText(
    'Imported the spec “Widget Works API” v9.9 (1 operation) from “widgets-download”',
  );
  const catalog = page.getByRole('navigation', { name: 'API catalog' });
  await expect(
    catalog.getByText('Widget Works API · v9.9 · 1 operations · from a file'),
  ).toBeVisible();
  await catalog.getByRole('button', { name: 'Widget Works' }).click();
  await catalog.getByRole('button', { name: /List every widget/ }).click();
  await expect(
    page.getByRole('region', { name: 'Workspace' }).getByText('/widgets').first(),
  ).toBeVisible();

  await catalog.getByRole('button', { name: "Use the API's spec" }).click();
  await expect(catalog.getByText(/from a file/)).toBeHidden();
  await expect(catalog.getByRole('button', { name: 'Widget Works' })).toBeHidden();
  await catalogReady(page);
});

test('a dropped marketplace export adds its marketplace to the list', async ({ page }) => {
  await catalogReady(page);
  await dropFiles(page, [
    { name: 'oc-explorer-profiles.json', text: exportFile(), type: 'application/json' },
  ]);

  await expect(importResult(page)).toContainText(
    'Imported 1 marketplace from “oc-explorer-profiles.json”: “Acme Dropped Staging”.',
  );
  const marketplaces = page.getByRole('navigation', { name: 'Marketplaces' });
  await expect(marketplaces.getByRole('button', { name: /^Acme Dropped Staging/ })).toBeVisible();
  await importResult(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(importResult(page)).toBeHidden();
});

test('an export with sealed secrets asks for its passphrase first', async ({ page }) => {
  await catalogReady(page);
  const sealedSecrets = await new PassphraseCipher('export passphrase', { logCost: 10 }).encrypt(
    JSON.stringify({ [EXPORTED_PROFILE_ID]: { 'password:buyer': 'Summit-Buyer-1!' } }),
  );
  await dropFiles(page, [{ name: 'sealed.json', text: exportFile({ sealedSecrets }) }]);

  const dialog = page.getByRole('dialog', { name: 'Import marketplaces' });
  await expect(dialog).toContainText('sealed.json: Acme Dropped Staging');
  await dialog.getByRole('textbox', { name: 'Export passphrase' }).fill('not it');
  await dialog.getByRole('button', { name: 'Import with secrets' }).click();
  await expect(dialog.getByRole('alert')).toContainText('That passphrase does not open');
  await expect(
    page.getByRole('navigation', { name: 'Marketplaces' }).getByRole('button', {
      name: /^Acme Dropped Staging/,
    }),
  ).toBeHidden();

  await dialog.getByRole('textbox', { name: 'Export passphrase' }).fill('export passphrase');
  await dialog.getByRole('button', { name: 'Import with secrets' }).click();
  await expect(dialog).toBeHidden();
  await expect(importResult(page)).toContainText('with its saved secrets: “Acme Dropped Staging”');
});

test('garbage, malformed JSON and several files at once are refused with a reason', async ({
  page,
}) => {
  await catalogReady(page);
  const marketplaces = page.getByRole('navigation', { name: 'Marketplaces' });
  const before = await marketplaces.getByRole('listitem').count();

  await dropFiles(page, [{ name: 'photo.png', text: '\u0089PNG\r\n\u001a\n\u0000\u0000garbage' }]);
  await expect(importError(page)).toHaveText(/“photo\.png” is not a text file/);

  await dropFiles(page, [{ name: 'broken.json', text: '{"openapi": "3.0.1", "paths": {' }]);
  await expect(importError(page)).toContainText('“broken.json” is not valid JSON (');
  await expect(importError(page)).toContainText('Nothing was imported.');

  await dropFiles(page, [{ name: 'order.json', text: '{"ID": "po-1", "Total": 12.5}' }]);
  await expect(importError(page)).toContainText(
    'neither an OpenAPI 3 spec nor an OC Explorer marketplace export',
  );

  await dropFiles(page, [
    { name: 'a.json', text: JSON.stringify(widgetSpec) },
    { name: 'b.json', text: exportFile() },
  ]);
  await expect(importError(page)).toContainText('Drop one file at a time (this drop carried 2)');

  await expect(marketplaces.getByRole('listitem')).toHaveCount(before);
  await expect(page.getByRole('navigation', { name: 'API catalog' })).not.toContainText(
    'Widget Works',
  );
});

test('every file drag has its default cancelled, so the browser never opens the file', async ({
  page,
}) => {
  await catalogReady(page);
  const prevented = await page.evaluate(() => {
    const { DataTransfer, DragEvent, File, document } = globalThis as unknown as DropPage;
    const places = [
      document.querySelector('main'),
      document.querySelector('input'),
      document.querySelector('.cm-content') ?? document.body,
    ];
    return places.map((place) =>
      ['dragover', 'drop'].map((type) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File(['not json'], 'notes.txt'));
        const event = new DragEvent(type, {
          bubbles: true,
          cancelable: true,
          dataTransfer: transfer,
        });
        place!.dispatchEvent(event);
        return event.defaultPrevented;
      }),
    );
  });
  expect(prevented).toEqual([
    [true, true],
    [true, true],
    [true, true],
  ]);
  // A drag of text inside the page is not a file drop and is left to the page.
  const textDragPrevented = await page.evaluate(() => {
    const { DataTransfer, DragEvent, document } = globalThis as unknown as DropPage;
    const transfer = new DataTransfer();
    transfer.setData('text/plain', 'GET /me');
    const event = new DragEvent('dragover', {
      bubbles: true,
      cancelable: true,
      dataTransfer: transfer,
    });
    document.querySelector('main')!.dispatchEvent(event);
    return event.defaultPrevented;
  });
  expect(textDragPrevented).toBe(false);
});
