#!/usr/bin/env node
// `npm test`: every check the project has, in the order that fails fastest.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['types (main, preload, tests)', 'npx', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['types (renderer)', 'npx', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['security gate (Electronegativity)', 'node', ['scripts/security-gate.mjs']],
  // Before the unit tests: tests/shell/csp.test.ts reads the CSP from the built index.html.
  ['build', 'node', ['scripts/build.mjs']],
  ['unit, integration and shell contract tests', 'npx', ['vitest', 'run']],
  ['end-to-end (Chromium, browser mode)', 'npx', ['playwright', 'test']],
  // Each spec skips itself, saying why, where the Electron binary cannot run.
  ['Electron (Playwright _electron)', 'npx', ['playwright', 'test', '-c', 'tests/electron']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, command, args] of steps) {
  if (only.length && !only.some((word) => name.startsWith(word))) continue;
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: status === 0, seconds });
  if (status !== 0) break;
}

console.log('\nSummary');
for (const { name, ok, seconds } of results)
  console.log(`  ${ok ? '✔' : '✘'} ${name} (${seconds} s)`);
const failed = results.filter((result) => !result.ok).length;
const skipped = only.length ? 0 : steps.length - results.length;
if (skipped) console.log(`  … ${skipped} later step(s) not run after the failure`);
process.exit(failed ? 1 : 0);
