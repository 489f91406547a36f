import { randomBytes } from 'node:crypto';

/** A generated ID in OrderCloud's style: 22 URL-safe characters, e.g. "PKTiEFNEiEi9mEmC9cZCrw". */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** Timestamps go on the wire as ISO 8601 in UTC, as OrderCloud's do. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}

/** IDs (and usernames) match without regard to case, as OrderCloud's do. */
export function sameId(a: unknown, b: unknown): boolean {
  return typeof a === 'string' && typeof b === 'string' && a.toLowerCase() === b.toLowerCase();
}
