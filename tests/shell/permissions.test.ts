import { describe, expect, it } from 'vitest';
import { session } from '../fakes/electron';
import { startShell } from './support';

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'];

describe('web permissions', () => {
  it.each(PERMISSIONS)('denies a request for %s', async (permission) => {
    await startShell();
    expect(await session.defaultSession.requestPermission(permission)).toBe(false);
  });

  it.each(PERMISSIONS)('answers a check for %s with false', async (permission) => {
    await startShell();
    expect(session.defaultSession.checkPermission(permission)).toBe(false);
  });
});
