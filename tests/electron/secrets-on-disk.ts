import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** An access token as OrderCloud (and the Local sandbox) issues it: a JWT. */
export const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]+/;

/**
 * Files under `dir` whose bytes contain a secret: any of the `secrets`, or anything shaped like
 * an access token. Relative paths, so a failure names the file that leaked.
 */
export function filesHoldingSecrets(dir: string, secrets: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => {
      // latin1 maps every byte to one character, so binary files (leveldb, SQLite) search too.
      const text = readFileSync(file).toString('latin1');
      return JWT.test(text) || secrets.some((secret) => text.includes(secret));
    })
    .map((file) => path.relative(dir, file));
}
