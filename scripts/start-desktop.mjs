#!/usr/bin/env node
// `npm start`: the desktop app. Looks for Electron first, so a machine without it learns that
// in seconds (and is offered browser mode), then builds if stale and starts the app.
import { spawn, spawnSync } from 'node:child_process';
import {
  downloadElectron,
  installedElectron,
  reportMissingElectron,
  root,
} from './electron-binary.mjs';

let electron = installedElectron();
if (!electron) {
  const download = await downloadElectron();
  if (!download.binary) {
    reportMissingElectron(download.cause, {
      whatFor: 'The desktop app',
      instead:
        'Run OC Explorer in your browser instead (same app, served on 127.0.0.1):\n  npm run start:web',
    });
    process.exit(1);
  }
  electron = download.binary;
}

const build = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// Started on the project folder, so Electron reads package.json: its "main" (dist/main/main.mjs)
// and productName, which names the userData folder.
// Main's V8 flags (main/app/v8-flags.ts) reach Electron's main process only from its command line.
const jsFlags = '--js-flags=--max-semi-space-size=2';
const child = spawn(electron, [jsFlags, '.', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
