import { rmSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { filesHoldingSecrets } from './secrets-on-disk';
import {
  freshUserData,
  launchDesktop,
  viaBridge,
  whyElectronCannotRun,
  type Desktop,
} from './support';

const cannotRun = whyElectronCannotRun();
test.skip(cannotRun !== undefined, cannotRun);

/** A secret only this test knows: it must never appear on disk in plain text. */
const CANARY_SECRET = `canary-secret-${Date.now().toString(36)}`;
const ADMIN = 'admin01';
/** In admin01's GET /v1/me answer and nowhere else on screen. */
const ADMIN_EMAIL = 'maria.reyes@cascade-supply.example';

let userData: string;
let desktop: Desktop | undefined;

test.beforeEach(() => {
  userData = freshUserData();
});

test.afterEach(async () => {
  await desktop?.app.close();
  rmSync(userData, { recursive: true, force: true });
});

test('signs in to the Local sandbox, stays signed in across a restart, and keeps no secret in clear', async () => {
  desktop = await launchDesktop(userData);
  const keyring = await viaBridge(desktop.page, 'desktop.keyring');
  test.skip(
    !keyring.secure,
    `safeStorage found no secure keyring (${keyring.backend}), so the vault waits for a passphrase.`,
  );
  await plantCanarySecret(desktop.page);

  await signIn(desktop.page, ADMIN);
  await sendMeGet(desktop.page);

  await desktop.app.close();
  desktop = await launchDesktop(userData);
  // Main restores sessions as it starts; the page may ask before it has finished.
  const page = desktop.page;
  await expect
    .poll(() => viaBridge(page, 'sessions.list'))
    .toContainEqual(expect.objectContaining({ username: ADMIN, state: 'signed-in' }));
  await sendMeGet(page);
  await expect(page.getByRole('dialog', { name: /^Sign in/ })).toHaveCount(0);

  await desktop.app.close();
  desktop = undefined;
  expect(filesHoldingSecrets(userData, [CANARY_SECRET])).toEqual([]);
});

/** A client secret saved through the bridge: it goes to the vault, sealed by safeStorage. */
async function plantCanarySecret(page: Page): Promise<void> {
  await viaBridge(page, 'profiles.create', {
    name: 'Canary marketplace',
    color: '#7048e8',
    environment: { kind: 'custom', apiUrl: 'https://canary.example' },
    apiClients: [{ id: 'canary', clientId: 'canary-client', secret: CANARY_SECRET }],
    perspectives: [],
  });
}

/** The perspective's own "Sign in" button, then the dialog's. */
async function signIn(page: Page, username: string): Promise<void> {
  const perspective = page
    .getByRole('button', { name: new RegExp(`^Sign in as ${username}\\b`) })
    .or(page.getByRole('button', { name: 'Sign in', exact: true }))
    .first();
  await perspective.click();
  const dialog = page.getByRole('dialog', { name: /^Sign in/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog).toHaveCount(0);
}

/** Command palette → "Me.Get" → Send, and admin01's own record in the answer. */
async function sendMeGet(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+K');
  const palette = page.getByRole('dialog', { name: 'Go to operation' });
  await palette.getByRole('searchbox', { name: 'Search operations' }).fill('Me.Get');
  await palette.getByRole('menuitem', { name: /\bMe\.Get$/ }).click();
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText(ADMIN_EMAIL).first()).toBeVisible();
}
