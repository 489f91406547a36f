import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createAppCore } from '../../main/app/core';
import { createDispatch } from '../../main/bridge/dispatch';
import { OcxError } from '../../main/bridge/errors';
import type { HandlerMap } from '../../main/bridge/handlers';

function core() {
  const emit = vi.fn();
  const app = createAppCore({
    runtime: 'browser',
    dataDir: mkdtempSync(path.join(tmpdir(), 'ocx-dispatch-')),
    emit,
  });
  return { app, emit };
}

const caller = { callerId: 'test' };

describe('the bridge boundary', () => {
  it('answers app.info with the runtime and data directory', async () => {
    const { app } = core();
    const result = await app.dispatch('app.info', undefined, caller);
    expect(result).toMatchObject({ ok: true, value: { name: 'OC Explorer', runtime: 'browser' } });
  });

  it('answers an unknown channel with a typed error', async () => {
    const { app } = core();
    for (const channel of ['nope', 'app.info.extra', '__proto__', 'toString', 42, null]) {
      const result = await app.dispatch(channel, undefined, caller);
      expect(result).toMatchObject({ ok: false, error: { code: 'UnknownChannel' } });
    }
  });

  it('answers schema-invalid input with BadRequest and the issues', async () => {
    const { app } = core();
    const result = await app.dispatch('settings.update', { theme: 'purple' }, caller);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('BadRequest');
    expect(result.error.details).toEqual([expect.objectContaining({ path: ['theme'] })]);
  });

  it('keeps thrown errors and their stacks on this side', async () => {
    const onInternalError = vi.fn();
    const handlers = {
      ...core().app.handlers,
      'app.info': () => {
        throw new Error('secret internals at /home/user/.config');
      },
    } satisfies HandlerMap;
    const dispatch = createDispatch(handlers, { onInternalError });
    const result = await dispatch('app.info', undefined, caller);
    expect(result).toEqual({
      ok: false,
      error: { code: 'Internal', message: 'OC Explorer could not complete app.info.' },
    });
    expect(JSON.stringify(result)).not.toContain('secret internals');
    expect(onInternalError).toHaveBeenCalledOnce();
  });

  it('passes expected failures through as code, message and details', async () => {
    const handlers = {
      ...core().app.handlers,
      'settings.get': () => {
        throw new OcxError('VaultLocked', 'Unlock the vault first.', { hint: 'passphrase' });
      },
    } satisfies HandlerMap;
    const result = await createDispatch(handlers)('settings.get', undefined, caller);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'VaultLocked',
        message: 'Unlock the vault first.',
        details: { hint: 'passphrase' },
      },
    });
  });

  it('refuses an answer outside the output schema', async () => {
    const handlers = {
      ...core().app.handlers,
      'settings.get': () => ({ theme: 'neon' }) as never,
    } satisfies HandlerMap;
    const result = await createDispatch(handlers)('settings.get', undefined, caller);
    expect(result).toMatchObject({ ok: false, error: { code: 'Internal' } });
  });

  it('stores settings and tells every renderer', async () => {
    const { app, emit } = core();
    const result = await app.dispatch('settings.update', { theme: 'dark' }, caller);
    expect(result).toEqual({ ok: true, value: { theme: 'dark' } });
    expect(emit).toHaveBeenCalledWith('settings.changed', { theme: 'dark' });
    expect(await app.dispatch('settings.get', undefined, caller)).toEqual({
      ok: true,
      value: { theme: 'dark' },
    });
  });

  it('opens only allowlisted https links', async () => {
    const openExternal = vi.fn(async () => {});
    const app = createAppCore({
      runtime: 'electron',
      dataDir: mkdtempSync(path.join(tmpdir(), 'ocx-dispatch-')),
      emit: vi.fn(),
      openExternal,
    });
    const open = (url: string) => app.dispatch('app.openExternal', { url }, caller);
    expect(await open('https://ordercloud.io/knowledge-base')).toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(await open('file:///etc/passwd')).toEqual({ ok: true, value: { opened: false } });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });
});
