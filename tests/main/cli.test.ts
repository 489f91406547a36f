import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../main/sandbox/index';
import { SEED, removeTempDirs, seededClients, startTestSandbox, tempDir } from './support/fixtures';

const OCX = path.join(import.meta.dirname, '..', '..', 'bin', 'ocx.mjs');
let sandbox: SandboxHandle;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.close();
  removeTempDirs();
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ocx(dataDir: string, args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [OCX, '--data-dir', dataDir, ...args], {
      env: { ...process.env, OCX_VAULT_PASSPHRASE: 'cli test passphrase', OCX_DATA_DIR: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('ocx end to end', () => {
  it(
    'adds a profile, signs in, reuses the session from later processes, and signs out',
    { timeout: 30_000 },
    async () => {
      const dataDir = tempDir('ocx-cli-');
      const clientId = seededClients(sandbox).default.clientId;
      const added = await ocx(dataDir, [
        'profiles',
        'add',
        'Loopback',
        '--base-url',
        sandbox.url,
        '--client-id',
        clientId,
      ]);
      expect(added.code, added.stderr).toBe(0);
      expect(JSON.parse(added.stdout)).toMatchObject({
        name: 'Loopback',
        environment: { kind: 'custom', apiUrl: sandbox.url },
      });

      const scope = SEED.adminScope.join(' ');
      const login = await ocx(
        dataDir,
        [
          'login',
          '--profile',
          'Loopback',
          '--username',
          'admin01',
          '--password-stdin',
          '--scope',
          scope,
        ],
        `${SEED.admin.password}\n`,
      );
      expect(login.code, login.stderr).toBe(0);
      expect(JSON.parse(login.stdout)).toMatchObject({
        usr: 'admin01',
        usrtype: 'admin',
        roles: SEED.adminScope,
      });
      const tokenRequests = sandbox.counters.tokenRequests;

      const whoami = await ocx(dataDir, ['whoami', '--profile', 'Loopback']);
      expect(whoami.code, whoami.stderr).toBe(0);
      const identity = JSON.parse(whoami.stdout) as Record<string, unknown>;
      expect(identity).toMatchObject({
        usr: 'admin01',
        usrtype: 'admin',
        cid: clientId,
        roles: SEED.adminScope,
        requestedRoles: SEED.adminScope,
      });
      expect(Date.parse(String(identity.expiresAt))).toBeGreaterThan(Date.now());

      const me = await ocx(dataDir, [
        'request',
        'GET',
        '/me',
        '--profile',
        'Loopback',
        '--as',
        'admin01',
      ]);
      expect(me.code, me.stderr).toBe(0);
      expect(JSON.parse(me.stdout)).toMatchObject({ Username: 'admin01' });
      expect(me.stderr).toMatch(/^HTTP 200/);
      expect(sandbox.counters.tokenRequests).toBe(tokenRequests); // later processes reused the session

      const missing = await ocx(dataDir, [
        'request',
        'GET',
        '/v1/products/nope',
        '--profile',
        'Loopback',
      ]);
      expect(missing.code).toBe(4);
      expect(JSON.parse(missing.stdout).Errors[0].ErrorCode).toBe('NotFound');

      const wrong = await ocx(
        dataDir,
        ['login', '--profile', 'Loopback', '--username', 'admin01', '--password-stdin'],
        'wrong password',
      );
      expect(wrong.code).toBe(3);
      expect(wrong.stderr).toMatch(/InvalidCredentials/);

      const logout = await ocx(dataDir, ['logout', '--profile', 'Loopback']);
      expect(logout.code, logout.stderr).toBe(0);
      const afterLogout = await ocx(dataDir, [
        'whoami',
        '--profile',
        'Loopback',
        '--as',
        'admin01',
      ]);
      expect(afterLogout.code).toBe(3);
      expect(afterLogout.stderr).toMatch(/not signed in/i);

      const files = readdirSync(dataDir)
        .map((name) => readFileSync(path.join(dataDir, name), 'latin1'))
        .join('\n');
      expect(files).not.toContain(SEED.admin.password);
    },
  );

  it(
    'answers bad usage with 2, an unreachable API with 5, and documents itself',
    { timeout: 30_000 },
    async () => {
      const dataDir = tempDir('ocx-cli-');
      const [help, unknown, incomplete, badEnv] = await Promise.all([
        ocx(dataDir, ['--help']),
        ocx(dataDir, ['frobnicate']),
        ocx(dataDir, ['login', '--username', 'admin01', '--password-stdin'], 'x'),
        ocx(dataDir, ['profiles', 'add', 'Bad', '--env', 'mars/production', '--client-id', 'x']),
      ]);
      expect(help.code).toBe(0);
      for (const command of [
        'sandbox',
        'web',
        'profiles add',
        'login',
        'whoami',
        'request',
        'logout',
      ]) {
        expect(help.stdout).toContain(`ocx [--data-dir DIR] ${command}`);
      }
      expect([unknown.code, incomplete.code, badEnv.code]).toEqual([2, 2, 2]);
      expect(incomplete.stderr).toMatch(/--profile is required/);
      expect(badEnv.stderr).toMatch(/us-west/);

      const added = await ocx(dataDir, [
        'profiles',
        'add',
        'Nowhere',
        '--base-url',
        'http://127.0.0.1:9',
        '--client-id',
        'x',
      ]);
      expect(added.code, added.stderr).toBe(0);
      const unreachable = await ocx(
        dataDir,
        ['login', '--profile', 'Nowhere', '--username', 'u', '--password-stdin'],
        'p',
      );
      expect(unreachable.code).toBe(5);
      expect(unreachable.stderr).toMatch(/refused the connection/);
    },
  );
});
