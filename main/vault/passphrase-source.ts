import { VaultErrorCode, vaultError } from './errors';
import { PassphraseCipher, type PassphraseCipherOptions } from './passphrase-cipher';
import type { Vault } from './vault';

export const PASSPHRASE_ENV = 'OCX_VAULT_PASSPHRASE';

/** Asks the person at the keyboard, without echo; undefined when there is nobody to ask. */
export type PassphrasePrompt = (question: string) => Promise<string>;

export interface PassphraseSource {
  env: NodeJS.ProcessEnv;
  prompt?: PassphrasePrompt;
  cipherOptions?: PassphraseCipherOptions;
}

/**
 * Unlocks the vault outside Electron: with OCX_VAULT_PASSPHRASE when set (scripts, CI), else by
 * asking in the terminal; a new vault asks twice so a typo cannot seal secrets away.
 */
export async function unlockWithPassphrase(vault: Vault, source: PassphraseSource): Promise<void> {
  if (!vault.isLocked()) return;
  const passphrase = source.env[PASSPHRASE_ENV] || (await askPassphrase(vault, source.prompt));
  await vault.unlock(new PassphraseCipher(passphrase, source.cipherOptions));
}

async function askPassphrase(vault: Vault, prompt: PassphrasePrompt | undefined): Promise<string> {
  if (!prompt) {
    throw vaultError(
      VaultErrorCode.PassphraseRequired,
      `Saved secrets are protected by a passphrase. Set ${PASSPHRASE_ENV}, or run this in a terminal to be asked for it.`,
    );
  }
  if (vault.status().sealedWith !== null) return nonEmpty(await prompt('Vault passphrase: '));
  const chosen = nonEmpty(await prompt('Choose a passphrase to protect saved secrets: '));
  if ((await prompt('Type it again: ')) !== chosen) {
    throw vaultError(
      VaultErrorCode.PassphraseRequired,
      'The two passphrases differ; nothing was saved.',
    );
  }
  return chosen;
}

function nonEmpty(passphrase: string): string {
  if (!passphrase)
    throw vaultError(VaultErrorCode.PassphraseRequired, 'The passphrase cannot be empty.');
  return passphrase;
}
