import { expect, test } from './support/fixtures';
import { jumpToOperation, signIn } from './support/console';
import type { Page } from '@playwright/test';

const workspace = (page: Page) => page.getByRole('region', { name: 'Workspace' });
const catalog = (page: Page) => page.getByRole('navigation', { name: 'API catalog' });

test('a filtered, sorted product list pages through, and "All pages" fills the table', async ({
  page,
}) => {
  await signIn(page, 'admin01');
  await jumpToOperation(page, 'Products.List');
  const builder = workspace(page).getByRole('region', { name: 'Request builder' });
  await builder.getByRole('button', { name: 'Add filter' }).click();
  await builder.getByRole('combobox', { name: 'Filter 1 field' }).fill('xp.Category');
  await page.keyboard.press('Escape');
  await builder.getByRole('button', { name: 'Filter 1 operator' }).click();
  await page.getByRole('option', { name: '!=', exact: true }).click();
  await builder
    .getByRole('textbox', { name: 'Filter 1 value', exact: true })
    .fill('nothing-like-this');
  await builder.getByRole('textbox', { name: 'Page size' }).fill('10');
  await expect(builder.getByRole('status', { name: 'Query' })).toHaveText(
    /pageSize=10&xp\.Category=!nothing-like-this/,
  );
  await builder.getByRole('textbox', { name: 'Page size' }).press('ControlOrMeta+Enter');

  const response = workspace(page).getByRole('region', { name: 'Response' }).first();
  const pager = response.getByRole('navigation', { name: 'Pages' });
  await expect(pager).toContainText(/Page 1 of \d+/);
  const total = Number((await pager.textContent())?.match(/([\d,]+) items/)?.[1]?.replace(',', ''));
  expect(total).toBeGreaterThan(10);
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText('Page 2 of');

  await response.getByRole('button', { name: 'All pages' }).click();
  await response.getByRole('tab', { name: 'Table' }).click();
  await expect(response.getByRole('table', { name: 'Items' })).toBeVisible();
  await expect(response.getByRole('toolbar', { name: 'Table tools' })).toContainText(
    `${total} rows`,
  );
});

test('an operation beyond the token is marked, and sending it anyway explains InsufficientRoles', async ({
  page,
}) => {
  await signIn(page, 'buyer01');
  await catalog(page)
    .getByRole('searchbox', { name: 'Filter operations' })
    .fill('create a new product');
  const create = catalog(page).getByRole('button', { name: /Create a new product/ });
  await expect(create).toHaveAttribute('data-access', 'denied');
  await expect(create).toHaveAccessibleDescription(/needs one of: .*ProductAdmin/);
  await create.click();

  const builder = workspace(page).getByRole('region', { name: 'Request builder' });
  await builder.getByRole('button', { name: 'Send', exact: true }).click();
  const response = workspace(page).getByRole('region', { name: 'Response' }).first();
  await expect(response.getByRole('group', { name: 'Response status' })).toContainText('403');
  await expect(response.getByText('InsufficientRoles').first()).toBeVisible();
  await expect(
    response.getByText(/This operation needs one of: .*ProductAdmin.*Your token has: /),
  ).toBeVisible();
});

test('a body that fails the schema is stopped before send, naming the field', async ({ page }) => {
  await signIn(page, 'admin01');
  await jumpToOperation(page, 'Products.Create');
  const builder = workspace(page).getByRole('region', { name: 'Request builder' });
  const editor = builder.getByRole('textbox', { name: 'Request body' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('{\n  "Description": "no name"\n}');
  await expect(builder.getByRole('list', { name: 'Body problems' })).toContainText(
    'Name is required',
  );
  await builder.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(builder.getByRole('alert')).toContainText('Name is required');
  await expect(
    workspace(page)
      .getByRole('region', { name: 'Response' })
      .first()
      .getByRole('group', { name: 'Response status' }),
  ).toHaveCount(0);
});
