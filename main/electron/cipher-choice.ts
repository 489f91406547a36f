import type { KeyringStatus } from '../../preload/contract/desktop';
import type { Cipher } from '../vault/types';
import { SafeStorageCipher } from './safe-storage-cipher';

/**
 * The cipher the desktop app opens the vault with at start, without asking: the OS keyring, when
 * it really encrypts and the secrets were not sealed with a passphrase. Undefined means the vault
 * stays locked until the user types a passphrase (vault.unlock makes the PassphraseCipher).
 */
export function chooseCipher(
  keyring: KeyringStatus,
  sealedWith: Cipher['kind'] | null,
): Cipher | undefined {
  if (!keyring.secure || sealedWith === 'passphrase') return undefined;
  return new SafeStorageCipher();
}
