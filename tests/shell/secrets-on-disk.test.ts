import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PassphraseCipher } from '../../main/vault/passphrase-cipher';
import { JWT, filesHoldingSecrets } from '../electron/secrets-on-disk';

/**
 * A dry run of the scanner tests/electron/session.spec.ts points at Electron's user-data
 * directory: an empty answer there only means something if the scanner finds what is planted.
 */

const CANARY = 'canary-secret-dry-run-4b7e';
const TOKEN =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJ1c3IiOiJhZG1pbjAxIiwiY2lkIjoiOEUzQyJ9.c2lnbmF0dXJlLWJ5dGVz';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ocx-secrets-dry-run-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function plant(relative: string, content: string | Buffer) {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

describe('filesHoldingSecrets', () => {
  it('finds a canary and a token in plain files, however deep, by relative path', () => {
    plant('config.json', JSON.stringify({ clientSecret: CANARY }));
    plant('Local Storage/leveldb/000003.log', `ocx-session ${TOKEN} end`);
    plant('clean.json', JSON.stringify({ theme: 'dark' }));

    expect(filesHoldingSecrets(dir, [CANARY]).sort()).toEqual([
      path.join('Local Storage', 'leveldb', '000003.log'),
      'config.json',
    ]);
  });

  it('finds them inside binary files too (leveldb, SQLite)', () => {
    const binary = Buffer.concat([
      Buffer.from([0x00, 0xff, 0x13, 0x80, 0x00]),
      Buffer.from(CANARY, 'utf8'),
      Buffer.from([0xfe, 0x00, 0x01]),
    ]);
    plant('Cookies', binary);
    expect(filesHoldingSecrets(dir, [CANARY])).toEqual(['Cookies']);
  });

  it('passes a directory holding the same secrets only as ciphertext', async () => {
    const cipher = new PassphraseCipher('dry run passphrase', { logCost: 10 });
    plant('vault.json', JSON.stringify({ secret: await cipher.encrypt(CANARY) }));
    plant('sessions.json', JSON.stringify({ token: await cipher.encrypt(TOKEN) }));
    expect(filesHoldingSecrets(dir, [CANARY])).toEqual([]);
  });

  it('recognises an OrderCloud-shaped access token, not any dotted string', () => {
    expect(TOKEN).toMatch(JWT);
    expect('version.1.2').not.toMatch(JWT);
    expect('eyJhbGciOiJ9.x.y').not.toMatch(JWT);
  });
});
