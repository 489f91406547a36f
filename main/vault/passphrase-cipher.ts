import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import type { Cipher } from './types';

const FORMAT = 'ocx-p1';
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const KEY_BYTES = 32;
const SCRYPT_BLOCK_SIZE = 8;
/** log2 of scrypt's N: 2^15 costs about 100 ms and 32 MiB, per value. */
export const DEFAULT_SCRYPT_LOG_COST = 15;
const MAX_DERIVED_KEYS = 256;

export class CipherTextError extends Error {
  override readonly name = 'CipherTextError';
}

export interface PassphraseCipherOptions {
  /** log2 of scrypt's N; stored in each value, so values sealed at any cost stay readable. */
  logCost?: number;
}

/**
 * AES-256-GCM under a key scrypt derives from a passphrase. Every value gets its own random salt
 * and nonce: `ocx-p1.{logCost}.{salt}.{nonce}.{ciphertext}.{tag}` in base64url.
 */
export class PassphraseCipher implements Cipher {
  readonly kind = 'passphrase' as const;
  private readonly logCost: number;
  /** Keys already derived, by salt, so reading a value twice costs one scrypt. */
  private readonly derivedKeys = new Map<string, Promise<Buffer>>();

  constructor(
    private readonly passphrase: string,
    options: PassphraseCipherOptions = {},
  ) {
    if (passphrase.length === 0) throw new RangeError('A passphrase cannot be empty.');
    this.logCost = options.logCost ?? DEFAULT_SCRYPT_LOG_COST;
  }

  async encrypt(plainText: string): Promise<string> {
    const salt = randomBytes(SALT_BYTES);
    const nonce = randomBytes(NONCE_BYTES);
    const key = await this.key(salt, this.logCost);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    const sealed = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
    const parts = [salt, nonce, sealed, cipher.getAuthTag()].map((part) =>
      part.toString('base64url'),
    );
    return [FORMAT, String(this.logCost), ...parts].join('.');
  }

  async decrypt(cipherText: string): Promise<string> {
    const [format, cost, salt, nonce, sealed, tag, ...rest] = cipherText.split('.');
    const logCost = Number(cost);
    if (format !== FORMAT || !salt || !nonce || sealed === undefined || !tag || rest.length) {
      throw new CipherTextError('This is not a value OC Explorer sealed with a passphrase.');
    }
    if (!Number.isInteger(logCost) || logCost < 10 || logCost > 20) {
      throw new CipherTextError('The sealed value names an unsupported key strength.');
    }
    const key = await this.key(Buffer.from(salt, 'base64url'), logCost);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      const opened = [decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()];
      return Buffer.concat(opened).toString('utf8');
    } catch {
      throw new CipherTextError('The passphrase does not open this value.');
    }
  }

  private key(salt: Buffer, logCost: number): Promise<Buffer> {
    const id = `${logCost}.${salt.toString('base64url')}`;
    let key = this.derivedKeys.get(id);
    if (!key) {
      key = deriveKey(this.passphrase, salt, logCost);
      if (this.derivedKeys.size >= MAX_DERIVED_KEYS) this.derivedKeys.clear();
      this.derivedKeys.set(id, key);
    }
    return key;
  }
}

function deriveKey(passphrase: string, salt: Buffer, logCost: number): Promise<Buffer> {
  const N = 2 ** logCost;
  const options = { N, r: SCRYPT_BLOCK_SIZE, p: 1, maxmem: 256 * N * SCRYPT_BLOCK_SIZE };
  return new Promise((resolve, reject) => {
    scrypt(passphrase, salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
