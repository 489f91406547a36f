import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type {
  HistoryEntry,
  HistoryPage,
  HistoryPerspective,
  HistorySummary,
} from '../../preload/contract/history';
import type { RequestDraft } from '../../preload/contract/request-draft';
import { HistoryErrorCode, historyError } from './errors';
import { buildEntry, toSummary, type HistoryRecordInput } from './history-entry';
import { HistoryLog, profileDirectory, type StoredEntry } from './history-log';
import { listOrder, pageOf, type PageRequest } from './history-query';
import { ProfileHistory } from './profile-history';

export interface HistoryServiceOptions {
  dataDir: string;
  /** Entries kept per marketplace (default 1000). */
  maxEntries?: number;
  /** Larger request or response bodies are not kept (default 256 KiB). */
  maxBodyBytes?: number;
  /** Told after every change to a marketplace's history. */
  onChange?: (profileId: string) => void;
  /** How long a change waits to be written with the ones after it (default 100 ms). */
  writeDelayMs?: number;
  now?: () => Date;
}

export interface Replay {
  draft: RequestDraft;
  perspective?: HistoryPerspective;
}

const DEFAULT_MAX_ENTRIES = 1000;
const DEFAULT_MAX_BODY_BYTES = 256 * 1024;
const DEFAULT_WRITE_DELAY_MS = 100;

/** Every request sent, per marketplace, under `{dataDir}/history/`. Secrets never reach disk. */
export class HistoryService {
  private readonly root: string;
  private readonly maxEntries: number;
  private readonly maxBodyBytes: number;
  private readonly now: () => Date;
  private readonly profiles = new Map<string, Promise<ProfileHistory>>();

  constructor(private readonly options: HistoryServiceOptions) {
    this.root = path.join(options.dataDir, 'history');
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Called by the request executor once per request, whatever its outcome. The entry is listed
   * at once; the promise settles when it is on disk.
   */
  async record(input: HistoryRecordInput): Promise<HistorySummary> {
    const { entry, responseBody } = buildEntry(input, {
      id: randomUUID(),
      now: this.now(),
      maxBodyBytes: this.maxBodyBytes,
    });
    const written = (await this.profile(entry.profileId)).add(entry, responseBody);
    this.changed(entry.profileId);
    await written;
    return toSummary(entry);
  }

  /** Writes every change still waiting; for shutting down. */
  async flush(): Promise<void> {
    const opened = await Promise.allSettled(this.profiles.values());
    await Promise.all(
      opened.map((result) => (result.status === 'fulfilled' ? result.value.flush() : undefined)),
    );
  }

  async list(profileId: string, request: PageRequest): Promise<HistoryPage> {
    const entries = (await this.profile(profileId)).oldestFirst();
    return pageOf(listOrder(entries).map(toSummary), request);
  }

  async get(profileId: string, entryId: string): Promise<HistoryEntry> {
    const history = await this.profile(profileId);
    const {
      hasResponseBody,
      inlineResponseBody: _inline,
      ...entry
    } = this.existing(history, entryId);
    const responseBody = hasResponseBody ? await history.readBody(entryId) : undefined;
    return responseBody === undefined ? entry : { ...entry, responseBody };
  }

  async replay(profileId: string, entryId: string): Promise<Replay> {
    const { draft, perspective } = this.existing(await this.profile(profileId), entryId);
    return perspective ? { draft, perspective } : { draft };
  }

  async setPinned(profileId: string, entryId: string, pinned: boolean): Promise<HistorySummary> {
    const updated = await (await this.profile(profileId)).setPinned(entryId, pinned);
    if (!updated) throw notFound(entryId);
    this.changed(profileId);
    return toSummary(updated);
  }

  async delete(profileId: string, entryId: string): Promise<boolean> {
    const deleted = await (await this.profile(profileId)).remove(entryId);
    if (deleted) this.changed(profileId);
    return deleted;
  }

  async clear(profileId: string, { includePinned = false } = {}): Promise<number> {
    const removed = await (await this.profile(profileId)).clear(includePinned);
    this.changed(profileId);
    return removed;
  }

  private existing(history: ProfileHistory, entryId: string): StoredEntry {
    const entry = history.find(entryId);
    if (!entry) throw notFound(entryId);
    return entry;
  }

  /** Opened on first use; a failed open is forgotten so the next call tries again. */
  private profile(profileId: string): Promise<ProfileHistory> {
    let opening = this.profiles.get(profileId);
    if (!opening) {
      const log = new HistoryLog(profileDirectory(this.root, profileId));
      opening = ProfileHistory.open(log, {
        maxEntries: this.maxEntries,
        compactionSlack: Math.max(10, this.maxEntries),
        writeDelayMs: this.options.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS,
      });
      opening.catch(() => this.profiles.delete(profileId));
      this.profiles.set(profileId, opening);
    }
    return opening;
  }

  private changed(profileId: string): void {
    this.options.onChange?.(profileId);
  }
}

function notFound(entryId: string) {
  return historyError(HistoryErrorCode.EntryNotFound, 'This request is no longer in the history.', {
    entryId,
  });
}
