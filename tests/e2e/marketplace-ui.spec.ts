import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import type { MarketplaceSaveInput } from '../../renderer/marketplaces/marketplace-form';
import type { SignInRequest } from '../../renderer/sessions/sign-in';

/**
 * The marketplace editor, list, sign-in dialog and session panel, mounted alone by
 * renderer/dev/marketplace-harness.tsx with callbacks that record what they were given.
 */

const harnessRoot = path.resolve('renderer/dev');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let outDir = '';
let server: Server | undefined;
let origin = '';

test.beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'ocx-marketplace-harness-'));
  await build({
    root: harnessRoot,
    base: './',
    configFile: false,
    logLevel: 'error',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      rollupOptions: { input: path.join(harnessRoot, 'marketplace-harness.html') },
    },
  });
  server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://x').pathname;
    const file = path.join(outDir, path.normalize(pathname));
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

type View =
  | 'editor-new'
  | 'editor'
  | 'editor-builtin'
  | 'list'
  | 'sign-in'
  | 'sign-in-saved'
  | 'session'
  | 'session-impersonating';

async function open(page: Page, view: View, options: Record<string, string> = {}) {
  await page.goto(
    `${origin}/marketplace-harness.html?${new URLSearchParams({ view, ...options })}`,
  );
  // Dialogs render in a portal beside #root, so wait for whichever landmark the view has.
  await expect(
    page.locator('[role="dialog"], nav, section[aria-label="Session"]').first(),
  ).toBeVisible();
}

/** What the harness's callbacks recorded (window.marketplaceHarness). */
interface HarnessRecord {
  saved: MarketplaceSaveInput[];
  signIns: SignInRequest[];
  calls: string[];
}

const recorded = (page: Page) =>
  page.evaluate(
    () => (globalThis as unknown as { marketplaceHarness: HarnessRecord }).marketplaceHarness,
  );

/** Clicks a radio or checkbox by its label, as a person does (the input itself is hidden). */
const tick = (control: Locator) => control.locator('xpath=ancestor::label').click();

