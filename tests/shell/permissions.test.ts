import { beforeAll, describe, expect, it } from 'vitest';
import { session } from '../fakes/electron';
import { startShell } from './support';

const DENIED = [
  'media',
  'geolocation',
  'notifications',
  'clipboard-read',
  'openExternal',
  'fullscreen',
  'pointerLock',
  'midiSysex',
  'display-capture',
  'idle-detection',
  'window-management',
  'local-fonts',
  'hid',
  'serial',
  'usb',
  'storage-access',
  'unknown',
];
const CLIPBOARD_WRITE = 'clipboard-sanitized-write';

beforeAll(() => startShell());

describe('web permissions', () => {
  it.each(DENIED)('denies a request for %s', async (permission) => {
    expect(await session.defaultSession.requestPermission(permission)).toBe(false);
  });

  it.each(DENIED)('answers a check for %s with false', async (permission) => {
    expect(session.defaultSession.checkPermission(permission)).toBe(false);
  });

  it.each(['hid', 'serial', 'usb'])('denies %s devices', async (deviceType) => {
    expect(session.defaultSession.checkDevice(deviceType)).toBe(false);
  });

  it("lets the app's own page write to the clipboard, for its Copy buttons", async () => {
    expect(await session.defaultSession.requestPermission(CLIPBOARD_WRITE)).toBe(true);
    expect(session.defaultSession.checkPermission(CLIPBOARD_WRITE)).toBe(true);
  });

  it('refuses clipboard writes to any other page or to a subframe', async () => {
    const fake = session.defaultSession;
    for (const origin of ['https://evil.example', 'app://evil', 'app://renderer.evil', 'null']) {
      expect(await fake.requestPermission(CLIPBOARD_WRITE, `${origin}/page.html`)).toBe(false);
      expect(fake.checkPermission(CLIPBOARD_WRITE, origin)).toBe(false);
    }
    expect(await fake.requestPermission(CLIPBOARD_WRITE, 'app://renderer/', false)).toBe(false);
    expect(fake.checkPermission(CLIPBOARD_WRITE, 'app://renderer', false)).toBe(false);
  });
});
