import { app, safeStorage } from 'electron';
import type { KeyringStatus } from '../../preload/contract/desktop';
import { OcxError } from '../bridge/errors';
import type { Cipher } from '../vault/types';

/** Which keyring safeStorage uses, and whether it really encrypts. Only after app 'ready'. */
export async function keyringStatus(): Promise<KeyringStatus> {
  // A programming error, not the user's: safeStorage reads the keyring only after 'ready'.
  if (!app.isReady()) throw new Error('safeStorage is usable only after app ready.');
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
  const available = await safeStorage.isAsyncEncryptionAvailable();
  return { backend, secure: available && backend !== 'basic_text' };
}

/**
 * Secrets encrypted with a key the OS keyring guards. Where Linux has no keyring Chromium falls
 * back to basic_text, a key baked into every copy of Chromium: that is obfuscation, so this
 * cipher refuses rather than pretending, and the user is pointed to the passphrase cipher.
 */
export class SafeStorageCipher implements Cipher {
  readonly kind = 'safe-storage' as const;

  async encrypt(plainText: string): Promise<string> {
    await assertSecure();
    return (await safeStorage.encryptStringAsync(plainText)).toString('base64');
  }

  async decrypt(cipherText: string): Promise<string> {
    await assertSecure();
    return (await safeStorage.decryptStringAsync(Buffer.from(cipherText, 'base64'))).result;
  }
}

async function assertSecure(): Promise<void> {
  const { backend, secure } = await keyringStatus();
  if (secure) return;
  throw new OcxError(
    'InsecureKeyring',
    backend === 'basic_text'
      ? 'No system keyring was found (such as GNOME Keyring or KWallet), so OC Explorer cannot ' +
          'encrypt secrets with it. Protect them with a passphrase instead.'
      : 'The system keyring is not available, so OC Explorer cannot encrypt secrets with it. ' +
          'Unlock or install a keyring, or protect secrets with a passphrase instead.',
    { backend },
  );
}
