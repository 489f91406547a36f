import { beforeEach, describe, expect, it } from 'vitest';
import { OcxError } from '../../main/bridge/errors';
import { keyringStatus, SafeStorageCipher } from '../../main/electron/safe-storage-cipher';
import { __fake } from '../fakes/electron';

const SECRET = 'client-secret-0123456789';
const isLinux = process.platform === 'linux';
const LINUX_KEYRINGS = ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'] as const;

beforeEach(() => __fake.reset());

describe('SafeStorageCipher', () => {
  it('is a safe-storage Cipher', () => {
    expect(new SafeStorageCipher().kind).toBe('safe-storage');
  });

  it('is not usable before app ready', async () => {
    await expect(new SafeStorageCipher().encrypt(SECRET)).rejects.toThrow(/after app ready/);
    await expect(keyringStatus()).rejects.toThrow(/after app ready/);
  });

  it.each(LINUX_KEYRINGS)('round-trips on %s and reports it', async (backend) => {
    __fake.setStorageBackend(backend);
    await __fake.emitAppReady();
    const cipher = new SafeStorageCipher();
    const cipherText = await cipher.encrypt(SECRET);
    expect(cipherText).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(cipherText, 'base64').toString('latin1')).not.toContain(SECRET);
    expect(await cipher.decrypt(cipherText)).toBe(SECRET);
    expect(await keyringStatus()).toEqual({ backend: isLinux ? backend : 'os', secure: true });
  });

  it('opens what it sealed after the app restarts, with the same keyring', async () => {
    await __fake.emitAppReady();
    const cipherText = await new SafeStorageCipher().encrypt(SECRET);
    __fake.restart();
    await __fake.emitAppReady();
    expect(await new SafeStorageCipher().decrypt(cipherText)).toBe(SECRET);
  });

  it('cannot open it on another machine, whose keyring holds another key', async () => {
    await __fake.emitAppReady();
    const cipherText = await new SafeStorageCipher().encrypt(SECRET);
    __fake.reset();
    await __fake.emitAppReady();
    await expect(new SafeStorageCipher().decrypt(cipherText)).rejects.toThrow();
  });

  it.runIf(isLinux)('refuses basic_text and points to the passphrase instead', async () => {
    __fake.setStorageBackend('basic_text');
    await __fake.emitAppReady();
    const cipher = new SafeStorageCipher();
    expect(await keyringStatus()).toEqual({ backend: 'basic_text', secure: false });
    const refusal = await cipher.encrypt(SECRET).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OcxError);
    expect(refusal).toMatchObject({ code: 'InsecureKeyring', details: { backend: 'basic_text' } });
    expect((refusal as Error).message).toMatch(/passphrase/);
    await expect(cipher.decrypt('djEwAAAA')).rejects.toMatchObject({ code: 'InsecureKeyring' });
  });

  it('refuses when the keyring is locked or missing', async () => {
    __fake.setKeyringAvailable(false);
    await __fake.emitAppReady();
    expect(await keyringStatus()).toMatchObject({ secure: false });
    const refusal = new SafeStorageCipher().encrypt(SECRET);
    await expect(refusal).rejects.toMatchObject({ code: 'InsecureKeyring' });
    await expect(refusal).rejects.toThrow(/Unlock or install a keyring/);
  });
});
