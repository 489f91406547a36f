import { appendFileSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { HistoryLog, profileDirectory } from '../../main/history/history-log';
import { HistoryService, type HistoryServiceOptions } from '../../main/history/history-service';
import { INLINE_BODY_BYTES } from '../../main/history/profile-history';
import { REDACTED } from '../../main/security/redact';
import { admin, buyer, draft, filesUnder, sent, temporaryDataDir } from './support';

const PROFILE = 'marketplace-1';
const everything = { search: '', offset: 0, limit: 200 };

function service(options: Partial<HistoryServiceOptions> = {}) {
  const dataDir = options.dataDir ?? temporaryDataDir();
  return { dataDir, history: new HistoryService({ dataDir, writeDelayMs: 0, ...options }) };
}

function logFile(dataDir: string, profileId = PROFILE): string {
  return path.join(profileDirectory(path.join(dataDir, 'history'), profileId), 'entries.jsonl');
}

async function paths(history: HistoryService, search = ''): Promise<string[]> {
  const page = await history.list(PROFILE, { ...everything, search });
  return page.items.map((item) => item.path);
}

describe('recording and listing', () => {
  it('keeps what was sent, by whom, how it went, newest first', async () => {
    const { history } = service({ now: () => new Date('2025-01-02T03:04:05Z') });
    await history.record(sent({ draft: draft({ path: '/v1/me' }) }));
    const summary = await history.record(
      sent({
        draft: draft({
          path: '/v1/products',
          query: [
            { name: 'search', value: 'red shirt', enabled: true },
            { name: 'page', value: '9', enabled: false },
          ],
          operationId: 'Products.List',
        }),
        perspective: buyer,
        status: 200,
        durationMs: 12.6,
        responseBody: '{"Items":[]}',
      }),
    );
    expect(summary).toMatchObject({
      profileId: PROFILE,
      method: 'GET',
      path: '/v1/products?search=red%20shirt',
      perspective: buyer,
      status: 200,
      durationMs: 13,
      size: 12,
      timestamp: '2025-01-02T03:04:05.000Z',
      pinned: false,
      operationId: 'Products.List',
      responseBodyDropped: false,
    });
    expect(await paths(history)).toEqual(['/v1/products?search=red%20shirt', '/v1/me']);
  });

  it('keeps marketplaces apart', async () => {
    const { history } = service();
    await history.record(sent({ profileId: 'a' }));
    await history.record(sent({ profileId: 'b' }));
    await history.record(sent({ profileId: 'b' }));
    expect((await history.list('a', everything)).total).toBe(1);
    expect((await history.list('b', everything)).total).toBe(2);
  });

  it('records a request that got no response', async () => {
    const { history } = service();
    const summary = await history.record(
      sent({ status: undefined, responseBody: undefined, error: 'ECONNREFUSED 127.0.0.1:1' }),
    );
    expect(summary).toMatchObject({ error: 'ECONNREFUSED 127.0.0.1:1', size: 0 });
    expect(summary.status).toBeUndefined();
  });

  it('pages through the list', async () => {
    const { history } = service();
    for (let i = 0; i < 5; i += 1)
      await history.record(sent({ draft: draft({ path: `/v1/p${i}` }) }));
    const first = await history.list(PROFILE, { search: '', offset: 0, limit: 2 });
    expect(first).toMatchObject({ total: 5, nextOffset: 2 });
    expect(first.items.map((item) => item.path)).toEqual(['/v1/p4', '/v1/p3']);
    const last = await history.list(PROFILE, { search: '', offset: 4, limit: 2 });
    expect(last.items.map((item) => item.path)).toEqual(['/v1/p0']);
    expect(last.nextOffset).toBeUndefined();
  });

  it('searches by method, path, status, status class and perspective', async () => {
    const { history } = service();
    await history.record(sent({ draft: draft({ path: '/v1/me' }), perspective: admin }));
    await history.record(
      sent({
        draft: draft({ method: 'POST', path: '/v1/orders/Outgoing' }),
        status: 201,
        perspective: buyer,
      }),
    );
    await history.record(
      sent({
        draft: draft({ method: 'DELETE', path: '/v1/products/x' }),
        status: 404,
        perspective: admin,
      }),
    );
    expect(await paths(history, 'post')).toEqual(['/v1/orders/Outgoing']);
    expect(await paths(history, '404')).toEqual(['/v1/products/x']);
    expect(await paths(history, '2xx')).toEqual(['/v1/orders/Outgoing', '/v1/me']);
    expect(await paths(history, 'buyer01')).toEqual(['/v1/orders/Outgoing']);
    expect(await paths(history, 'seller')).toEqual(['/v1/products/x', '/v1/me']);
    expect(await paths(history, 'PRODUCTS delete')).toEqual(['/v1/products/x']);
    expect(await paths(history, 'post 404')).toEqual([]);
  });
});

describe('one entry', () => {
  it('gives the entry with its body, and its draft to replay', async () => {
    const { history } = service();
    const body = '{"ProductID":"SHIRT","Quantity":2}';
    const sentDraft = draft({ method: 'POST', path: '/v1/orders/Outgoing/o1/lineitems', body });
    const { id } = await history.record(sent({ draft: sentDraft, perspective: buyer }));
    const entry = await history.get(PROFILE, id);
    expect(entry).toMatchObject({ draft: sentDraft, responseBody: '{"ID":"admin01"}' });
    expect(await history.replay(PROFILE, id)).toEqual({ draft: sentDraft, perspective: buyer });
  });

  it('answers an unknown entry with a typed error', async () => {
    const { history } = service();
    await expect(history.get(PROFILE, 'nope')).rejects.toMatchObject({
      code: 'HistoryEntryNotFound',
    });
    await expect(history.setPinned(PROFILE, 'nope', true)).rejects.toMatchObject({
      code: 'HistoryEntryNotFound',
    });
  });

  it('drops a response body over the limit, with a flag, and keeps one at the limit', async () => {
    const { history } = service({ maxBodyBytes: 10 });
    const big = await history.record(sent({ responseBody: '"123456789"' }));
    expect(big).toMatchObject({ responseBodyDropped: true, size: 11 });
    expect((await history.get(PROFILE, big.id)).responseBody).toBeUndefined();
    const fits = await history.record(sent({ responseBody: '"12345678"' }));
    expect((await history.get(PROFILE, fits.id)).responseBody).toBe('"12345678"');
  });

  it('keeps 256 KiB of body by default', async () => {
    const { history } = service();
    const exactly = 'x'.repeat(256 * 1024);
    const kept = await history.record(sent({ responseBody: exactly }));
    const dropped = await history.record(sent({ responseBody: `${exactly}x` }));
    expect(kept.responseBodyDropped).toBe(false);
    expect(dropped.responseBodyDropped).toBe(true);
    expect((await history.get(PROFILE, kept.id)).responseBody).toHaveLength(256 * 1024);
  });

  it('drops an oversized request body and says replay comes without it', async () => {
    const { history } = service({ maxBodyBytes: 4 });
    const { id, requestBodyDropped } = await history.record(
      sent({ draft: draft({ method: 'POST', body: '{"a":"long"}' }), responseBody: undefined }),
    );
    expect(requestBodyDropped).toBe(true);
    expect((await history.replay(PROFILE, id)).draft.body).toBeUndefined();
  });
});

describe('pins, deletes and clearing', () => {
  it('lists pinned entries first, and unpins', async () => {
    const { history } = service();
    const old = await history.record(sent({ draft: draft({ path: '/v1/old' }) }));
    await history.record(sent({ draft: draft({ path: '/v1/new' }) }));
    expect((await history.setPinned(PROFILE, old.id, true)).pinned).toBe(true);
    expect(await paths(history)).toEqual(['/v1/old', '/v1/new']);
    await history.setPinned(PROFILE, old.id, false);
    expect(await paths(history)).toEqual(['/v1/new', '/v1/old']);
  });

  it('deletes one entry and its body, inline or in a file of its own', async () => {
    const { history, dataDir } = service();
    const small = await history.record(sent({ responseBody: '{"canary":"small-to-delete"}' }));
    const large = await history.record(
      sent({
        responseBody: JSON.stringify({ canary: 'large-to-delete'.repeat(INLINE_BODY_BYTES) }),
      }),
    );
    for (const { id } of [small, large]) {
      expect(await history.delete(PROFILE, id)).toBe(true);
      expect(await history.delete(PROFILE, id)).toBe(false);
    }
    expect((await history.list(PROFILE, everything)).total).toBe(0);
    expect(filesUnder(dataDir).some((f) => /(small|large)-to-delete/.test(f.text))).toBe(false);
  });

  it('clears all but the pinned entries, or everything when asked', async () => {
    const { history } = service();
    const keep = await history.record(sent({ draft: draft({ path: '/v1/keep' }) }));
    await history.record(sent());
    await history.record(sent());
    await history.setPinned(PROFILE, keep.id, true);
    expect(await history.clear(PROFILE)).toBe(2);
    expect(await paths(history)).toEqual(['/v1/keep']);
    expect(await history.clear(PROFILE, { includePinned: true })).toBe(1);
    expect((await history.list(PROFILE, everything)).total).toBe(0);
  });

  it('tells who listens about every change, per marketplace', async () => {
    const onChange = vi.fn();
    const { history } = service({ onChange });
    const { id } = await history.record(sent());
    await history.setPinned(PROFILE, id, true);
    await history.delete(PROFILE, id);
    await history.clear(PROFILE);
    expect(onChange.mock.calls).toEqual([[PROFILE], [PROFILE], [PROFILE], [PROFILE]]);
  });
});

describe('on disk', () => {
  it('survives a restart: entries, pins and deletes come back', async () => {
    const { history, dataDir } = service();
    const pinned = await history.record(sent({ draft: draft({ path: '/v1/pinned' }) }));
    const deleted = await history.record(sent({ draft: draft({ path: '/v1/deleted' }) }));
    await history.record(sent({ draft: draft({ path: '/v1/plain' }) }));
    await history.setPinned(PROFILE, pinned.id, true);
    await history.delete(PROFILE, deleted.id);
    const reopened = new HistoryService({ dataDir });
    expect(await paths(reopened)).toEqual(['/v1/pinned', '/v1/plain']);
    expect((await reopened.get(PROFILE, pinned.id)).responseBody).toBe('{"ID":"admin01"}');
  });

  it('appends one line per request instead of rewriting the file', async () => {
    const { history, dataDir } = service();
    await history.record(sent());
    const before = readFileSync(logFile(dataDir), 'utf8');
    await history.record(sent());
    const after = readFileSync(logFile(dataDir), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    expect(after.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('writes requests that come close together in one append, and lists them at once', async () => {
    const append = vi.spyOn(HistoryLog.prototype, 'append');
    const { history, dataDir } = service({ writeDelayMs: 50 });
    const recorded = Array.from({ length: 30 }, (_, i) =>
      history.record(sent({ draft: draft({ path: `/v1/p${i}` }) })),
    );
    await Promise.resolve();
    expect((await history.list(PROFILE, everything)).total).toBe(30);
    await Promise.all(recorded);
    expect(append).toHaveBeenCalledTimes(1);
    expect(readFileSync(logFile(dataDir), 'utf8').split('\n').filter(Boolean)).toHaveLength(30);
    append.mockRestore();
  });

  it('reads a body that waits to be written, and writes everything waiting on flush', async () => {
    const { history, dataDir } = service({ writeDelayMs: 60_000 });
    const large = JSON.stringify({ Description: 'y'.repeat(INLINE_BODY_BYTES) });
    void history.record(sent({ draft: draft({ path: '/v1/waiting' }), responseBody: large }));
    const [waiting] = (await history.list(PROFILE, everything)).items;
    expect((await history.get(PROFILE, waiting!.id)).responseBody).toBe(large);
    await history.flush();
    const reopened = new HistoryService({ dataDir });
    expect((await reopened.get(PROFILE, waiting!.id)).responseBody).toBe(large);
  });

  it('ignores a torn last line and appends cleanly after it', async () => {
    const { history, dataDir } = service();
    await history.record(sent({ draft: draft({ path: '/v1/whole' }) }));
    appendFileSync(logFile(dataDir), '{"kind":"entry","entry":{"id":"torn","profileId":"mark');
    const reopened = new HistoryService({ dataDir });
    expect(await paths(reopened)).toEqual(['/v1/whole']);
    await reopened.record(sent({ draft: draft({ path: '/v1/after' }) }));
    expect(await paths(new HistoryService({ dataDir }))).toEqual(['/v1/after', '/v1/whole']);
  });

  it('skips lines that are not records', async () => {
    const { history, dataDir } = service();
    await history.record(sent({ draft: draft({ path: '/v1/good' }) }));
    appendFileSync(logFile(dataDir), 'not json\n{"kind":"entry","entry":{"id":"../x"}}\n');
    expect(await paths(new HistoryService({ dataDir }))).toEqual(['/v1/good']);
  });

  it('keeps the last N entries and compacts the log now and then', async () => {
    const { history, dataDir } = service({ maxEntries: 20 });
    const largeBody = JSON.stringify({ Description: 'x'.repeat(INLINE_BODY_BYTES) });
    for (let i = 0; i < 100; i += 1) {
      await history.record(sent({ draft: draft({ path: `/v1/p${i}` }), responseBody: largeBody }));
      const lines = readFileSync(logFile(dataDir), 'utf8').split('\n').filter(Boolean);
      expect(lines.length).toBeLessThanOrEqual(2 * 20 + 1);
    }
    const listed = await paths(history);
    expect(listed).toHaveLength(20);
    expect(listed[0]).toBe('/v1/p99');
    expect(listed.at(-1)).toBe('/v1/p80');
    const bodies = filesUnder(dataDir).filter((f) =>
      f.file.includes(`${path.sep}bodies${path.sep}`),
    );
    expect(bodies.length).toBe(20);
    expect(await paths(new HistoryService({ dataDir, maxEntries: 20 }))).toEqual(listed);
  });

  it('never evicts pinned entries', async () => {
    const { history } = service({ maxEntries: 3 });
    const pinned = await history.record(sent({ draft: draft({ path: '/v1/first' }) }));
    await history.setPinned(PROFILE, pinned.id, true);
    for (let i = 0; i < 10; i += 1) await history.record(sent());
    const listed = await paths(history);
    expect(listed).toHaveLength(3);
    expect(listed[0]).toBe('/v1/first');
  });

  it('writes its files readable by the owner only', async () => {
    const { history, dataDir } = service();
    await history.record(sent());
    await history.record(sent({ responseBody: `"${'x'.repeat(INLINE_BODY_BYTES)}"` }));
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const { mode } of files) expect(mode).toBe(0o600);
    expect(statSync(path.dirname(logFile(dataDir))).mode & 0o777).toBe(0o700);
  });

  it('keeps every profile id inside the history folder', async () => {
    const { history, dataDir } = service();
    await history.record(sent({ profileId: '../../escape' }));
    for (const { file } of filesUnder(dataDir)) {
      expect(file.startsWith(path.join(dataDir, 'history') + path.sep)).toBe(true);
    }
    expect((await history.list('../../escape', everything)).total).toBe(1);
  });
});

describe('secrets', () => {
  it('never writes a token or secret to disk, wherever the request carried it', async () => {
    const canaries = {
      header: 'CANARY-HEADER-TOKEN',
      query: 'CANARY-QUERY-TOKEN',
      pathQuery: 'CANARY-PATH-SECRET',
      nested: 'CANARY-NESTED-PASSWORD',
      form: 'CANARY-FORM-PASSWORD',
      response: 'CANARY-RESPONSE-TOKEN',
      jwt: 'eyJhbGciOiJIUzI1NiJ9.eyJDQU5BUlkiOjF9.Q0FOQVJZLUpXVA',
    };
    const { history, dataDir } = service();
    await history.record(
      sent({
        draft: draft({
          method: 'POST',
          path: `/v1/buyers/b1/users?client_secret=${canaries.pathQuery}`,
          query: [{ name: 'access_token', value: canaries.query, enabled: true }],
          headers: [
            { name: 'Authorization', value: `Bearer ${canaries.header}`, enabled: true },
            { name: 'X-Note', value: canaries.jwt, enabled: true },
          ],
          body: JSON.stringify({ Username: 'u', xp: { deep: [{ Password: canaries.nested }] } }),
        }),
        responseBody: JSON.stringify({
          access_token: canaries.response,
          refresh_token: canaries.jwt,
        }),
      }),
    );
    await history.record(
      sent({
        draft: draft({
          method: 'POST',
          path: '/oauth/token',
          body: `grant_type=password&password=${canaries.form}`,
        }),
        responseBody: `{"access_token":"${canaries.jwt}"}`,
        error: `failed with Bearer ${canaries.header}`,
      }),
    );
    const disk = filesUnder(dataDir)
      .map((file) => file.text)
      .join('\n');
    for (const canary of Object.values(canaries)) expect(disk).not.toContain(canary);
    expect(disk).toContain(REDACTED);
    expect(disk).toContain('Username');
  });
});
