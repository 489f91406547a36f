import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CatalogService } from '../../main/catalog/catalog-service';
import { normalizeApiBase } from '../../main/catalog/spec-fetch';
import {
  REAL_SPEC_OPERATION_COUNT,
  readRealSpecText,
  realSpecPath,
} from '../fixtures/openapi/specs';
import { startSpecServer, temporaryDataDir, type SpecServer } from './support';

let server: SpecServer;
let dataDir: string;

beforeEach(async () => {
  server = await startSpecServer();
  dataDir = temporaryDataDir();
});

afterEach(() => server.close());

const service = () => new CatalogService({ dataDir, requestTimeoutMs: 5_000 });
const cacheFiles = () => readdirSync(path.join(dataDir, 'spec-cache'));

describe('loading a spec from an API', () => {
  it('fetches {apiUrl}/v1/openapi/v3 and indexes it', async () => {
    const overview = await service().load(server.url);
    expect(server.requests).toEqual(['/v1/openapi/v3']);
    expect(overview).toMatchObject({
      source: 'network',
      apiBase: server.url,
      version: '1.0.130',
      operationCount: REAL_SPEC_OPERATION_COUNT,
    });
    expect(Date.parse(overview.cachedAt ?? '')).not.toBeNaN();
  });

  it('loads from the disk cache the second time, without the network', async () => {
    const first = await service().load(server.url);
    const second = await service().load(`${server.url}/v1/`);
    expect(server.requests).toHaveLength(1);
    expect(second).toMatchObject({
      source: 'cache',
      catalogId: first.catalogId,
      cachedAt: first.cachedAt,
    });
    expect(second.sections).toEqual(first.sections);
    expect(cacheFiles()).toHaveLength(1);
  });

  it('keeps a loaded catalog in memory and fetches again only on refresh', async () => {
    const catalogs = service();
    await catalogs.load(server.url);
    expect((await catalogs.load(server.url)).source).toBe('cache');
    expect((await catalogs.load(server.url, { refresh: true })).source).toBe('network');
    expect(server.requests).toHaveLength(2);
  });

  it('shares one download between loads that overlap', async () => {
    const catalogs = service();
    await Promise.all([catalogs.load(server.url), catalogs.load(server.url)]);
    expect(server.requests).toHaveLength(1);
  });

  it('discards a corrupt cache entry and fetches the spec again', async () => {
    await service().load(server.url);
    const [file] = cacheFiles();
    writeFileSync(path.join(dataDir, 'spec-cache', file ?? ''), '{"format":1,"apiBase":');
    const overview = await service().load(server.url);
    expect(overview.source).toBe('network');
    expect(overview.operationCount).toBe(REAL_SPEC_OPERATION_COUNT);
    expect(server.requests).toHaveLength(2);
    expect((await service().load(server.url)).source).toBe('cache');
  });

  it('keeps one cache file per API and spec version', async () => {
    await service().load(server.url);
    const newer = JSON.parse(readRealSpecText()) as { info: { version: string } };
    newer.info.version = '1.0.131';
    server.respond((_request, response) => response.end(JSON.stringify(newer)));
    const overview = await service().load(server.url, { refresh: true });
    expect(overview.version).toBe('1.0.131');
    expect(cacheFiles()).toHaveLength(1);
    expect((await service().load(server.url)).version).toBe('1.0.131');
  });
});

describe('a spec that cannot be loaded says why', () => {
  it('an HTML page instead of JSON', async () => {
    server.respond((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>Portal</p>'),
    );
    await expect(service().load(server.url)).rejects.toMatchObject({
      code: 'CatalogNotJson',
      message: expect.stringMatching(/HTML page.*API host/),
    });
  });

  it('JSON that is not an OpenAPI 3 document', async () => {
    server.respond((_request, response) => response.end('{"swagger": "2.0", "paths": {}}'));
    await expect(service().load(server.url)).rejects.toMatchObject({
      code: 'CatalogNotOpenApi',
      message: expect.stringContaining('not an OpenAPI 3 document'),
    });
  });

  it('broken JSON, with where it breaks', async () => {
    server.respond((_request, response) => response.end('{"openapi": "3.0.0",\n "info": }'));
    await expect(service().load(server.url)).rejects.toMatchObject({
      code: 'CatalogNotJson',
      details: { line: 2, column: 10 },
    });
  });

  it('an HTTP error status', async () => {
    server.respond((_request, response) => response.writeHead(404).end());
    await expect(service().load(server.url)).rejects.toMatchObject({
      code: 'CatalogHttpError',
      message: expect.stringContaining('answered 404'),
    });
  });

  it('a host that refuses the connection', async () => {
    const port = await unusedPort();
    await expect(service().load(`http://127.0.0.1:${port}`)).rejects.toMatchObject({
      code: 'CatalogUnreachable',
      message: expect.stringContaining('the connection was refused'),
    });
  });
});

describe('loading a spec the user picked', () => {
  it('from a file path', async () => {
    const overview = await service().loadFile(realSpecPath());
    expect(overview).toMatchObject({ source: 'file', operationCount: REAL_SPEC_OPERATION_COUNT });
    expect(overview.apiBase).toBeUndefined();
  });

  it('from its text, with the same id for the same text', () => {
    const catalogs = service();
    const first = catalogs.loadText(readRealSpecText(), 'openapi.json');
    expect(catalogs.loadText(readRealSpecText(), 'copy.json').catalogId).toBe(first.catalogId);
    expect(catalogs.get(first.catalogId).operation('Me.Get').path).toBe('/me');
  });

  it('a missing file', async () => {
    await expect(service().loadFile(path.join(dataDir, 'nope.json'))).rejects.toMatchObject({
      code: 'CatalogFileUnreadable',
      message: expect.stringContaining('ENOENT'),
    });
  });
});

describe('catalogs in memory', () => {
  it('forgets the least recently used beyond capacity', () => {
    const catalogs = new CatalogService({ dataDir, capacity: 1 });
    const spec = JSON.parse(readRealSpecText()) as { info: { version: string } };
    const first = catalogs.loadText(JSON.stringify(spec), 'a.json');
    spec.info.version = 'other';
    catalogs.loadText(JSON.stringify(spec), 'b.json');
    expect(() => catalogs.get(first.catalogId)).toThrow(
      expect.objectContaining({ code: 'CatalogNotLoaded' }),
    );
  });

  it('normalizes API URLs to one base', () => {
    expect(normalizeApiBase('https://sandboxapi.ordercloud.io/v1/')).toBe(
      'https://sandboxapi.ordercloud.io',
    );
    expect(normalizeApiBase('https://api.example.com/proxy/')).toBe(
      'https://api.example.com/proxy',
    );
  });
});

function unusedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
