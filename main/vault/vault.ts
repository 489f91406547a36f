import { z } from 'zod';
import { OcxError } from '../bridge/errors';
import { DurableStore, type StoreNotice } from './durable-store';
import { VaultErrorCode, vaultError, vaultLocked } from './errors';
import type { Cipher, SecretStore } from './types';

const CipherKind = z.enum(['safe-storage', 'passphrase']);
type CipherKind = z.infer<typeof CipherKind>;

const VaultDocument = z.object({
  /** Which kind of cipher sealed the entries; null until the first unlock. */
  sealedWith: CipherKind.nullable(),
  /** A known text sealed by that cipher: opening it proves a passphrase right before any use. */
  verifier: z.string().nullable(),
  /** Ciphertext by key. Keys are not secret: they name owners, never values. */
  entries: z.record(z.string(), z.string()),
});
type VaultDocument = z.infer<typeof VaultDocument>;

const VERIFIER_TEXT = 'oc-explorer vault verifier v1';
const EMPTY: VaultDocument = { sealedWith: null, verifier: null, entries: {} };

/** The vault beyond the SecretStore: which secrets exist (key names are not secret). */
export interface SecretIndex extends SecretStore {
  has(key: string): boolean;
  keys(prefix?: string): string[];
}

export interface VaultStatus {
  locked: boolean;
  /** Null for a vault that has never been unlocked: the user chooses how to protect it. */
  sealedWith: CipherKind | null;
  secretCount: number;
}

export interface VaultOptions {
  dataDir: string;
  now?: () => Date;
}

const CIPHER_NAMES: Record<CipherKind, string> = {
  'safe-storage': "the desktop app's system keyring",
  passphrase: 'a passphrase',
};

/**
 * The one place secrets are kept: encrypted one by one with a Cipher. With no cipher (locked)
 * it refuses to store or reveal anything; it never falls back to plain text.
 */
export class Vault implements SecretIndex {
  private readonly store: DurableStore<VaultDocument>;
  private cipher: Cipher | undefined;

  constructor(options: VaultOptions) {
    this.store = new DurableStore({
      dataDir: options.dataDir,
      name: 'vault',
      description: 'saved secrets',
      schema: VaultDocument,
      empty: () => EMPTY,
      version: '1.0.0',
      now: options.now,
    });
  }

  get notices(): readonly StoreNotice[] {
    return this.store.notices;
  }

  status(): VaultStatus {
    const { sealedWith, entries } = this.store.read();
    return { locked: this.isLocked(), sealedWith, secretCount: Object.keys(entries).length };
  }

  isLocked(): boolean {
    return this.cipher === undefined;
  }

  /** Opens the vault with this cipher; a wrong passphrase is an error that changes nothing. */
  async unlock(cipher: Cipher): Promise<void> {
    const document = this.store.read();
    if (document.sealedWith && document.sealedWith !== cipher.kind) {
      throw vaultError(
        VaultErrorCode.CipherMismatch,
        `These secrets were sealed with ${CIPHER_NAMES[document.sealedWith]}, so ${CIPHER_NAMES[cipher.kind]} cannot open them. Use the same one, or forget the saved secrets to start over.`,
      );
    }
    if (document.verifier === null) {
      const verifier = await cipher.encrypt(VERIFIER_TEXT);
      this.store.update((current) => ({ ...current, sealedWith: cipher.kind, verifier }));
    } else if (!(await opens(cipher, document.verifier))) {
      throw wrongKey(cipher.kind);
    }
    this.cipher = cipher;
  }

  lock(): void {
    this.cipher = undefined;
  }

  /** Deletes every secret and backup copy and locks: the way out of a forgotten passphrase. */
  forget(): void {
    this.cipher = undefined;
    this.store.write(EMPTY);
    this.store.removeCopies();
  }

  /** Re-encrypts every secret with another cipher, e.g. a passphrase instead of the keyring. */
  async reseal(next: Cipher): Promise<void> {
    const current = this.unlockedCipher();
    const { entries } = this.store.read();
    const resealed: Record<string, string> = {};
    for (const [key, sealed] of Object.entries(entries)) {
      resealed[key] = await next.encrypt(await this.open(current, key, sealed));
    }
    const verifier = await next.encrypt(VERIFIER_TEXT);
    this.store.write({ sealedWith: next.kind, verifier, entries: resealed });
    this.store.removeCopies();
    this.cipher = next;
  }

  has(key: string): boolean {
    return Object.hasOwn(this.store.read().entries, key);
  }

  keys(prefix = ''): string[] {
    return Object.keys(this.store.read().entries).filter((key) => key.startsWith(prefix));
  }

  async get(key: string): Promise<string | undefined> {
    const sealed = this.store.read().entries[key];
    if (sealed === undefined) return undefined;
    return this.open(this.unlockedCipher(), key, sealed);
  }

  async set(key: string, value: string): Promise<void> {
    const sealed = await this.unlockedCipher().encrypt(value);
    this.store.update((current) => ({
      ...current,
      entries: { ...current.entries, [key]: sealed },
    }));
  }

  /** Deleting needs no key, so it works while locked (removing a profile removes its secrets). */
  async delete(key: string): Promise<void> {
    this.removeWhere((candidate) => candidate === key);
  }

  async deleteByPrefix(prefix: string): Promise<void> {
    this.removeWhere((candidate) => candidate.startsWith(prefix));
  }

  private removeWhere(matches: (key: string) => boolean): void {
    const { entries } = this.store.read();
    if (!Object.keys(entries).some(matches)) return;
    this.store.update((current) => ({
      ...current,
      entries: Object.fromEntries(Object.entries(current.entries).filter(([key]) => !matches(key))),
    }));
  }

  private unlockedCipher(): Cipher {
    if (!this.cipher) throw vaultLocked();
    return this.cipher;
  }

  private async open(cipher: Cipher, key: string, sealed: string): Promise<string> {
    try {
      return await cipher.decrypt(sealed);
    } catch {
      throw vaultError(
        VaultErrorCode.Undecryptable,
        `A saved secret (${key.split(':')[0]}) could not be opened. Enter it again to replace it.`,
      );
    }
  }
}

async function opens(cipher: Cipher, verifier: string): Promise<boolean> {
  try {
    return (await cipher.decrypt(verifier)) === VERIFIER_TEXT;
  } catch (error) {
    // A cipher that cannot work at all (no keyring) says so itself.
    if (error instanceof OcxError) throw error;
    return false;
  }
}

function wrongKey(kind: CipherKind): OcxError {
  return kind === 'passphrase'
    ? vaultError(
        VaultErrorCode.WrongPassphrase,
        'That passphrase does not open your saved secrets. Nothing was changed; try again.',
      )
    : vaultError(
        VaultErrorCode.Undecryptable,
        'The system keyring no longer opens your saved secrets. Nothing was changed; forget them and enter them again.',
      );
}
