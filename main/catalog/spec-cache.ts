import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { shortHash } from './short-hash';
import { toOpenApiDocument, type OpenApiDocument } from './spec-document';

const CACHE_FORMAT = 1;

const CacheEntry = z.object({
  format: z.literal(CACHE_FORMAT),
  apiBase: z.string(),
  cachedAt: z.string(),
  spec: z.unknown(),
});

export interface CachedSpec {
  document: OpenApiDocument;
  cachedAt: string;
}

/**
 * Specs on disk under `{dataDir}/spec-cache/`, one file per API base and spec version, named
 * from their hashes. Only the newest version of a base is kept. A file that cannot be read
 * back whole is deleted, so the next load fetches the spec again.
 */
export class SpecCache {
  private readonly directory: string;

  constructor(dataDir: string) {
    this.directory = path.join(dataDir, 'spec-cache');
  }

  async read(apiBase: string): Promise<CachedSpec | undefined> {
    const file = await this.newestFileFor(apiBase);
    if (!file) return undefined;
    const entry = await readEntry(file).catch(() => undefined);
    if (entry?.apiBase === apiBase) return { document: entry.document, cachedAt: entry.cachedAt };
    await unlink(file).catch(() => undefined);
    return undefined;
  }

  async write(apiBase: string, document: OpenApiDocument, cachedAt: string): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const file = path.join(this.directory, fileName(apiBase, document.info.version));
    const entry: z.input<typeof CacheEntry> = {
      format: CACHE_FORMAT,
      apiBase,
      cachedAt,
      spec: document,
    };
    const temporary = `${file}.${randomUUID()}.tmp`;
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
    await this.removeOtherVersions(apiBase, file);
  }

  private async filesFor(apiBase: string): Promise<string[]> {
    const prefix = `${baseHash(apiBase)}-`;
    const names = await readdir(this.directory).catch(() => [] as string[]);
    return names
      .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
      .map((name) => path.join(this.directory, name));
  }

  private async newestFileFor(apiBase: string): Promise<string | undefined> {
    const files = await this.filesFor(apiBase);
    const dated = await Promise.all(
      files.map(async (file) => ({ file, modified: await modifiedAt(file) })),
    );
    return dated.sort((a, b) => b.modified - a.modified)[0]?.file;
  }

  private async removeOtherVersions(apiBase: string, keep: string): Promise<void> {
    const stale = (await this.filesFor(apiBase)).filter((file) => file !== keep);
    await Promise.all(stale.map((file) => unlink(file).catch(() => undefined)));
  }
}

/** Throws on anything short of a whole entry: bad JSON, wrong shape, not an OpenAPI 3 spec. */
async function readEntry(file: string): Promise<CachedSpec & { apiBase: string }> {
  const entry = CacheEntry.parse(JSON.parse(await readFile(file, 'utf8')));
  return {
    apiBase: entry.apiBase,
    cachedAt: entry.cachedAt,
    document: toOpenApiDocument(entry.spec, file),
  };
}

function fileName(apiBase: string, version: string): string {
  return `${baseHash(apiBase)}-${shortHash(version, 8)}.json`;
}

function baseHash(apiBase: string): string {
  return shortHash(apiBase, 16);
}

/** A file that vanished meanwhile sorts last. */
function modifiedAt(file: string): Promise<number> {
  return stat(file).then(
    (stats) => stats.mtimeMs,
    () => 0,
  );
}
