import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProfileService } from '../../main/profiles/profile-service';
import { PassphraseCipher } from '../../main/vault/passphrase-cipher';
import { Vault } from '../../main/vault/vault';
import { removeTempDirs, tempDir } from './support/fixtures';

const WRITER = path.join(import.meta.dirname, 'support', 'write-loop.ts');
const LANES = 3;
const RUNS_PER_LANE = 10;

afterAll(removeTempDirs);

/** Starts the writer, lets it write for a random moment after its first round, then SIGKILLs it. */
function writeAndKill(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 60));
    child.once('exit', (_code, signal) =>
      signal === 'SIGKILL'
        ? resolve()
        : reject(new Error(`The writer stopped by itself: ${errors}`)),
    );
  });
}

async function expectIntact(dataDir: string): Promise<void> {
  expect(() => JSON.parse(readFileSync(path.join(dataDir, 'profiles.json'), 'utf8'))).not.toThrow();
  expect(() => JSON.parse(readFileSync(path.join(dataDir, 'vault.json'), 'utf8'))).not.toThrow();
  const vault = new Vault({ dataDir });
  const profiles = new ProfileService({ dataDir, secrets: vault });
  expect([...profiles.notices(), ...vault.notices]).toEqual([]);
  expect(profiles.findByName('Crash test')?.apiClients[0]?.hasSecret).toBe(true);
  await vault.unlock(new PassphraseCipher('crash-test', { logCost: 10 }));
  expect(await vault.get('password:crash:test')).toMatch(/^value-\d+$/);
}

describe('kill -9 during writes', () => {
  it(
    `never leaves an unreadable store (${LANES * RUNS_PER_LANE} kills)`,
    { timeout: 60_000 },
    async () => {
      await Promise.all(
        Array.from({ length: LANES }, async () => {
          const dataDir = tempDir('ocx-crash-');
          for (let run = 0; run < RUNS_PER_LANE; run++) {
            await writeAndKill(dataDir);
            await expectIntact(dataDir);
          }
        }),
      );
    },
  );
});
