import { createHash } from 'node:crypto';

/** The first `length` hex digits of a SHA-256: stable ids and file names from text. */
export function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
