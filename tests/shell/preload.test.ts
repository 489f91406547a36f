import { beforeAll, describe, expect, it } from 'vitest';
import { channels, events } from '../../preload/contract';
import { contextBridge, ipcRenderer } from '../fakes/electron';
import { eventMember, loadExposedApi, members } from './exposed-api';
import { startShell } from './support';

type Namespace = Record<string, (arg?: unknown) => unknown>;

let ocx: Record<string, unknown>;
beforeAll(async () => {
  await startShell();
  ocx = await loadExposedApi();
});

describe('the Electron preload', () => {
  it('exposes window.ocx and nothing else', () => {
    expect(Object.keys(contextBridge.exposed)).toEqual(['ocx']);
  });

  it('exposes one named function per contract channel and event', () => {
    const found = members(ocx);
    const expected = [...Object.keys(channels), ...Object.keys(events).map(eventMember)];
    expect([...found.keys()].sort()).toEqual(expected.sort());
    for (const value of found.values()) expect(typeof value).toBe('function');
  });

  it('reaches main through ipcRenderer.invoke on the contract channel', async () => {
    const result = await (ocx.app as Namespace).info?.();
    expect(ipcRenderer.invocations.at(-1)?.channel).toBe('ocx:app.info');
    expect(result).toMatchObject({ ok: true, value: { runtime: 'electron' } });
  });

  it("delivers main's events to subscribers until they unsubscribe", async () => {
    const settings = ocx.settings as Namespace;
    const seen: unknown[] = [];
    const unsubscribe = settings.onChanged?.((payload: unknown) => seen.push(payload));
    await settings.update?.({ theme: 'dark' });
    (unsubscribe as () => void)();
    await settings.update?.({ theme: 'light' });
    expect(seen).toEqual([{ theme: 'dark' }]);
  });
});
