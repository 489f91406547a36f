import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';

/** Owner read/write only: every file OC Explorer keeps may hold ciphertext or private data. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Writes a whole file or nothing: a temporary sibling is written and flushed, then renamed over
 * the target, so a crash leaves either the old content or the new.
 */
export function writeFileAtomic(filePath: string, data: string | Uint8Array): void {
  const temporary = `${filePath}.tmp-${randomBytes(6).toString('hex')}`;
  const descriptor = openSync(temporary, 'w', PRIVATE_FILE_MODE);
  try {
    writeSync(descriptor, typeof data === 'string' ? Buffer.from(data) : data);
    fsyncSync(descriptor);
  } catch (error) {
    closeSync(descriptor);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(descriptor);
  renameSync(temporary, filePath);
}
