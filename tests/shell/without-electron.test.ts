import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedElectron, root } from '../../scripts/electron-binary.mjs';

/**
 * Where the Electron binary is missing and cannot be downloaded, `npm run dist` and `npm start`
 * stop within seconds with a message a person can act on, never a stack trace. The download is
 * pointed at a closed local port, so this never fetches Electron, with or without internet.
 */

let cache: string;
let closedPortMirror: string;

beforeAll(async () => {
  cache = mkdtempSync(path.join(tmpdir(), 'ocx-electron-cache-'));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  closedPortMirror = `http://127.0.0.1:${port}/`;
});

afterAll(() => rmSync(cache, { recursive: true, force: true }));

function run(script: string) {
  return spawnSync(process.execPath, [script], {
    cwd: root,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, ELECTRON_MIRROR: closedPortMirror, electron_config_cache: cache },
  });
}

describe.skipIf(installedElectron() !== undefined)('without the Electron binary', () => {
  it.each([
    ['scripts/dist.mjs', 'Packaging (npm run dist) needs the Electron', 'npm run start:web'],
    ['scripts/start-desktop.mjs', 'The desktop app needs the Electron', 'npm run start:web'],
  ])('%s stops with a clear message and no stack trace', (script, says, suggests) => {
    const started = performance.now();
    const result = run(script);
    const output = `${result.stdout}\n${result.stderr}`;

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(says);
    expect(result.stderr).toMatch(/^ {2}Cause: .+/m);
    expect(result.stderr).toContain(suggests);
    expect(output).not.toMatch(/^\s+at .+[(:]\d+/m);
    expect(performance.now() - started).toBeLessThan(60_000);
  });
});
