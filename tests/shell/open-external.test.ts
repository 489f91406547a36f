import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openExternal } from '../../main/electron/open-external';
import { __fake, shell, type BrowserWindow } from '../fakes/electron';
import { ALLOWED_EXTERNAL_URLS, REFUSED_EXTERNAL_URLS } from './hostile-urls';
import { startShell } from './support';

let window: BrowserWindow;
beforeAll(async () => {
  ({ window } = await startShell());
});
beforeEach(() => {
  shell.opened.length = 0;
});

const askMain = (url: string) => __fake.invoke('ocx:app.openExternal', { url }, window.webContents);

describe('opening links in the browser', () => {
  it.each(REFUSED_EXTERNAL_URLS)('refuses %j from the renderer', async (url) => {
    expect(await askMain(url)).toMatchObject({ ok: true, value: { opened: false } });
    expect(shell.opened).toEqual([]);
  });

  it.each(REFUSED_EXTERNAL_URLS)('refuses %j from main itself', async (url) => {
    expect(await openExternal(url)).toBe(false);
    expect(shell.opened).toEqual([]);
  });

  it.each(ALLOWED_EXTERNAL_URLS)('opens the allowlisted https page %s', async (url) => {
    expect(await askMain(url)).toMatchObject({ ok: true, value: { opened: true } });
    expect(shell.opened).toEqual([url]);
  });

  it('refuses an over-long URL at the boundary, before the allowlist', async () => {
    const url = `https://ordercloud.io/${'a'.repeat(2100)}`;
    expect(await askMain(url)).toMatchObject({ ok: false, error: { code: 'BadRequest' } });
    expect(shell.opened).toEqual([]);
  });
});
