import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../main/sandbox/index';
import { listAllPages, type ListedPage } from '../../main/http/paging';
import type { AccountServices } from '../../main/sessions/account-services';
import type { PagingProgress } from '../../preload/contract/requests';
import { fakeJwt, json, startFakeServer, type FakeServer } from './support/fake-server';
import {
  openServices,
  removeTempDirs,
  sandboxProfileDraft,
  startTestSandbox,
} from './support/fixtures';

let sandbox: SandboxHandle;
let services: AccountServices;
let admin: { profileId: string; perspectiveId: string };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  services = await openServices();
  const profile = await services.profiles.create(sandboxProfileDraft(sandbox));
  admin = { profileId: profile.id, perspectiveId: 'admin' };
  await services.sessions.signIn(admin);
});

afterAll(async () => {
  await sandbox.close();
  removeTempDirs();
});

const request = (overrides: Record<string, unknown> = {}) => ({
  requestId: `r-${Math.random()}`,
  ...admin,
  method: 'GET',
  path: '/me',
  query: [],
  headers: [],
  ...overrides,
});

describe('the request executor', () => {
  it('takes paths as users write them', async () => {
    for (const path of ['/me', 'me', '/v1/me', 'v1/me', `${sandbox.url}/v1/me`]) {
      const response = await services.executor.execute(request({ path }));
      expect(response.status, path).toBe(200);
      expect(response.url).toBe(`${sandbox.url}/v1/me`);
    }
  });

  it('returns the body as the bytes received, with size and monotonic timings', async () => {
    const response = await services.executor.execute(request());
    expect(response.body).toBeInstanceOf(Uint8Array);
    expect(response.size).toBe(response.body.byteLength);
    const text = new TextDecoder().decode(response.body);
    expect(JSON.parse(text)).toMatchObject({ Username: 'admin01' });
    expect(response.timings.total).toBeGreaterThan(0);
    expect(response.timings.firstByte).toBeGreaterThan(0);
    expect(response.headers['content-type']).toMatch(/json/);
  });

  it("parses OrderCloud's Errors from an error response", async () => {
    const response = await services.executor.execute(
      request({ path: '/products/no-such-product' }),
    );
    expect(response.status).toBe(404);
    expect(response.errors?.[0]).toMatchObject({ ErrorCode: 'NotFound' });
  });

  it('sends a JSON body exactly as typed, and query pairs', async () => {
    const body = '{"ID":"executor-test","Name":"Made by the executor test" ,"Active":true}';
    const created = await services.executor.execute(
      request({ method: 'post', path: '/products', body: { kind: 'json', text: body } }),
    );
    expect(created.status).toBe(201);
    const listed = await services.executor.execute(
      request({ path: '/products', query: [{ name: 'search', value: 'executor' }] }),
    );
    expect(JSON.parse(new TextDecoder().decode(listed.body)).Items).toEqual([
      expect.objectContaining({ ID: 'executor-test' }),
    ]);
  });

  it('never sends the token to another host', async () => {
    await expect(
      services.executor.execute(request({ path: 'https://example.com/v1/me' })),
    ).rejects.toMatchObject({ code: 'ForeignUrl' });
  });
});

describe('against a fake API', () => {
  let api: FakeServer;
  let key: { profileId: string; perspectiveId: string };
  let inFlight = 0;
  let maxInFlight = 0;
  const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    api = await startFakeServer(async (hit) => {
      if (hit.path.startsWith('/oauth/token')) {
        return json(200, {
          access_token: fakeJwt({ usr: 'u', cid: 'c', role: ['A'], usrtype: 'admin' }),
          expires_in: 3600,
        });
      }
      const url = new URL(hit.path, 'http://fake');
      if (url.pathname === '/v1/gzipped') {
        return {
          status: 200,
          headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
          body: gzipSync('{"hello":"world"}'),
        };
      }
      if (url.pathname === '/v1/slow') return delay(2_000).then(() => json(200, {}));
      const page = Number(url.searchParams.get('page'));
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await delay(page === 1 ? 5 : 30);
      inFlight--;
      const items = Array.from({ length: page < 5 ? 100 : 50 }, (_, index) => ({
        ID: `${page}-${index}`,
      }));
      return json(200, {
        Meta: { Page: page, PageSize: 100, TotalCount: 450, TotalPages: 5 },
        Items: items,
      });
    });
    const profile = await services.profiles.create({
      name: 'Fake API',
      color: '#000000',
      environment: { kind: 'custom', apiUrl: api.url },
      apiClients: [{ id: 'c', clientId: 'c' }],
      perspectives: [
        {
          id: 'p',
          label: 'P',
          grantType: 'password',
          apiClientId: 'c',
          username: 'u',
          savePassword: true,
          password: 'pw',
        },
      ],
    });
    key = { profileId: profile.id, perspectiveId: 'p' };
  });

  afterAll(() => api.close());

  it('reports the size after decompression', async () => {
    const response = await services.executor.execute(request({ ...key, path: '/gzipped' }));
    expect(new TextDecoder().decode(response.body)).toBe('{"hello":"world"}');
    expect(response.size).toBe(17);
  });

  it('cancels a request by its id', async () => {
    const pending = services.executor.execute(
      request({ ...key, requestId: 'to-cancel', path: '/slow' }),
    );
    await delay(50);
    expect(services.executor.cancel('to-cancel')).toBe(true);
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled', code: 'RequestCancelled' });
    expect(services.executor.cancel('to-cancel')).toBe(false);
  });

  it('lists every page, a few at a time, with progress', async () => {
    const pages: ListedPage[] = [];
    const progress: PagingProgress[] = [];
    maxInFlight = 0;
    const result = await listAllPages(
      services.executor,
      { ...request({ ...key, path: '/things' }), concurrency: 2 },
      { onPage: (page) => void pages.push(page), onProgress: (step) => void progress.push(step) },
    );
    expect(result).toEqual({ pages: 5, items: 450 });
    expect(pages.map((page) => page.page).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(pages.every((page) => page.body.byteLength > 0)).toBe(true);
    expect(maxInFlight).toBe(2);
    expect(progress.at(-1)).toMatchObject({
      pagesDone: 5,
      totalPages: 5,
      itemsDone: 450,
      totalItems: 450,
    });
    expect(
      api.hits
        .filter((hit) => hit.path.startsWith('/v1/things'))
        .every((hit) => hit.path.includes('pageSize=100')),
    ).toBe(true);
  });

  it('stops listing when cancelled', async () => {
    const requestId = 'list-to-cancel';
    const before = api.hits.length;
    const pending = listAllPages(
      services.executor,
      { ...request({ ...key, requestId, path: '/things' }), concurrency: 1 },
      { onPage: ({ page }) => void (page === 2 && services.executor.cancel(requestId)) },
    );
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
    expect(api.hits.length - before).toBeLessThanOrEqual(3);
  });
});
