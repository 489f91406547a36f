import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface BrowserMode {
  url: string;
  port: number;
  dataDir: string;
  /** Stops the server; its data directory goes too unless `keepData` (a restart follows). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export interface BrowserModeOptions {
  /** Reuse a data directory (a restart); a fresh temporary one otherwise. */
  dataDir?: string;
  env?: Record<string, string>;
}

export const TEST_VAULT_PASSPHRASE = 'correct horse battery staple';

/** Starts `ocx web` on a free port and waits for its ready line. */
export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserMode> {
  const ownsDataDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'ocx-e2e-'));
  const child = spawn(
    process.execPath,
    ['bin/ocx.mjs', 'web', '--port', '0', '--data-dir', dataDir],
    {
      env: { ...process.env, OCX_VAULT_PASSPHRASE: TEST_VAULT_PASSPHRASE, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  const ready = await readReadyLine(child, () => stderr);
  return {
    ...ready,
    dataDir,
    async stop({ keepData = false } = {}) {
      await stopChild(child);
      if (ownsDataDir && !keepData && process.env.OCX_KEEP_DATA !== '1')
        rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function readReadyLine(
  child: ChildProcess,
  stderr: () => string,
): Promise<{ url: string; port: number }> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(
      () => reject(new Error(`ocx web did not start:\n${stderr()}`)),
      30_000,
    );
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(JSON.parse(line) as { url: string; port: number });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`ocx web exited with ${code}:\n${stderr()}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
