import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDesktopApp } from '../../main/electron/desktop-app';
import { __fake, BrowserWindow, type FakeDisplay } from '../fakes/electron';

export const INDEX_HTML = '<!doctype html><title>OC Explorer</title>';

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

/** Starts the desktop shell against a reset fake (fresh userData) and lets it reach 'ready'. */
export async function startShell(options: { displays?: FakeDisplay[] } = {}): Promise<Shell> {
  __fake.reset();
  if (options.displays) __fake.setDisplays(options.displays);
  return launch(makeDist());
}

/** Quits the running shell (its window closes first) and starts it again on the same disk. */
export async function restartShell({ window, distDir }: Shell): Promise<Shell> {
  window.close();
  __fake.restart();
  return launch(distDir);
}

async function launch(distDir: string): Promise<Shell> {
  startDesktopApp({ distDir });
  await __fake.emitAppReady();
  const window = BrowserWindow.instances[0];
  if (!window) throw new Error('The shell opened no window');
  return { window, distDir };
}
