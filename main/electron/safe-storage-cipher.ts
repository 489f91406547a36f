import { app, safeStorage } from 'electron';
import { OcxError } from '../bridge/errors';
import type { Cipher } from '../vault/types';

export type KeyringBackend = ReturnType<typeof safeStorage.getSelectedStorageBackend> | 'os';

export interface KeyringStatus {
  /** Linux's password store as Chromium picked it; 'os' for the macOS Keychain and Windows DPAPI. */
  backend: KeyringBackend;
  /** False when safeStorage would only obfuscate (basic_text) or cannot encrypt at all. */
  secure: boolean;
}

/** Which keyring safeStorage would use. Only meaningful after app 'ready'. */
export function keyringStatus(): KeyringStatus {
  const backend =
    process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : ('os' as const);
  return { backend, secure: safeStorage.isEncryptionAvailable() && backend !== 'basic_text' };
}

/**
 * Secrets encrypted with a key the OS keyring guards. Where Linux has no keyring Chromium falls
 * back to basic_text, a key baked into every copy of Chromium: that is obfuscation, so this
 * cipher refuses rather than pretending, and the user is pointed to the passphrase cipher.
 */
export class SafeStorageCipher implements Cipher {
  readonly kind = 'safe-storage' as const;

  get status(): KeyringStatus {
    this.assertReady();
    return keyringStatus();
  }

  async encrypt(plainText: string): Promise<string> {
    this.assertSecure();
    return safeStorage.encryptString(plainText).toString('base64');
  }

  async decrypt(cipherText: string): Promise<string> {
    this.assertSecure();
    return safeStorage.decryptString(Buffer.from(cipherText, 'base64'));
  }

  private assertReady(): void {
    // A programming error, not the user's: safeStorage reads the keyring only after 'ready'.
    if (!app.isReady()) throw new Error('SafeStorageCipher is usable only after app ready.');
  }

  private assertSecure(): void {
    const { backend, secure } = this.status;
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
}
