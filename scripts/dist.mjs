#!/usr/bin/env node
// `npm run dist`: builds, then packages the app with electron-builder for this platform
// (targets and fuses in electron-builder.yml) into release/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import {
  downloadElectron,
  installedElectron,
  reportMissingElectron,
  root,
} from './electron-binary.mjs';

// Checked first: without Electron there is nothing to package, and building would be wasted.
if (!installedElectron()) {
  const download = await downloadElectron();
  if (!download.binary) {
    reportMissingElectron(download.cause, {
      whatFor: 'Packaging (npm run dist)',
      instead:
        'Package on a machine that can reach github.com. Here, `npm run start:web` runs the app in a browser.',
    });
    process.exit(1);
  }
}

const buildRun = spawnSync(process.execPath, ['scripts/build.mjs'], {
  cwd: root,
  stdio: 'inherit',
});
if (buildRun.status !== 0) process.exit(buildRun.status ?? 1);

const { build } = await import('electron-builder');
try {
  const artifacts = await build({
    projectDir: root,
    publish: 'never',
    // Merged over electron-builder.yml: package the Electron already in node_modules, no download.
    config: { electronDist: path.join(root, 'node_modules', 'electron', 'dist') },
  });
  console.log(
    `\nPackaged:\n${artifacts.map((file) => `  ${path.relative(root, file)}`).join('\n')}`,
  );
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nPackaging failed: ${message.split('\n')[0]}`);
  process.exit(1);
}
