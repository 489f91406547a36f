#!/usr/bin/env node
// Builds the three targets: the renderer (Vite), main and the preload for Electron (esbuild),
// and browser mode's bridge script. `--if-stale` skips the work when nothing changed.
import { build as esbuild } from 'esbuild';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
const SOURCES = ['main', 'preload', 'renderer', 'assets', 'package.json', 'vite.config.ts'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(full).reduce(
    (newest, child) => Math.max(newest, newestMtime(path.join(entry, child))),
    stat.mtimeMs,
  );
}

function isStale() {
  const stamp = path.join(dist, 'renderer', 'ocx-bridge.js');
  if (!existsSync(stamp) || !existsSync(path.join(dist, 'main', 'main.mjs'))) return true;
  const built = statSync(stamp).mtimeMs;
  return SOURCES.some((entry) => newestMtime(entry) > built);
}

if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);

const started = performance.now();
await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });

const shared = { bundle: true, sourcemap: false, logLevel: 'warning', absWorkingDir: root };
await Promise.all([
  esbuild({
    ...shared,
    entryPoints: ['main/electron/main.ts'],
    outfile: 'dist/main/main.mjs',
    platform: 'node',
    format: 'esm',
    target: 'node22',
    external: ['electron'],
    // Bundled ESM still meets CommonJS dependencies that call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
  esbuild({
    ...shared,
    entryPoints: ['preload/index.ts'],
    outfile: 'dist/preload/preload.cjs',
    // A sandboxed preload is one CommonJS script that may require only 'electron'.
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
  }),
  esbuild({
    ...shared,
    entryPoints: ['preload/web.ts'],
    outfile: 'dist/renderer/ocx-bridge.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
  }),
]);
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
