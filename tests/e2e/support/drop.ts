import { expect, type Page } from '@playwright/test';

/**
 * Drops files on the app the way Chromium delivers a drop from the desktop: drag events carrying
 * a DataTransfer of Files. Used in browser mode (tests/e2e) and the desktop app (tests/electron).
 */

/** The few page globals these tests use; the tests' tsconfig has no DOM library. */
interface PageDataTransfer {
  items: { add(file: unknown): unknown };
  setData(type: string, data: string): void;
}
interface PageElement {
  dispatchEvent(event: unknown): boolean;
}
export interface DropPage {
  DataTransfer: new () => PageDataTransfer;
  File: new (parts: string[], name: string, options?: { type: string }) => unknown;
  DragEvent: new (
    type: string,
    init: { bubbles: boolean; cancelable: boolean; dataTransfer: PageDataTransfer },
  ) => { defaultPrevented: boolean };
  document: { body: PageElement; querySelector(selector: string): PageElement | null };
}

export interface FileToDrop {
  name: string;
  text: string;
  type?: string;
}

export async function dropFiles(page: Page, files: FileToDrop[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const { DataTransfer, File } = globalThis as unknown as DropPage;
    const transfer = new DataTransfer();
    for (const file of list)
      transfer.items.add(new File([file.text], file.name, { type: file.type ?? '' }));
    return transfer;
  }, files);
  const target = page.getByRole('main');
  const overlay = page.getByRole('status', { name: 'Drop to import' });
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await expect(overlay).toBeVisible();
  await expect(overlay).toContainText('Drop to import');
  await target.dispatchEvent('drop', { dataTransfer });
  await expect(overlay).toBeHidden();
}

/** A one-operation spec whose names appear nowhere else in the app. */
export const widgetSpec = {
  openapi: '3.0.1',
  info: { title: 'Widget Works API', version: '9.9' },
  tags: [
    { name: 'Widget Works', 'x-id': 'WidgetWorks' },
    { name: 'Widgets', 'x-section-id': 'WidgetWorks' },
  ],
  paths: {
    '/widgets': {
      get: {
        operationId: 'Widgets.List',
        summary: 'List every widget',
        tags: ['Widgets'],
        responses: { '200': { description: 'OK' } },
      },
    },
  },
};