async function choose(page: Page, select: string, option: string) {
  await page.getByRole('button', { name: select }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function screenshots(page: Page, view: View, name: string, act?: () => Promise<void>) {
  for (const theme of ['light', 'dark']) {
    await open(page, view, { theme });
    await act?.();
    await page.screenshot({ path: test.info().outputPath(`${name}-${theme}.png`) });
  }
}

test.describe('marketplace editor', () => {
  test('opens on the Name field and Escape cancels', async ({ page }) => {
    await open(page, 'editor-new');
    await expect(page.getByRole('dialog', { name: 'Add marketplace' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeFocused();
    await page.keyboard.press('Escape');
    expect((await recorded(page)).calls).toEqual(['cancel']);
  });

  test('names each problem at its field and clears it once fixed', async ({ page }) => {
    await open(page, 'editor-new');
    await tick(page.getByRole('radio', { name: 'Custom URL' }));
    await page.getByRole('textbox', { name: 'API URL' }).fill('localhost:4010');
    await page.getByRole('textbox', { name: 'Auth URL (optional)' }).fill('not a url');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.getByRole('alert')).toHaveText(/4 fields need fixing/);
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await expect(name).toBeFocused();
    await expect(name).toHaveAccessibleDescription('Name the marketplace.');
    await expect(page.getByRole('textbox', { name: 'API URL' })).toHaveAccessibleDescription(
      'Use an http:// or https:// URL.',
    );
    await expect(
      page.getByRole('textbox', { name: 'Auth URL (optional)' }),
    ).toHaveAccessibleDescription(/not a full URL/);
    await expect(page.getByRole('textbox', { name: 'Client ID' })).toHaveAccessibleDescription(
      'Enter the Client ID.',
    );

    await name.fill('Acme');
    await expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toHaveText(/3 fields need fixing/);
    expect((await recorded(page)).saved).toEqual([]);
  });

  test('a region and environment resolve to their API URL', async ({ page }) => {
    await open(page, 'editor-new');
    const apiUrl = page.getByRole('textbox', { name: 'API URL' });
    await expect(apiUrl).toHaveValue('https://sandboxapi.ordercloud.io');
    await choose(page, 'Region', 'Japan East');
    await choose(page, 'OrderCloud environment', 'Production');
    await expect(apiUrl).toHaveValue('https://japaneast-production.ordercloud.io');
    await expect(apiUrl).not.toBeEditable();
  });

  test('saves the profile, with secrets handed over beside it', async ({ page }) => {
    await open(page, 'editor-new');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Acme');
    await tick(page.getByRole('radio', { name: 'Violet' }));
    await page.getByRole('textbox', { name: 'Marketplace ID (optional)' }).fill('acme-prod');
    await choose(page, 'Region', 'Europe West');

    const newClient = page.getByRole('region', { name: 'API client 1' });
    await newClient.getByRole('textbox', { name: 'Client ID' }).fill('client-1');
    const client = page.getByRole('region', { name: 'client-1' });
    await client.getByRole('textbox', { name: 'Client secret' }).fill('client-secret-1');
    const scope = client.getByRole('combobox', { name: 'Add role to default scope' });
    await scope.fill('shopper');
    await scope.press('Enter');

    await page.getByRole('button', { name: 'Add perspective' }).click();
    const perspective = page.getByRole('region', { name: 'Perspective 1' });
    await expect(perspective.getByRole('textbox', { name: 'Label' })).toBeFocused();
    await perspective.getByRole('textbox', { name: 'Label' }).fill('Buyer');
    const buyer = page.getByRole('region', { name: 'Buyer' });
    await buyer.getByRole('textbox', { name: 'Username' }).fill('buyer01');
    await tick(buyer.getByRole('checkbox', { name: 'Save password' }));
    await buyer.getByRole('textbox', { name: 'Password' }).fill('buyer-password');
    const roles = buyer.getByRole('combobox', { name: 'Add role to requested roles' });
    await roles.pressSequentially('MeAd');
    await page.getByRole('option', { name: 'MeAdmin', exact: true }).click();
    await roles.fill('ReportViewer');
    await roles.press('Enter');
    await expect(buyer.getByRole('row', { name: /ReportViewer/ })).toContainText('custom');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await recorded(page)).saved.length).toBe(1);
    const [saved] = (await recorded(page)).saved;
    const { profile, secrets } = saved!;
    const [apiClient] = profile.apiClients;
    const [savedPerspective] = profile.perspectives;

    expect(profile).toMatchObject({
      name: 'Acme',
      color: '#7048e8',
      marketplaceId: 'acme-prod',
      environment: { kind: 'region', region: 'europe-west', stage: 'sandbox' },
    });
    expect(apiClient).toMatchObject({
      clientId: 'client-1',
      hasSecret: true,
      defaultScope: ['Shopper'],
    });
    expect(savedPerspective).toMatchObject({
      label: 'Buyer',
      grantType: 'password',
      apiClientId: apiClient!.id,
      username: 'buyer01',
      savePassword: true,
      hasPassword: true,
      roles: ['MeAdmin'],
      customRoles: ['ReportViewer'],
    });
    expect(secrets).toEqual({
      clientSecrets: { [apiClient!.id]: 'client-secret-1' },
      passwords: { [savedPerspective!.id]: 'buyer-password' },
    });
    const profileText = JSON.stringify(profile);
    expect(profileText).not.toContain('client-secret-1');
    expect(profileText).not.toContain('buyer-password');
  });

  test('a server refusal is shown at its field and keeps the input', async ({ page }) => {
    await open(page, 'editor', { save: 'fail' });
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await name.fill('Acme again');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Couldn’t save: A marketplace with this name already exists.',
    );
    await expect(name).toHaveAccessibleDescription('A marketplace with this name already exists.');
    await expect(name).toHaveValue('Acme again');
  });

  test('a saved client secret shows as saved until replaced', async ({ page }) => {
    await open(page, 'editor');
    const client = page.getByRole('region', { name: 'Integration' });
    await expect(client.getByRole('group', { name: 'Client secret' })).toContainText('•••• saved');
    await client.getByRole('button', { name: 'Replace client secret' }).click();
    await expect(client.getByRole('textbox', { name: 'Client secret' })).toBeFocused();
  });

  test('impersonation asks through which perspective, and for whom', async ({ page }) => {
    await open(page, 'editor');
    const perspective = page.getByRole('region', { name: 'As buyer01' });
    await expect(perspective.getByRole('button', { name: /Through perspective/ })).toContainText(
      'Seller admin',
    );
    await expect(perspective.getByRole('textbox', { name: 'Buyer ID' })).toHaveValue('acme-buyers');
    await expect(perspective.getByRole('textbox', { name: 'User ID' })).toHaveValue('buyer01');
    await expect(perspective).not.toContainText('Username');
  });

  test('the built-in sandbox keeps its name and environment', async ({ page }) => {
    await open(page, 'editor-builtin');
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).not.toBeEditable();
    await expect(page.getByRole('radio', { name: 'Local sandbox' })).toBeChecked();
    await expect(page.getByRole('radiogroup', { name: 'Environment' })).toHaveAttribute(
      'aria-readonly',
      'true',
    );
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
    await expect(
      page.getByRole('region', { name: 'admin01 (admin)' }).getByRole('textbox', { name: 'Label' }),
    ).toBeEditable();
  });
});

