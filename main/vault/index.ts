export type { Cipher, SecretStore } from './types';
export { Vault, type SecretIndex, type VaultOptions, type VaultStatus } from './vault';
export {
  PassphraseCipher,
  CipherTextError,
  DEFAULT_SCRYPT_LOG_COST,
  type PassphraseCipherOptions,
} from './passphrase-cipher';
export {
  unlockWithPassphrase,
  PASSPHRASE_ENV,
  type PassphrasePrompt,
  type PassphraseSource,
} from './passphrase-source';
export { VaultErrorCode, vaultError, vaultLocked } from './errors';
export { DurableStore, type StoreNotice, type StoreMigrations } from './durable-store';
export { writeFileAtomic, PRIVATE_FILE_MODE } from './atomic-file';
export { secretKeys } from './secret-keys';
