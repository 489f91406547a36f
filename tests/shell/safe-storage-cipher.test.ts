import { beforeEach, describe, expect, it } from 'vitest';
import { OcxError } from '../../main/bridge/errors';
import { keyringStatus, SafeStorageCipher } from '../../main/electron/safe-storage-cipher';
import { __fake } from '../fakes/electron';

const SECRET = 'client-secret-0123456789';
const isLinux = process.platform === 'linux';

beforeEach(() => __fake.reset());

describe('SafeStorageCipher', () => {
  it('is a safe-storage Cipher', () => {
    expect(new SafeStorageCipher().kind).toBe('safe-storage');
  });

  it('is not usable before app ready', async () => {
    await expect(new SafeStorageCipher().encrypt(SECRET)).rejects.toThrow(/after app ready/);
  });

  it.each(['gnome_libsecret', 'kwallet'] as const)('round-trips on %s', async (backend) => {
    __fake.setStorageBackend(backend);
    await __fake.emitAppReady();
    const cipher = new SafeStorageCipher();
    const cipherText = await cipher.encrypt(SECRET);
    expect(cipherText).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(cipherText, 'base64').toString('latin1')).not.toContain(SECRET);
    expect(await cipher.decrypt(cipherText)).toBe(SECRET);
    expect(cipher.status).toEqual({ backend: isLinux ? backend : 'os', secure: true });
  });

  it.runIf(isLinux)('refuses basic_text and points to the passphrase instead', async () => {
    __fake.setStorageBackend('basic_text');
    await __fake.emitAppReady();
    const cipher = new SafeStorageCipher();
    expect(keyringStatus()).toEqual({ backend: 'basic_text', secure: false });
    const refusal = await cipher.encrypt(SECRET).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OcxError);
    expect(refusal).toMatchObject({ code: 'InsecureKeyring', details: { backend: 'basic_text' } });
    expect((refusal as Error).message).toMatch(/passphrase/);
    await expect(cipher.decrypt('djEwAAAA')).rejects.toMatchObject({ code: 'InsecureKeyring' });
  });

  it('refuses when encryption is unavailable', async () => {
    __fake.setStorageBackend('unknown');
    await __fake.emitAppReady();
    await expect(new SafeStorageCipher().encrypt(SECRET)).rejects.toMatchObject({
      code: 'InsecureKeyring',
    });
  });
});