test.describe('marketplace list', () => {
  test('marks the active marketplace and names each environment', async ({ page }) => {
    await open(page, 'list');
    const list = page.getByRole('navigation', { name: 'Marketplaces' });
    await expect(list.getByRole('button', { name: /^Acme Industrial/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(list.getByRole('listitem')).toHaveText([
      /Local sandbox\s*Local sandbox/,
      /Acme Industrial\s*Europe West · Sandbox/,
      /Northwind staging\s*api\.northwind\.example:8443/,
    ]);
    await list.getByRole('button', { name: /^Northwind staging/ }).click();
    await list.getByRole('button', { name: 'Add marketplace' }).click();
    expect((await recorded(page)).calls).toEqual(['select:northwind', 'add']);
  });

  test('delete asks first; the built-in sandbox cannot be deleted', async ({ page }) => {
    await open(page, 'list');
    await page.getByRole('button', { name: 'Actions for Local sandbox' }).click();
    await expect(page.getByRole('menuitem', { name: /Delete/ })).toBeDisabled();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Actions for Northwind staging' }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete “Northwind staging”?' });
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    expect((await recorded(page)).calls).toEqual([]);
    await confirm.getByRole('button', { name: 'Delete marketplace' }).click();
    expect((await recorded(page)).calls).toEqual(['delete:northwind']);
  });
});

test.describe('sign-in dialog', () => {
  test('InvalidCredentials says what went wrong and keeps the password', async ({ page }) => {
    await open(page, 'sign-in');
    const dialog = page.getByRole('dialog', { name: 'Sign in as Seller admin' });
    await expect(dialog).toContainText('Acme Industrial · Europe West · Sandbox');
    const password = dialog.getByRole('textbox', { name: 'Password' });
    await expect(password).toBeFocused();
    await password.fill('wrong password');
    await password.press('Enter');

    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('The username or password is wrong.');
    await expect(alert).toContainText(
      'Check them and try again; OrderCloud does not say which one.',
    );
    await expect(password).toHaveValue('wrong password');

    await password.fill('correct horse');
    await tick(dialog.getByRole('checkbox', { name: 'Save password' }));
    await dialog.getByRole('button', { name: 'Remove BuyerImpersonation' }).click();
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog.getByRole('button', { name: 'Signing in…' })).toBeVisible();
    await expect.poll(async () => (await recorded(page)).signIns.length).toBe(2);
    expect((await recorded(page)).signIns[1]).toEqual({
      password: 'correct horse',
      savePassword: true,
      roles: ['OrderAdmin', 'ProductAdmin', 'ReportViewer'],
    });
  });

  test('with a saved password, Enter in the roles signs in', async ({ page }) => {
    await open(page, 'sign-in-saved');
    const dialog = page.getByRole('dialog', { name: 'Sign in as admin01 (admin)' });
    await expect(dialog.getByRole('textbox', { name: 'Password' })).toHaveCount(0);
    await expect(dialog).toContainText('Signs in with the saved password.');
    const roles = dialog.getByRole('combobox', { name: 'Add role to requested roles' });
    await expect(roles).toBeFocused();
    await roles.pressSequentially('OrderAdmin');
    await roles.press('Enter');
    await roles.press('Enter');
    await expect
      .poll(async () => (await recorded(page)).signIns)
      .toEqual([
        {
          savePassword: true,
          roles: ['CatalogAdmin', 'BuyerReader', 'MeAdmin', 'ProductAdmin', 'OrderAdmin'],
        },
      ]);
  });

  test('asks for the password before signing in', async ({ page }) => {
    await open(page, 'sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('textbox', { name: 'Password' })).toHaveAccessibleDescription(
      'Enter the password.',
    );
    expect((await recorded(page)).signIns).toEqual([]);
  });
});

