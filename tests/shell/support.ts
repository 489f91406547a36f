import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startDesktopApp } from '../../main/electron/desktop-app';
import { __fake, BrowserWindow } from '../fakes/electron';

export const INDEX_HTML = '<!doctype html><title>OC Explorer</title>';

/** A throwaway dist/ with a renderer page. */
export function makeDist(): string {
  const dist = mkdtempSync(path.join(tmpdir(), 'ocx-shell-dist-'));
  mkdirSync(path.join(dist, 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'renderer', 'index.html'), INDEX_HTML);
  writeFileSync(path.join(dist, 'renderer', 'assets', 'app.js'), 'console.log(1)');
  return dist;
}

/** Starts the desktop shell against a reset fake (fresh userData) and lets it reach 'ready'. */
export async function startShell(): Promise<{ window: BrowserWindow; distDir: string }> {
  __fake.reset();
  const distDir = makeDist();
  startDesktopApp({ distDir });
  await __fake.emitAppReady();
  const window = BrowserWindow.instances[0];
  if (!window) throw new Error('The shell opened no window');
  return { window, distDir };
}
