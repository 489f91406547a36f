import { OcxError } from '../bridge/errors';

export const VaultErrorCode = {
  Locked: 'VaultLocked',
  WrongPassphrase: 'VaultWrongPassphrase',
  CipherMismatch: 'VaultCipherMismatch',
  PassphraseRequired: 'VaultPassphraseRequired',
  Undecryptable: 'VaultUndecryptable',
} as const;

export type VaultErrorCode = (typeof VaultErrorCode)[keyof typeof VaultErrorCode];

export function vaultError(code: VaultErrorCode, message: string): OcxError {
  return new OcxError(code, message);
}

export const vaultLocked = (): OcxError =>
  vaultError(
    VaultErrorCode.Locked,
    'Saved secrets are locked. Unlock them with your passphrase, then try again.',
  );