test.describe('session panel', () => {
  test('marks roles that were not granted and counts down to expiry', async ({ page }) => {
    await open(page, 'session');
    const panel = page.getByRole('region', { name: 'Session' });
    await expect(panel).toContainText('admin01');
    await expect(panel).toContainText('Admin');
    await expect(panel).toContainText('3 of 4 granted');
    const refused = panel.getByRole('listitem').filter({ hasText: 'BuyerImpersonation' });
    await expect(refused).toContainText('not granted');
    await expect(refused.locator('.role-grant-name')).toHaveCSS(
      'text-decoration-line',
      'line-through',
    );
    await expect(panel.getByRole('listitem').filter({ hasText: 'MeAdmin' })).toBeVisible();

    const timer = panel.getByRole('timer');
    await expect(timer).toHaveText(/^expires in 9:(41|40)$/);
    const first = await timer.textContent();
    await expect(timer).not.toHaveText(first ?? '');

    await panel.getByRole('button', { name: 'Copy token' }).click();
    await expect(panel.getByRole('status')).toHaveText('Copied — main put it on your clipboard');
  });

  test('shows the token expired when its time is up', async ({ page }) => {
    await open(page, 'session', { expires: '1' });
    await expect(page.getByRole('timer')).toHaveText('expired');
  });

  test('says who is impersonated, through whom; FullAccess expands', async ({ page }) => {
    await open(page, 'session-impersonating');
    const panel = page.getByRole('region', { name: 'Session' });
    await expect(panel).toContainText(
      'Acting as buyer user buyer01 of acme-buyers, through Seller admin',
    );
    const fullAccess = panel.getByRole('button', { name: /FullAccess includes all/ });
    await fullAccess.click();
    await expect(fullAccess).toHaveAttribute('aria-expanded', 'true');
    await expect(panel.getByRole('listitem').filter({ hasText: 'ApiClientAdmin' })).toBeVisible();
  });
});

test('screenshots in light and dark', async ({ page }) => {
  await screenshots(page, 'editor', 'editor');
  await screenshots(page, 'editor-new', 'editor-problems', async () => {
    await tick(page.getByRole('radio', { name: 'Custom URL' }));
    await page.getByRole('textbox', { name: 'API URL' }).fill('localhost:4010');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toBeVisible();
  });
  await screenshots(page, 'list', 'list', async () => {
    await page.getByRole('button', { name: 'Actions for Acme Industrial' }).click();
  });
  await screenshots(page, 'sign-in', 'sign-in-failed', async () => {
    await page.getByRole('textbox', { name: 'Password' }).fill('wrong password');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
  });
  await screenshots(page, 'session', 'session');
  await screenshots(page, 'session-impersonating', 'session-impersonating');
});
