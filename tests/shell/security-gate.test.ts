import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const GATE = path.resolve(import.meta.dirname, '../../scripts/security-gate.mjs');

const WINDOW = `import { BrowserWindow } from 'electron';
export const open = (preload: string) =>
  new BrowserWindow({ webPreferences: { preload, nodeIntegration: true } });
`;

const BASELINE = {
  entries: [
    {
      check: 'PRELOAD_JS_CHECK',
      file: 'main/window.ts',
      match: 'new BrowserWindow(',
      reason: 'The fixture needs a preload to have something to excuse.',
    },
    {
      check: 'NODE_INTEGRATION_JS_CHECK',
      file: 'main/window.ts',
      match: 'nodeIntegration',
      reason: 'An attempt to excuse what may never be excused.',
    },
    { check: 'SANDBOX_JS_CHECK', file: 'main/gone.ts', match: 'x', reason: 'Nothing matches it.' },
  ],
};

/** A checkout with one insecure window and a baseline that tries every trick. */
function fixture(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'ocx-gate-fixture-'));
  for (const folder of ['main', 'preload', 'security']) mkdirSync(path.join(root, folder));
  writeFileSync(path.join(root, 'main', 'window.ts'), WINDOW);
  writeFileSync(path.join(root, 'preload', 'index.ts'), 'export {};\n');
  const baseline = path.join(root, 'security', 'electronegativity-baseline.json');
  writeFileSync(baseline, JSON.stringify(BASELINE));
  return root;
}

let run: { status: number | null; stdout: string };
beforeAll(() => {
  run = spawnSync(process.execPath, [GATE, '--root', fixture()], { encoding: 'utf8' });
}, 60_000);

const row = (result: string, check: string) =>
  new RegExp(`^${result}\\s+${check}\\s.*main/window\\.ts:\\d+`, 'm');

describe('scripts/security-gate.mjs', () => {
  it('fails the run', () => {
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('✘ security gate failed');
  });

  it('fails node integration even though the baseline names it, and says so', () => {
    expect(run.stdout).toMatch(row('FAIL', 'NODE_INTEGRATION_JS_CHECK'));
    expect(run.stdout).toMatch(/NODE_INTEGRATION_JS_CHECK in main\/window.ts: node-integration/);
  });

  it('fails a finding above LOW that no entry excuses', () => {
    expect(run.stdout).toMatch(row('FAIL', 'AUXCLICK_JS_CHECK'));
  });

  it('lets an excused finding pass, showing the reason', () => {
    expect(run.stdout).toMatch(row('excused', 'PRELOAD_JS_CHECK'));
    expect(run.stdout).toContain('The fixture needs a preload');
  });

  it('reports entries that match nothing, and entries without a real reason', () => {
    expect(run.stdout).toMatch(/Stale baseline entry.*SANDBOX_JS_CHECK in main\/gone.ts/);
    expect(run.stdout).toMatch(/SANDBOX_JS_CHECK in main\/gone.ts: needs a written "reason"/);
  });
});
