// `ocx sandbox` (npm run sandbox): one JSON line when ready, a clean stop on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runSandboxCommand } from '../../main/sandbox/cli';
import type { SandboxReadyInfo } from '../../main/sandbox/index';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'ocx-sandbox-cli-'));
});
afterAll(() => rm(directory, { recursive: true, force: true }));

describe('ocx sandbox', () => {
  it('prints its ready line, serves, and stops cleanly on SIGTERM', async () => {
    const dataFile = path.join(directory, 'marketplace.json');
    const child = spawn(
      process.execPath,
      ['bin/ocx.mjs', 'sandbox', '--port', '0', '--data', dataFile],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
    });
    const info = JSON.parse(first) as SandboxReadyInfo;
    expect(Object.keys(info)).toEqual(['url', 'clientId', 'clients', 'users']);
    expect(info.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(info.clients.find((client) => client.clientId === info.clientId)).toMatchObject({
      name: 'Default access',
      anonymous: false,
      refreshTokenDuration: 0,
    });
    expect(info.users).toContainEqual({
      username: 'admin01',
      password: 'Marketplace-Admin-1!',
      userType: 'admin',
    });
    expect(info.users).toContainEqual(
      expect.objectContaining({ username: 'buyer01', buyerId: 'summit-facilities' }),
    );
    expect(info.users).toContainEqual(
      expect.objectContaining({ username: 'supplier01', supplierId: 'ridgeline-safety' }),
    );

    const token = await fetch(`${info.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'password',
        client_id: info.clientId,
        username: 'admin01',
        password: 'Marketplace-Admin-1!',
      }),
    });
    expect(token.status).toBe(200);

    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(JSON.parse(await readFile(dataFile, 'utf8')).format).toBe('oc-explorer-sandbox');
  });

  it('answers bad usage with exit code 2 and a message', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await runSandboxCommand(['--port', 'eighty'])).toBe(2);
      expect(await runSandboxCommand(['--port', '70000'])).toBe(2);
      expect(await runSandboxCommand(['--verbose'])).toBe(2);
      expect(await runSandboxCommand(['--reset'])).toBe(2);
      expect(stderr.mock.calls.map(([text]) => String(text)).join('')).toContain(
        'Usage: ocx sandbox',
      );
    } finally {
      stderr.mockRestore();
    }
  });
});
