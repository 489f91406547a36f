import { describe, expect, it, vi } from 'vitest';
import type { z } from 'zod';
import { createHistoryHandlers, type HistoryHandlers } from '../../main/history/handlers';
import { HistoryService } from '../../main/history/history-service';
import { SavedRequestStore } from '../../main/history/saved-requests';
import { historyChannels, historyEvents } from '../../preload/contract/history';
import { buyer, draft, sent, temporaryDataDir } from './support';

type HistoryChannels = typeof historyChannels;

/** Calls a handler the way the bridge does: input parsed in, output checked against the contract. */
async function call<K extends keyof HistoryChannels>(
  handlers: HistoryHandlers,
  channel: K,
  input: z.input<HistoryChannels[K]['input']>,
): Promise<z.output<HistoryChannels[K]['output']>> {
  const spec = historyChannels[channel];
  const handler = handlers[channel] as (parsed: unknown) => unknown;
  const output: unknown = spec.output.parse(await handler(spec.input.parse(input)));
  return output as z.output<HistoryChannels[K]['output']>;
}

function setup() {
  const dataDir = temporaryDataDir();
  const events: unknown[] = [];
  const onChange = (profileId: string) =>
    events.push(historyEvents['history.changed'].payload.parse({ profileId }));
  const history = new HistoryService({ dataDir, onChange });
  const savedRequests = new SavedRequestStore({ dataDir, onChange });
  return { history, events, handlers: createHistoryHandlers({ history, savedRequests }) };
}

const profileId = 'marketplace-1';

describe('the history channels', () => {
  it('list, get, replay, pin, delete and clear what the executor recorded', async () => {
    const { history, handlers, events } = setup();
    const first = await history.record(sent({ perspective: buyer }));
    await history.record(sent({ draft: draft({ path: '/v1/products' }), status: 403 }));

    const page = await call(handlers, 'history.list', { profileId });
    expect(page.items.map((item) => item.path)).toEqual(['/v1/products', '/v1/me']);
    const forbidden = await call(handlers, 'history.list', { profileId, search: '403' });
    expect(forbidden.total).toBe(1);

    const entry = await call(handlers, 'history.get', { profileId, entryId: first.id });
    expect(entry.responseBody).toBe('{"ID":"admin01"}');
    const replay = await call(handlers, 'history.replay', { profileId, entryId: first.id });
    expect(replay).toEqual({ draft: draft(), perspective: buyer });

    const pinned = await call(handlers, 'history.pin', {
      profileId,
      entryId: first.id,
      pinned: true,
    });
    expect(pinned.pinned).toBe(true);
    expect(await call(handlers, 'history.clear', { profileId })).toEqual({ removed: 1 });
    expect(await call(handlers, 'history.delete', { profileId, entryId: first.id })).toEqual({
      deleted: true,
    });
    expect((await call(handlers, 'history.list', { profileId })).total).toBe(0);
    expect(events).toContainEqual({ profileId });
  });

  it('manages collections and saved requests', async () => {
    const { handlers } = setup();
    const created = await call(handlers, 'history.collections.create', {
      profileId,
      name: ' Orders ',
    });
    expect(created.name).toBe('Orders');
    const collectionId = created.id;
    await call(handlers, 'history.collections.rename', { profileId, collectionId, name: 'Mine' });
    const saved = await call(handlers, 'history.saved.add', {
      profileId,
      collectionId,
      name: 'Me',
      draft: { method: 'GET', path: '/v1/me' },
    });
    const listed = await call(handlers, 'history.collections.list', { profileId });
    expect(listed).toMatchObject([{ name: 'Mine', requests: [{ id: saved.id, name: 'Me' }] }]);
    expect(
      await call(handlers, 'history.saved.delete', {
        profileId,
        collectionId,
        requestId: saved.id,
      }),
    ).toEqual({ deleted: true });
    expect(await call(handlers, 'history.collections.delete', { profileId, collectionId })).toEqual(
      {
        deleted: true,
      },
    );
  });

  it('rejects bad input at the boundary', () => {
    expect(
      historyChannels['history.list'].input.safeParse({ profileId: '', limit: 0 }).success,
    ).toBe(false);
    expect(
      historyChannels['history.collections.create'].input.safeParse({ profileId, name: '   ' })
        .success,
    ).toBe(false);
  });

  it('reports an unknown entry as a typed error', async () => {
    const { handlers } = setup();
    await expect(
      call(handlers, 'history.get', { profileId, entryId: 'gone' }),
    ).rejects.toMatchObject({ code: 'HistoryEntryNotFound' });
  });

  it('emits history.changed on record', async () => {
    const onChange = vi.fn();
    const history = new HistoryService({ dataDir: temporaryDataDir(), onChange });
    await history.record(sent());
    expect(onChange).toHaveBeenCalledWith(profileId);
  });
});
