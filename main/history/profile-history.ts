import type { HistoryLog, LogRecord, StoredEntry } from './history-log';
import { SerialQueue } from './serial-queue';

export interface HistoryLimits {
  /** Entries kept per marketplace; the oldest unpinned ones go first. */
  maxEntries: number;
  /** Dead lines (evicted, deleted, re-pinned) the log may carry before it is rewritten. */
  compactionSlack: number;
}

/**
 * One marketplace's history in memory, mirrored to its log. Every change goes through one
 * queue, so appends, pins and compactions of the same files never interleave.
 */
export class ProfileHistory {
  private readonly queue = new SerialQueue();

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
    await history.queue.run(() => history.evictOverflow());
    return history;
  }

  oldestFirst(): StoredEntry[] {
    return [...this.entries.values()];
  }

  find(id: string): StoredEntry | undefined {
    return this.entries.get(id);
  }

  readBody(id: string): Promise<string | undefined> {
    return this.log.readBody(id);
  }

  /** The body is written before the line that points at it, so a crash leaves no dangling entry. */
  add(entry: StoredEntry, responseBody: string | undefined): Promise<void> {
    return this.queue.run(async () => {
      if (responseBody !== undefined) await this.log.writeBody(entry.id, responseBody);
      await this.appendRecord({ kind: 'entry', entry });
      this.entries.set(entry.id, entry);
      await this.evictOverflow();
      await this.compactIfWasteful();
    });
  }

  setPinned(id: string, pinned: boolean): Promise<StoredEntry | undefined> {
    return this.queue.run(async () => {
      const entry = this.entries.get(id);
      if (!entry || entry.pinned === pinned) return entry;
      await this.appendRecord({ kind: 'pin', id, pinned });
      const updated = { ...entry, pinned };
      this.entries.set(id, updated);
      await this.compactIfWasteful();
      return updated;
    });
  }

  remove(id: string): Promise<boolean> {
    return this.queue.run(async () => {
      if (!this.entries.has(id)) return false;
      await this.appendRecord({ kind: 'delete', id });
      this.entries.delete(id);
      await this.log.deleteBody(id);
      await this.compactIfWasteful();
      return true;
    });
  }

  /** Forgets every entry, or every unpinned one; the log is rewritten at once. */
  clear(includePinned: boolean): Promise<number> {
    return this.queue.run(async () => {
      const doomed = this.oldestFirst().filter((entry) => includePinned || !entry.pinned);
      for (const entry of doomed) this.entries.delete(entry.id);
      await this.compact();
      return doomed.length;
    });
  }

  private async appendRecord(record: LogRecord): Promise<void> {
    await this.log.append([record]);
    this.logLines += 1;
  }

  /** Pinned entries are never evicted; they may keep the history above its limit. */
  private async evictOverflow(): Promise<void> {
    let excess = this.entries.size - this.limits.maxEntries;
    for (const entry of this.entries.values()) {
      if (excess <= 0) break;
      if (entry.pinned) continue;
      this.entries.delete(entry.id);
      await this.log.deleteBody(entry.id);
      excess -= 1;
    }
  }

  private async compactIfWasteful(): Promise<void> {
    if (this.logLines - this.entries.size > this.limits.compactionSlack) await this.compact();
  }

  private async compact(): Promise<void> {
    await this.log.rewrite(this.oldestFirst());
    this.logLines = this.entries.size;
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
