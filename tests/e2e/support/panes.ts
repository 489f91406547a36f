import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { jumpToOperation } from './console';

/** The pane a person sees as "Pane n" once the workspace is split. */
export const paneOf = (page: Page, index: number) =>
  page.getByRole('region', { name: `Pane ${index}` });

export const builderOf = (pane: Locator) => pane.getByRole('region', { name: 'Request builder' });

/** The tab's response area (the viewer inside it has the same name). */
export const responseOf = (pane: Locator) => pane.getByRole('region', { name: 'Response' }).first();

/** Splits the workspace in two and returns both panes. */
export async function splitInTwo(page: Page): Promise<[Locator, Locator]> {
  await page.getByRole('button', { name: 'Split the workspace' }).click();
  const panes: [Locator, Locator] = [paneOf(page, 1), paneOf(page, 2)];
  await expect(panes[1]).toBeVisible();
  return panes;
}

/** Brings a pane to the front the way a person does: by clicking its open tab. */
export async function focusPane(pane: Locator) {
  await paneTabs(pane).getByRole('tab', { selected: true }).click();
}

/** The pane's own tab strip (the request builder has tabs too). */
export const paneTabs = (pane: Locator) => pane.getByRole('tablist', { name: /^Tabs of / });

/** Opens an operation in a pane with the command palette (Ctrl+K), by its id. */
export async function openOperation(page: Page, pane: Locator, operationId: string) {
  await focusPane(pane);
  await jumpToOperation(page, operationId);
  await expect(builderOf(pane).getByText(operationId, { exact: true })).toBeVisible();
}

/** Opens an operation in a pane from the sidebar's catalog, found by its summary. */
export async function openFromCatalog(
  page: Page,
  pane: Locator,
  operationId: string,
  summary: string,
) {
  await focusPane(pane);
  const catalog = page.getByRole('navigation', { name: 'API catalog' });
  await catalog.getByRole('searchbox', { name: 'Filter operations' }).fill(summary);
  // The button reads "<METHOD> <summary>".
  const escaped = summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await catalog.getByRole('button', { name: new RegExp(`^[A-Z]+ ${escaped}$`) }).click();
  await expect(builderOf(pane).getByText(operationId, { exact: true })).toBeVisible();
}

/** Types a path parameter into its labelled field, picking the suggestion when it offers some. */
export async function fillPathParam(page: Page, pane: Locator, name: string, value: string) {
  const params = builderOf(pane).getByRole('group', { name: 'Path parameters' });
  const suggesting = params.getByRole('combobox', { name, exact: true });
  if (await suggesting.count()) {
    await suggesting.fill(value);
    await page.getByRole('option', { name: value, exact: true }).click();
  } else {
    await params.getByRole('textbox', { name, exact: true }).fill(value);
  }
  await expect(builderOf(pane).getByRole('status', { name: 'Resolved path' })).toContainText(
    encodeURIComponent(value),
  );
}

/** Replaces the JSON body in the pane's editor. */
export async function replaceBody(page: Page, pane: Locator, json: unknown) {
  const builder = builderOf(pane);
  await builder.getByRole('tab', { name: /Body/ }).click();
  await builder.getByRole('textbox', { name: 'Request body' }).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(JSON.stringify(json, null, 2));
}

/**
 * Sends the pane's request and waits for the status line to show `status`. The previous answer
 * stays on screen while a request is on its way, so callers then check something only the new
 * answer has.
 */
export async function send(pane: Locator, status: number) {
  await builderOf(pane).getByRole('button', { name: 'Send', exact: true }).click();
  await expect(responseOf(pane).getByRole('group', { name: 'Response status' })).toContainText(
    String(status),
    { timeout: 20_000 },
  );
}

/** A top-level string property of the JSON response, read from its tree row. */
export async function readTopLevelString(pane: Locator, key: string): Promise<string> {
  const row = responseOf(pane).getByRole('treeitem', {
    name: new RegExp(`^${key} : "`),
    level: 1,
  });
  const text = (await row.textContent()) ?? '';
  const value = text.match(/:\s*"(.*)"/)?.[1];
  if (!value) throw new Error(`No string ${key} in the response (row: ${text})`);
  return value;
}

/**
 * Finds `text` with the viewer's "Find in body" and expects the row `row` to show (the tree
 * only renders the rows in view, so a person searches rather than scrolls).
 */
export async function expectRowInBody(pane: Locator, text: string, row: string) {
  const response = responseOf(pane);
  await response.getByRole('searchbox', { name: 'Find in body' }).fill(text);
  await expect(response.getByRole('treeitem', { name: row, exact: true })).toBeVisible();
}

export interface CustomMarketplace {
  name: string;
  apiUrl: string;
  clientId: string;
  /** One password perspective, labelled by its username. */
  username: string;
}

/**
 * Adds a marketplace at a custom URL through the sidebar's editor; saving it points the
 * focused pane's tab at it.
 */
export async function addCustomMarketplace(page: Page, marketplace: CustomMarketplace) {
  await page.getByRole('button', { name: '+ Add marketplace' }).click();
  const editor = page.getByRole('dialog', { name: 'Add marketplace' });
  await editor.getByRole('textbox', { name: 'Name', exact: true }).fill(marketplace.name);
  // The radio input itself is visually hidden; a person clicks its label.
  await editor.getByRole('radio', { name: 'Custom URL' }).locator('xpath=ancestor::label').click();
  await editor.getByRole('textbox', { name: 'API URL' }).fill(marketplace.apiUrl);
  await editor
    .getByRole('region', { name: 'API client 1' })
    .getByRole('textbox', { name: 'Client ID' })
    .fill(marketplace.clientId);
  await editor.getByRole('button', { name: 'Add perspective' }).click();
  await editor
    .getByRole('region', { name: 'Perspective 1' })
    .getByRole('textbox', { name: 'Label' })
    .fill(marketplace.username);
  await editor
    .getByRole('region', { name: marketplace.username })
    .getByRole('textbox', { name: 'Username' })
    .fill(marketplace.username);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toBeHidden();
}

/** Signs a pane in with its tab's perspective, typing the password the profile does not keep. */
export async function signInWithPassword(
  page: Page,
  pane: Locator,
  who: string,
  password: string,
  roles: string[],
) {
  await pane.getByRole('button', { name: 'Sign in' }).click();
  const dialog = page.getByRole('dialog', { name: /Sign in/ });
  await dialog.getByLabel('Password', { exact: true }).fill(password);
  const add = dialog.getByRole('combobox', { name: 'Add role to requested roles' });
  for (const role of roles) {
    await add.fill(role);
    await add.press('Enter');
  }
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    pane.getByRole('button', { name: new RegExp(`Session details: ${who}`) }),
  ).toBeVisible();
}

/**
 * Screenshots the window in the light and the dark theme (switched in the status bar), into
 * the test's output and, when OCX_SCREENSHOTS names a folder, there as `${name}-${theme}.png`.
 */
export async function screenshotBothThemes(
  page: Page,
  name: string,
  outputPath: (file: string) => string,
) {
  const themes = page.getByRole('radiogroup', { name: 'Theme' });
  for (const theme of ['Light', 'Dark'] as const) {
    await themes.getByRole('radio', { name: theme }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase());
    const file = `${name}-${theme.toLowerCase()}.png`;
    const shot = await page.screenshot({ path: outputPath(file) });
    const folder = process.env.OCX_SCREENSHOTS;
    if (folder) await writeFile(path.join(folder, file), shot);
  }
  await themes.getByRole('radio', { name: 'System' }).click();
}
