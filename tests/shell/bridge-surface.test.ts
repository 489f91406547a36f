import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { events } from '../../preload/contract';
import { eventChannel, invokeChannel } from '../../preload/transport/ipc-names';
import { ipcRenderer } from '../fakes/electron';
import { eventMember, loadExposedApi, members } from './exposed-api';
import { startShell } from './support';

const SURFACE_FILE = path.join(import.meta.dirname, 'bridge-surface.txt');
const UPDATE_HINT =
  'window.ocx changed. Review the difference, then record it with\n' +
  '  UPDATE_BRIDGE_SURFACE=1 npx vitest run tests/shell/bridge-surface.test.ts';

/** Names of a generic pipe to IPC rather than a list of intents. */
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
/** Intents that happen to share a generic verb: "send this HTTP request". */
const NAMED_INTENTS = new Set(['requests.send']);

type Member = (arg?: unknown, ...rest: unknown[]) => unknown;

let exposed: Map<string, unknown>;
let surface: string[];
beforeAll(async () => {
  await startShell();
  exposed = members(await loadExposedApi());
  surface = [...exposed.keys()].sort();
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
    const words = surface
      .filter((member) => !NAMED_INTENTS.has(member))
      .flatMap((member) => member.split('.'));
    for (const generic of GENERIC_NAMES) expect(words).not.toContain(generic);
  });

  it('has functions that each reach their own channel only, whatever they are given', async () => {
    const subscriptions = new Map(Object.keys(events).map((event) => [eventMember(event), event]));
    for (const [name, value] of exposed) {
      const member = value as Member;
      const event = subscriptions.get(name);
      if (event) {
        const unsubscribe = member(() => {}, 'ocx-event:vault.changed') as () => void;
        expect(ipcRenderer.eventNames()).toEqual([eventChannel(event as never)]);
        unsubscribe();
      } else {
        await member('ocx:vault.forget', 'ocx:app.openExternal');
        expect(ipcRenderer.invocations.at(-1)?.channel).toBe(invokeChannel(name as never));
      }
    }
    expect(ipcRenderer.eventNames()).toEqual([]);
  });
});
