import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { startDesktopApp } from '../../main/electron/desktop-app';
import { __fake, BrowserWindow } from '../fakes/electron';

export const INDEX_HTML = '<!doctype html><title>OC Explorer</title>';

// Whatever a test file leaves running (the Local sandbox among it) shuts down with the file.
afterAll(() => stopShell());

/** A throwaway dist/ with a renderer page. */
export function makeDist(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'ocx-shell-dist-'));
  mkdirSync(path.join(dist, 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'renderer', 'index.html'), INDEX_HTML);
  writeFileSync(path.join(dist, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  return dist;
}

export interface Shell {
  window: BrowserWindow;
  distDir: string;
}

/** Starts the desktop shell on a reset fake (fresh userData) and waits until it has started. */
export async function startShell(prepare?: () => void): Promise<Shell> {
  await stopShell();
  __fake.reset();
  prepare?.();
  return launch(makeDist());
}

/** Quits the running shell and starts it again on the same disk and keyring. */
export async function restartShell({ distDir }: Shell, prepare?: () => void): Promise<Shell> {
  await stopShell();
  __fake.restart();
  prepare?.();
  return launch(distDir);
}

/** Quits as Electron would: windows close, then main's services shut down. */
export function stopShell(): Promise<void> {
  return __fake.quit();
}

/** Runs the desktop entry on `distDir` through 'ready' until main's services have started. */
export async function runDesktopApp(distDir: string): Promise<void> {
  const started = startDesktopApp({ distDir });
  await __fake.emitAppReady();
  await started;
}

async function launch(distDir: string): Promise<Shell> {
  await runDesktopApp(distDir);
  const window = BrowserWindow.instances[0];
  if (!window) throw new Error('The shell opened no window');
  return { window, distDir };
}
