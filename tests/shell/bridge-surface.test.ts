import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadExposedApi, members } from './exposed-api';
import { startShell } from './support';

const SURFACE_FILE = path.join(import.meta.dirname, 'bridge-surface.txt');
const UPDATE_HINT =
  'window.ocx changed. Review the difference, then record it with\n' +
  '  UPDATE_BRIDGE_SURFACE=1 npx vitest run tests/shell/bridge-surface.test.ts';

/** Names that would make the bridge a generic pipe to IPC rather than a list of intents. */
const GENERIC_NAMES = [
  'call',
  'invoke',
  'send',
  'sendSync',
  'sendTo',
  'postMessage',
  'on',
  'once',
  'off',
  'emit',
  'addListener',
  'removeListener',
  'removeAllListeners',
  'request',
  'dispatch',
  'handle',
  'ipc',
  'ipcRenderer',
];

let surface: string[];
beforeAll(async () => {
  await startShell();
  surface = [...members(await loadExposedApi()).keys()].sort();
  if (process.env.UPDATE_BRIDGE_SURFACE === '1') {
    writeFileSync(SURFACE_FILE, `${surface.join('\n')}\n`);
  }
});

describe('the bridge surface (window.ocx)', () => {
  it('is exactly the reviewed list in tests/shell/bridge-surface.txt', () => {
    const reviewed = readFileSync(SURFACE_FILE, 'utf8').split('\n').filter(Boolean);
    expect(surface, UPDATE_HINT).toEqual(reviewed);
  });

  it('offers no generic call, invoke, send or on', () => {
    const names = surface.flatMap((member) => member.split('.'));
    for (const generic of GENERIC_NAMES) expect(names).not.toContain(generic);
  });

  it('is one level of namespaces of named functions, nothing deeper', () => {
    for (const member of surface) expect(member).toMatch(/^[a-z]+\.[a-zA-Z.]+$/);
  });
});
