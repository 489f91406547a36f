import { describe, expect, it } from 'vitest';
import { chooseCipher } from '../../main/electron/cipher-choice';
import { SafeStorageCipher } from '../../main/electron/safe-storage-cipher';
import type { ProfileDraft } from '../../preload/contract/sessions';
import { __fake, app } from '../fakes/electron';
import { filesHoldingSecrets } from '../electron/secrets-on-disk';
import { restartShell, startShell, type Shell } from './support';

const CANARY = 'canary-client-secret-5f1c9e';
const PASSPHRASE = 'correct horse battery staple';
const isLinux = process.platform === 'linux';

const CANARY_MARKETPLACE: ProfileDraft = {
  name: 'Canary marketplace',
  color: '#7048e8',
  environment: { kind: 'custom', apiUrl: 'https://canary.example' },
  apiClients: [{ id: 'canary', clientId: 'canary-client', secret: CANARY }],
  perspectives: [],
};

const ask = (shell: Shell, channel: string, input?: unknown) =>
  __fake.invoke(`ocx:${channel}`, input, shell.window.webContents);

const vaultStatus = async (shell: Shell) =>
  ((await ask(shell, 'vault.status')) as { value: unknown }).value;

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
  it('opens with safeStorage at start, keeps secrets across a restart, never in clear', async () => {
    let shell = await startShell();
    expect(await vaultStatus(shell)).toMatchObject({ locked: false, sealedWith: 'safe-storage' });
    expect(await ask(shell, 'profiles.create', CANARY_MARKETPLACE)).toMatchObject({ ok: true });

    shell = await restartShell(shell);
    expect(await vaultStatus(shell)).toMatchObject({ locked: false, sealedWith: 'safe-storage' });
    const profiles = (await ask(shell, 'profiles.list')) as { value: { name: string }[] };
    expect(profiles.value).toContainEqual(
      expect.objectContaining({
        name: 'Canary marketplace',
        apiClients: [expect.objectContaining({ hasSecret: true })],
      }),
    );
    expect(filesHoldingSecrets(app.getPath('userData'), [CANARY])).toEqual([]);
  });

  it.runIf(isLinux)('waits for a passphrase on basic_text, and keeps to it after', async () => {
    let shell = await startShell(() => __fake.setStorageBackend('basic_text'));
    expect(await vaultStatus(shell)).toMatchObject({ locked: true, sealedWith: null });
    await ask(shell, 'vault.unlock', { passphrase: PASSPHRASE });
    expect(await ask(shell, 'profiles.create', CANARY_MARKETPLACE)).toMatchObject({ ok: true });
    expect(filesHoldingSecrets(app.getPath('userData'), [CANARY])).toEqual([]);

    // A keyring that works now does not take over secrets sealed with the passphrase.
    shell = await restartShell(shell, () => __fake.setStorageBackend('gnome_libsecret'));
    expect(await vaultStatus(shell)).toMatchObject({ locked: true, sealedWith: 'passphrase' });
  });
});
