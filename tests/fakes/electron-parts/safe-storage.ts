import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { app } from './app';

export type StorageBackend =
  'basic_text' | 'gnome_libsecret' | 'kwallet' | 'kwallet5' | 'kwallet6' | 'unknown';

/** basic_text's key is the same in every copy of Chromium: anyone can decrypt. */
const BAKED_IN_KEY = createHash('sha256').update('peanuts').digest();
const PREFIX = Buffer.from('v11');

/**
 * Each real keyring keeps its own key outside the app, so a restart finds it again; a new machine
 * (`forgetKeys`) does not. The keyring can also be locked or missing (`keyringAvailable`).
 */
class FakeSafeStorage {
  backend: StorageBackend = 'gnome_libsecret';
  keyringAvailable = true;
  private readonly keys = new Map<StorageBackend, Buffer>();

  getSelectedStorageBackend(): StorageBackend {
    return app.ready ? this.backend : 'unknown';
  }
  isAsyncEncryptionAvailable(): Promise<boolean> {
    return Promise.resolve(this.canEncrypt());
  }
  encryptStringAsync(plainText: string): Promise<Buffer> {
    if (!this.canEncrypt()) return Promise.reject(new Error('Encryption is not available.'));
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key(), iv);
    const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    return Promise.resolve(Buffer.concat([PREFIX, iv, cipher.getAuthTag(), body]));
  }
  async decryptStringAsync(
    encrypted: Buffer,
  ): Promise<{ shouldReEncrypt: boolean; result: string }> {
    if (!this.canEncrypt()) throw new Error('Decryption is not available.');
    const decipher = createDecipheriv('aes-256-gcm', this.key(), encrypted.subarray(3, 15));
    decipher.setAuthTag(encrypted.subarray(15, 31));
    const plain = Buffer.concat([decipher.update(encrypted.subarray(31)), decipher.final()]);
    return { shouldReEncrypt: false, result: plain.toString('utf8') };
  }

  forgetKeys(): void {
    this.backend = 'gnome_libsecret';
    this.keyringAvailable = true;
    this.keys.clear();
  }

  private canEncrypt(): boolean {
    return app.ready && this.keyringAvailable && this.backend !== 'unknown';
  }
  private key(): Buffer {
    if (this.backend === 'basic_text') return BAKED_IN_KEY;
    let key = this.keys.get(this.backend);
    if (!key) this.keys.set(this.backend, (key = randomBytes(32)));
    return key;
  }
}

export const safeStorage = new FakeSafeStorage();
