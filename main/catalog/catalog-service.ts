import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CatalogOverview } from '../../preload/contract/catalog';
import { Catalog, type CatalogOrigin } from './catalog';
import { CatalogErrorCode, catalogError } from './errors';
import { LruCache } from './lru-cache';
import { shortHash } from './short-hash';
import { SpecCache } from './spec-cache';
import { parseSpecText, type OpenApiDocument } from './spec-document';
import { fetchSpecText, normalizeApiBase, specUrl } from './spec-fetch';

export interface CatalogServiceOptions {
  dataDir: string;
  /** How many catalogs stay in memory; specs are large, sessions rarely span many APIs. */
  capacity?: number;
  requestTimeoutMs?: number;
  now?: () => Date;
}

const ID_LENGTH = 16;

/**
 * Loads specs from an API (through the disk cache), from a file or from text, and keeps the
 * recently used catalogs in memory by id.
 */
export class CatalogService {
  private readonly catalogs: LruCache<string, Catalog>;
  private readonly catalogIdByBase = new Map<string, string>();
  private readonly loadsInFlight = new Map<string, Promise<CatalogOverview>>();
  private readonly cache: SpecCache;
  private readonly requestTimeoutMs: number;
  private readonly now: () => Date;

  constructor(options: CatalogServiceOptions) {
    this.catalogs = new LruCache(options.capacity ?? 4);
    this.cache = new SpecCache(options.dataDir);
    this.requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
    this.now = options.now ?? (() => new Date());
  }

  /** The spec at `{apiUrl}/v1/openapi/v3`: from memory or disk unless `refresh`, else fetched. */
  load(apiUrl: string, { refresh = false } = {}): Promise<CatalogOverview> {
    const apiBase = normalizeApiBase(apiUrl);
    const key = `${refresh} ${apiBase}`;
    let pending = this.loadsInFlight.get(key);
    if (!pending) {
      pending = this.loadFromApi(apiBase, refresh).finally(() => this.loadsInFlight.delete(key));
      this.loadsInFlight.set(key, pending);
    }
    return pending;
  }

  async loadFile(file: string): Promise<CatalogOverview> {
    const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw catalogError(
        CatalogErrorCode.FileUnreadable,
        `Could not read ${file}: ${error.code ?? error.message}.`,
      );
    });
    return this.loadText(text, path.basename(file));
  }

  /** A spec the user picked; `name` (a file name) appears in error messages. */
  loadText(text: string, name: string): CatalogOverview {
    const document = parseSpecText(text, name);
    const catalog = this.remember(`file:${shortHash(text, ID_LENGTH)}`, document, {});
    return catalog.overview('file');
  }

  get(catalogId: string): Catalog {
    const catalog = this.catalogs.get(catalogId);
    if (!catalog) {
      throw catalogError(
        CatalogErrorCode.NotLoaded,
        'This API catalog is no longer loaded. Load it again.',
        { catalogId },
      );
    }
    return catalog;
  }

  private async loadFromApi(apiBase: string, refresh: boolean): Promise<CatalogOverview> {
    if (!refresh) {
      const known = this.catalogIdByBase.get(apiBase);
      const inMemory = known === undefined ? undefined : this.catalogs.get(known);
      if (inMemory) return inMemory.overview('cache');
      const cached = await this.cache.read(apiBase);
      if (cached) {
        return this.rememberApi(apiBase, cached.document, cached.cachedAt).overview('cache');
      }
    }
    const text = await fetchSpecText(apiBase, this.requestTimeoutMs);
    const document = parseSpecText(text, specUrl(apiBase));
    const cachedAt = this.now().toISOString();
    // A cache that cannot be written costs a download next time, not this load.
    await this.cache.write(apiBase, document, cachedAt).catch(() => undefined);
    return this.rememberApi(apiBase, document, cachedAt).overview('network');
  }

  private rememberApi(apiBase: string, document: OpenApiDocument, cachedAt: string): Catalog {
    const id = shortHash(`${apiBase}\n${document.info.version}`, ID_LENGTH);
    this.catalogIdByBase.set(apiBase, id);
    return this.remember(id, document, { apiBase, cachedAt });
  }

  private remember(id: string, document: OpenApiDocument, origin: CatalogOrigin): Catalog {
    const catalog = new Catalog(id, document, origin);
    this.catalogs.set(id, catalog);
    return catalog;
  }
}
