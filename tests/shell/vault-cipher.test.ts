import { beforeEach, describe, expect, it } from 'vitest';
import { chooseCipher } from '../../main/electron/cipher-choice';
import { desktopServices } from '../../main/electron/desktop-services';
import { SafeStorageCipher } from '../../main/electron/safe-storage-cipher';
import { PassphraseCipher } from '../../main/vault/passphrase-cipher';
import type { Cipher } from '../../main/vault/types';
import { Vault } from '../../main/vault/vault';
import { __fake, app } from '../fakes/electron';
import { filesHoldingSecrets } from '../electron/secrets-on-disk';

const CANARY = 'canary-client-secret-5f1c9e';
const KEY = 'client-secret:local-sandbox:erp';
const isLinux = process.platform === 'linux';

beforeEach(() => __fake.reset());

/** Opens the userData vault the way the desktop app does at start; undefined when it must ask. */
async function openVault(): Promise<{ vault: Vault; cipher: Cipher | undefined }> {
  const vault = new Vault({ dataDir: app.getPath('userData') });
  const cipher = await desktopServices.vaultCipher(vault.status().sealedWith);
  if (cipher) await vault.unlock(cipher);
  return { vault, cipher };
}

describe("the desktop app's choice of vault cipher", () => {
  const secure = { backend: 'gnome_libsecret', secure: true } as const;

  it('uses the OS keyring when it really encrypts', () => {
    expect(chooseCipher(secure, null)).toBeInstanceOf(SafeStorageCipher);
    expect(chooseCipher(secure, 'safe-storage')).toBeInstanceOf(SafeStorageCipher);
  });

  it('leaves the vault to a passphrase when the keyring cannot protect it', () => {
    expect(chooseCipher({ backend: 'basic_text', secure: false }, null)).toBeUndefined();
    expect(chooseCipher({ backend: 'os', secure: false }, 'safe-storage')).toBeUndefined();
  });

  it('keeps to a passphrase once the user chose one', () => {
    expect(chooseCipher(secure, 'passphrase')).toBeUndefined();
  });
});

describe('the vault in the desktop app', () => {
  it('seals with safeStorage and survives a restart', async () => {
    await __fake.emitAppReady();
    const first = await openVault();
    expect(first.cipher?.kind).toBe('safe-storage');
    await first.vault.set(KEY, CANARY);

    __fake.restart();
    await __fake.emitAppReady();
    const { vault } = await openVault();
    expect(vault.isLocked()).toBe(false);
    expect(await vault.get(KEY)).toBe(CANARY);
    expect(filesHoldingSecrets(app.getPath('userData'), [CANARY])).toEqual([]);
  });

  it.runIf(isLinux)('stays locked on basic_text until a passphrase opens it', async () => {
    __fake.setStorageBackend('basic_text');
    await __fake.emitAppReady();
    const { vault, cipher } = await openVault();
    expect(cipher).toBeUndefined();
    expect(vault.status()).toMatchObject({ locked: true, sealedWith: null });
    await vault.unlock(new PassphraseCipher('correct horse', { logCost: 10 }));
    await vault.set(KEY, CANARY);
    expect(filesHoldingSecrets(app.getPath('userData'), [CANARY])).toEqual([]);
  });

  it('does not reach for the keyring once secrets are sealed with a passphrase', async () => {
    await __fake.emitAppReady();
    const vault = new Vault({ dataDir: app.getPath('userData') });
    await vault.unlock(new PassphraseCipher('correct horse', { logCost: 10 }));
    __fake.restart();
    await __fake.emitAppReady();
    const reopened = await openVault();
    expect(reopened.cipher).toBeUndefined();
    expect(reopened.vault.status()).toMatchObject({ locked: true, sealedWith: 'passphrase' });
  });
});
