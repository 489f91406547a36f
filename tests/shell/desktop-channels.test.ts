import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppCore } from '../../main/app/core';
import { notifyIfUnfocused } from '../../main/electron/notifier';
import { LOCAL_SANDBOX_PROFILE_ID } from '../../preload/contract/profiles';
import { JWT } from '../electron/secrets-on-disk';
import { __fake, clipboard, Notification, type BrowserWindow } from '../fakes/electron';
import { startShell } from './support';

let window: BrowserWindow;
beforeEach(async () => {
  ({ window } = await startShell());
});

const DONE = { title: 'All pages loaded', body: '1,204 products in 13 pages' };

describe('notifications', () => {
  it('stay quiet while the user is looking at the window', () => {
    window.focus();
    expect(notifyIfUnfocused(DONE.title, DONE.body)).toBe(false);
    expect(Notification.shown).toEqual([]);
  });

  it('appear when the user is in another app, and clicking one brings the window back', () => {
    window.blur();
    window.minimize();
    expect(notifyIfUnfocused(DONE.title, DONE.body)).toBe(true);
    const [shown] = Notification.shown;
    expect(shown?.options).toEqual(DONE);
    shown?.click();
    expect(window.isMinimized()).toBe(false);
    expect(window.isFocused() && window.visible).toBe(true);
  });

  it('are skipped where the system has none', () => {
    Notification.supported = false;
    expect(notifyIfUnfocused(DONE.title, DONE.body)).toBe(false);
  });

  it('are what desktop.notify asks for', async () => {
    const result = await __fake.invoke('ocx:desktop.notify', DONE, window.webContents);
    expect(result).toEqual({ ok: true, value: { shown: true } });
    expect(Notification.shown.map((shown) => shown.options)).toEqual([DONE]);
  });

  it('refuse an oversized or empty message at the boundary', async () => {
    for (const input of [
      { title: '', body: '' },
      { title: 'x', body: 'y'.repeat(501) },
    ]) {
      const result = await __fake.invoke('ocx:desktop.notify', input, window.webContents);
      expect(result).toMatchObject({ ok: false, error: { code: 'BadRequest' } });
    }
    expect(Notification.shown).toEqual([]);
  });
});

describe('desktop.keyring', () => {
  it('tells the renderer which keyring protects secrets', async () => {
    const result = await __fake.invoke('ocx:desktop.keyring', undefined, window.webContents);
    const backend = process.platform === 'linux' ? 'gnome_libsecret' : 'os';
    expect(result).toEqual({ ok: true, value: { backend, secure: true } });
  });

  it.runIf(process.platform === 'linux')('reports basic_text as not secure', async () => {
    __fake.setStorageBackend('basic_text');
    const result = await __fake.invoke('ocx:desktop.keyring', undefined, window.webContents);
    expect(result).toEqual({ ok: true, value: { backend: 'basic_text', secure: false } });
  });
});

describe('Copy token', () => {
  it('puts the token on the system clipboard and never gives it to the renderer', async () => {
    const session = { profileId: LOCAL_SANDBOX_PROFILE_ID, perspectiveId: 'admin' };
    const signedIn = await __fake.invoke('ocx:sessions.signIn', session, window.webContents);
    expect(signedIn).toMatchObject({ ok: true, value: { state: 'signed-in' } });
    const copied = await __fake.invoke('ocx:sessions.copyToken', session, window.webContents);
    expect(copied).toEqual({ ok: true, value: { copied: true } });
    expect(clipboard.text).toMatch(JWT);
    const everythingSent = JSON.stringify([signedIn, copied, window.webContents.sent]);
    expect(everythingSent).not.toContain(clipboard.text);
    expect(everythingSent).not.toMatch(JWT);
  });
});

describe('the desktop channels in browser mode', () => {
  it('answer that nothing was shown and there is no keyring', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ocx-browser-mode-'));
    const core = createAppCore({ runtime: 'browser', dataDir, emit: () => {} });
    const context = { callerId: 'test' };
    try {
      expect(await core.dispatch('desktop.notify', DONE, context)).toEqual({
        ok: true,
        value: { shown: false },
      });
      expect(await core.dispatch('desktop.keyring', undefined, context)).toEqual({
        ok: true,
        value: { backend: 'none', secure: false },
      });
    } finally {
      await core.ready;
      await core.dispose();
    }
  });
});
