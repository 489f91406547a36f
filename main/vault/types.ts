/** Turns a secret into ciphertext safe to keep on disk, and back. Never a no-op. */
export interface Cipher {
  readonly kind: 'safe-storage' | 'passphrase';
  encrypt(plainText: string): Promise<string>;
  decrypt(cipherText: string): Promise<string>;
}

/**
 * Where every secret lives: client secrets, saved passwords, access and refresh tokens.
 * Keys name their owner, e.g. `client-secret:{profileId}:{apiClientId}`,
 * `password:{profileId}:{perspectiveId}`, `session:{profileId}:{perspectiveId}`.
 */
export interface SecretStore {
  isLocked(): boolean;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  deleteByPrefix(prefix: string): Promise<void>;
}
