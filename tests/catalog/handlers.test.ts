import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createCatalogHandlers, type CatalogHandlers } from '../../main/catalog/handlers';
import { catalogChannels } from '../../preload/contract/catalog';
import { realSpecPath } from '../fixtures/openapi/specs';
import { startSpecServer, temporaryDataDir, type SpecServer } from './support';

let server: SpecServer;

beforeAll(async () => {
  server = await startSpecServer();
});

afterAll(() => server.close());

type CatalogChannels = typeof catalogChannels;

/** Calls a handler the way the bridge does: input parsed in, output checked against the contract. */
async function call<K extends keyof CatalogChannels>(
  handlers: CatalogHandlers,
  channel: K,
  input: z.input<CatalogChannels[K]['input']>,
): Promise<z.output<CatalogChannels[K]['output']>> {
  const spec = catalogChannels[channel];
  const handler = handlers[channel] as (parsed: unknown) => unknown;
  const output: unknown = spec.output.parse(await handler(spec.input.parse(input)));
  return output as z.output<CatalogChannels[K]['output']>;
}

describe('the catalog channels', () => {
  it('load, then ask for detail, search, validation and access by catalog id', async () => {
    const handlers = createCatalogHandlers({ dataDir: temporaryDataDir() });
    const overview = await call(handlers, 'catalog.load', { apiUrl: server.url });
    const { catalogId } = overview;
    const detail = await call(handlers, 'catalog.operation', { catalogId, operationId: 'Me.Get' });
    expect(detail.path).toBe('/me');
    const hits = await call(handlers, 'catalog.search', { catalogId, query: 'me.get' });
    expect(hits[0]?.operationId).toBe('Me.Get');
    const validation = await call(handlers, 'catalog.validateBody', {
      catalogId,
      operationId: 'Products.Create',
      body: '{}',
    });
    expect(validation.errors.map((e) => e.field)).toEqual(['Name', 'QuantityMultiplier']);
    const access = await call(handlers, 'catalog.access', { catalogId, roles: ['Shopper'] });
    expect(access.allowed).toContain('Me.ListProducts');
  });

  it('keeps the sidebar tree free of schemas', async () => {
    const handlers = createCatalogHandlers({ dataDir: temporaryDataDir() });
    const overview = await call(handlers, 'catalog.load', { apiUrl: server.url });
    expect(JSON.stringify(overview)).not.toMatch(/"properties"|"\$ref"/);
    expect(JSON.stringify(overview).length).toBeLessThan(120_000);
  });

  it('imports a spec from its text', async () => {
    const handlers = createCatalogHandlers({ dataDir: temporaryDataDir() });
    const text = '{"openapi":"3.0.1","info":{"title":"Tiny","version":"1"},"paths":{}}';
    const overview = await call(handlers, 'catalog.import', { fileName: 'tiny.json', text });
    expect(overview).toMatchObject({ title: 'Tiny', source: 'file', operationCount: 0 });
  });

  it('opens a file through the picker main was given, or says it cannot', async () => {
    const withPicker = createCatalogHandlers({
      dataDir: temporaryDataDir(),
      pickSpecFile: async () => realSpecPath(),
    });
    expect((await call(withPicker, 'catalog.openFile', undefined))?.source).toBe('file');
    const cancelled = createCatalogHandlers({
      dataDir: temporaryDataDir(),
      pickSpecFile: async () => undefined,
    });
    expect(await call(cancelled, 'catalog.openFile', undefined)).toBeNull();
    const withoutPicker = createCatalogHandlers({ dataDir: temporaryDataDir() });
    await expect(call(withoutPicker, 'catalog.openFile', undefined)).rejects.toMatchObject({
      code: 'CatalogUnsupported',
    });
  });

  it('answers an unknown catalog id with a typed error', async () => {
    const handlers = createCatalogHandlers({ dataDir: temporaryDataDir() });
    await expect(
      call(handlers, 'catalog.search', { catalogId: 'gone', query: 'x' }),
    ).rejects.toMatchObject({ code: 'CatalogNotLoaded' });
  });
});
