import { beforeAll, describe, expect, it } from 'vitest';
import { channels, events } from '../../preload/contract';
import { contextBridge, ipcRenderer } from '../fakes/electron';
import { startShell } from './support';

type Tree = { [key: string]: Tree | ((...args: unknown[]) => unknown) };

/** `app.info`, `settings.onChanged`, ...: the dotted path of every leaf of window.ocx. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix + key;
    if (typeof value === 'object' && value !== null) {
      for (const entry of leaves(value, `${name}.`)) found.set(...entry);
    } else found.set(name, value);
  }
  return found;
}

function eventMember(event: string): string {
  const [namespace = '', member = ''] = event.split('.');
  return `${namespace}.on${member.charAt(0).toUpperCase()}${member.slice(1)}`;
}

let ocx: Tree;
beforeAll(async () => {
  await startShell();
  await import('../../preload/index');
  ocx = contextBridge.exposed.ocx as Tree;
});

describe('the Electron preload', () => {
  it('exposes window.ocx and nothing else', () => {
    expect(Object.keys(contextBridge.exposed)).toEqual(['ocx']);
  });

  it('exposes one named function per contract channel and event', () => {
    const found = leaves(ocx);
    const expected = [...Object.keys(channels), ...Object.keys(events).map(eventMember)];
    expect([...found.keys()].sort()).toEqual(expected.sort());
    for (const value of found.values()) expect(typeof value).toBe('function');
  });

  it('offers no generic way to reach IPC', () => {
    const names = [...leaves(ocx).keys()].flatMap((name) => name.split('.'));
    for (const generic of ['invoke', 'send', 'sendSync', 'on', 'once', 'ipcRenderer', 'emit']) {
      expect(names).not.toContain(generic);
    }
  });

  it('reaches main through ipcRenderer.invoke on the contract channel', async () => {
    const info = ocx.app as Record<string, () => Promise<unknown>>;
    const result = await info.info?.();
    expect(ipcRenderer.invocations.at(-1)?.channel).toBe('ocx:app.info');
    expect(result).toMatchObject({ ok: true, value: { runtime: 'electron' } });
  });

  it("delivers main's events to subscribers until they unsubscribe", async () => {
    const settings = ocx.settings as Record<string, (arg: unknown) => unknown>;
    const seen: unknown[] = [];
    const unsubscribe = settings.onChanged?.((payload: unknown) =>
      seen.push(payload),
    ) as () => void;
    await settings.update?.({ theme: 'dark' });
    unsubscribe();
    await settings.update?.({ theme: 'light' });
    expect(seen).toEqual([{ theme: 'dark' }]);
  });
});
