import type { HistoryLog, LogRecord, StoredEntry } from './history-log';
import { SerialQueue } from './serial-queue';

export interface HistoryLimits {
  /** Entries kept per marketplace; the oldest unpinned ones go first. */
  maxEntries: number;
  /** Dead lines (evicted, deleted, re-pinned) the log may carry before it is rewritten. */
  compactionSlack: number;
  /** How long a change waits for others to be written with it. */
  writeDelayMs: number;
}

/** Response bodies up to this size live in their log line, not in a file of their own. */
export const INLINE_BODY_BYTES = 4 * 1024;

/**
 * One marketplace's history in memory, mirrored to its log. Changes show at once and are
 * written together a moment later (a request a millisecond costs one append per batch, not three
 * file operations each); every write goes through one queue, so appends, pins and compactions of
 * the same files never interleave.
 */
export class ProfileHistory {
  private readonly queue = new SerialQueue();
  /** Records not yet appended, oldest first. */
  private readonly pendingRecords: LogRecord[] = [];
  /** Bodies not yet in their files, kept here until they are so they can be read meanwhile. */
  private readonly pendingBodies = new Map<string, string>();
  /** Body files whose entries are gone. */
  private readonly doomedBodies = new Set<string>();
  private scheduled: { written: Promise<void>; writeNow: () => void } | undefined;

  private constructor(
    private readonly log: HistoryLog,
    private readonly limits: HistoryLimits,
    /** In the order they were recorded, oldest first. */
    private readonly entries: Map<string, StoredEntry>,
    private logLines: number,
  ) {}

  static async open(log: HistoryLog, limits: HistoryLimits): Promise<ProfileHistory> {
    const { records, lineCount } = await log.read();
    const history = new ProfileHistory(log, limits, replay(records), lineCount);
    history.evictOverflow();
    await history.flush();
    return history;
  }

  oldestFirst(): StoredEntry[] {
    return [...this.entries.values()];
  }

  find(id: string): StoredEntry | undefined {
    return this.entries.get(id);
  }

  readBody(id: string): Promise<string | undefined> {
    const entry = this.entries.get(id);
    if (entry?.inlineResponseBody !== undefined) return Promise.resolve(entry.inlineResponseBody);
    const pending = this.pendingBodies.get(id);
    if (pending !== undefined) return Promise.resolve(pending);
    return this.queue.run(() => this.log.readBody(id));
  }

  /** Shows the entry at once; resolves when it is on disk. */
  add(stored: StoredEntry, responseBody: string | undefined): Promise<void> {
    let entry = stored;
    if (responseBody !== undefined) {
      if (Buffer.byteLength(responseBody) <= INLINE_BODY_BYTES) {
        entry = { ...stored, inlineResponseBody: responseBody };
      } else {
        this.pendingBodies.set(entry.id, responseBody);
      }
    }
    this.entries.set(entry.id, entry);
    this.pendingRecords.push({ kind: 'entry', entry });
    this.evictOverflow();
    return this.writeSoon();
  }

  async setPinned(id: string, pinned: boolean): Promise<StoredEntry | undefined> {
    const entry = this.entries.get(id);
    if (!entry || entry.pinned === pinned) return entry;
    const updated = { ...entry, pinned };
    this.entries.set(id, updated);
    this.pendingRecords.push({ kind: 'pin', id, pinned });
    await this.writeSoon();
    return updated;
  }

  /** The log is rewritten at once: a body kept inline must leave the disk with its entry. */
  async remove(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.forget(entry);
    await this.queue.run(() => this.write({ compact: true }));
    return true;
  }

  /** Forgets every entry, or every unpinned one; the log is rewritten at once. */
  async clear(includePinned: boolean): Promise<number> {
    const doomed = this.oldestFirst().filter((entry) => includePinned || !entry.pinned);
    for (const entry of doomed) this.forget(entry);
    await this.queue.run(() => this.write({ compact: true }));
    return doomed.length;
  }

  /** Writes what is waiting now instead of after the delay. */
  flush(): Promise<void> {
    if (!this.scheduled) return this.queue.run(() => this.write({ compact: false }));
    this.scheduled.writeNow();
    return this.scheduled.written;
  }

  private writeSoon(): Promise<void> {
    if (!this.scheduled) {
      let writeNow!: () => void;
      const due = new Promise<void>((resolve) => (writeNow = resolve));
      const timer = setTimeout(writeNow, this.limits.writeDelayMs);
      const written = due.then(() => {
        clearTimeout(timer);
        this.scheduled = undefined;
        return this.queue.run(() => this.write({ compact: false }));
      });
      this.scheduled = { written, writeNow };
    }
    return this.scheduled.written;
  }

  /**
   * Bodies first, then the lines that point at them, so a crash leaves no dangling entry. The
   * log is rewritten instead when it carries too many dead lines, or when asked.
   */
  private async write({ compact }: { compact: boolean }): Promise<void> {
    const records = this.pendingRecords.splice(0);
    for (const [id, body] of [...this.pendingBodies]) {
      await this.log.writeBody(id, body);
      this.pendingBodies.delete(id);
      // Forgotten while it was being written.
      if (!this.entries.has(id)) this.doomedBodies.add(id);
    }
    const deadLines = this.logLines + records.length - this.entries.size;
    if (compact || deadLines > this.limits.compactionSlack) {
      this.doomedBodies.clear(); // a rewrite deletes every body without an entry
      await this.log.rewrite(this.oldestFirst());
      this.logLines = this.entries.size;
      return;
    }
    if (records.length > 0) {
      await this.log.append(records);
      this.logLines += records.length;
    }
    for (const id of [...this.doomedBodies]) {
      this.doomedBodies.delete(id);
      await this.log.deleteBody(id);
    }
  }

  /** Pinned entries are never evicted; they may keep the history above its limit. */
  private evictOverflow(): void {
    let excess = this.entries.size - this.limits.maxEntries;
    for (const entry of this.entries.values()) {
      if (excess <= 0) break;
      if (entry.pinned) continue;
      this.forget(entry);
      excess -= 1;
    }
  }

  private forget(entry: StoredEntry): void {
    this.entries.delete(entry.id);
    const inFile = entry.hasResponseBody && entry.inlineResponseBody === undefined;
    if (!this.pendingBodies.delete(entry.id) && inFile) this.doomedBodies.add(entry.id);
  }
}

function replay(records: readonly LogRecord[]): Map<string, StoredEntry> {
  const entries = new Map<string, StoredEntry>();
  for (const record of records) {
    if (record.kind === 'entry') {
      entries.set(record.entry.id, record.entry);
    } else if (record.kind === 'delete') {
      entries.delete(record.id);
    } else {
      const entry = entries.get(record.id);
      if (entry) entries.set(record.id, { ...entry, pinned: record.pinned });
    }
  }
  return entries;
}
