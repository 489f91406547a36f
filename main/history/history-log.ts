import { createHash, randomUUID } from 'node:crypto';
import {
  appendFile,
  chmod,
  mkdir,
  readdir,
  readFile,
  rename,
  truncate,
  unlink,
  writeFile,
} from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { HistoryEntry } from '../../preload/contract/history';

const FILE_MODE = 0o600;
const DIRECTORY_MODE = 0o700;
const LOG_FILE = 'entries.jsonl';
const BODIES_DIRECTORY = 'bodies';

/** Entry ids name body files, so only plain ones are accepted back from disk. */
const EntryId = z.string().regex(/^[\w-]{1,64}$/);

/** An entry as the log keeps it: a small response body inline, a larger one in its own file. */
export const StoredEntry = HistoryEntry.omit({ responseBody: true }).extend({
  id: EntryId,
  hasResponseBody: z.boolean(),
  inlineResponseBody: z.string().optional(),
});
export type StoredEntry = z.infer<typeof StoredEntry>;

export const LogRecord = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entry'), entry: StoredEntry }),
  z.object({ kind: z.literal('pin'), id: EntryId, pinned: z.boolean() }),
  // Written by earlier versions; a delete now rewrites the log, so its inline body goes too.
  z.object({ kind: z.literal('delete'), id: EntryId }),
]);
export type LogRecord = z.infer<typeof LogRecord>;

export interface LogContents {
  records: LogRecord[];
  /** Lines in the file, unreadable ones included: what compaction would win back. */
  lineCount: number;
}

/**
 * One marketplace's history on disk: `entries.jsonl`, an append-only log of small records (a
 * request costs one appended line, never a rewrite), and `bodies/{id}` for response bodies too
 * large to go inline, so that opening never reads them. Compaction rewrites the log from the
 * live entries.
 */
export class HistoryLog {
  private readonly logFile: string;
  private readonly bodiesDirectory: string;

  constructor(readonly directory: string) {
    this.logFile = path.join(directory, LOG_FILE);
    this.bodiesDirectory = path.join(directory, BODIES_DIRECTORY);
  }

  /** Reads every whole, valid record; a torn last line (a crash mid-append) is cut off. */
  async read(): Promise<LogContents> {
    await mkdir(this.bodiesDirectory, { recursive: true, mode: DIRECTORY_MODE });
    const text = await readFile(this.logFile, 'utf8').catch(ifMissing(''));
    if (text === '') return { records: [], lineCount: 0 };
    await chmod(this.logFile, FILE_MODE);
    const lastNewline = text.lastIndexOf('\n');
    if (lastNewline !== text.length - 1) {
      // Appends must start on a fresh line, or the next record would be glued to the torn one.
      await truncate(this.logFile, Buffer.byteLength(text.slice(0, lastNewline + 1)));
    }
    const lines = text
      .slice(0, lastNewline + 1)
      .split('\n')
      .slice(0, -1);
    return { records: lines.flatMap(parseRecord), lineCount: lines.length };
  }

  async append(records: readonly LogRecord[]): Promise<void> {
    await appendFile(this.logFile, records.map(serialize).join(''), { mode: FILE_MODE });
  }

  /** Replaces the log with these entries, atomically, and deletes every other body. */
  async rewrite(entries: readonly StoredEntry[]): Promise<void> {
    const temporary = `${this.logFile}.${randomUUID()}.tmp`;
    const records = entries.map((entry): LogRecord => ({ kind: 'entry', entry }));
    await writeFile(temporary, records.map(serialize).join(''), { mode: FILE_MODE });
    await rename(temporary, this.logFile);
    await this.deleteBodiesExcept(new Set(entries.map((entry) => entry.id)));
  }

  async writeBody(id: string, body: string): Promise<void> {
    await writeFile(this.bodyFile(id), body, { mode: FILE_MODE });
  }

  async readBody(id: string): Promise<string | undefined> {
    return readFile(this.bodyFile(id), 'utf8').catch(ifMissing(undefined));
  }

  async deleteBody(id: string): Promise<void> {
    await unlink(this.bodyFile(id)).catch(ifMissing(undefined));
  }

  private async deleteBodiesExcept(keep: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.bodiesDirectory).catch(ifMissing([] as string[]));
    await Promise.all(names.filter((name) => !keep.has(name)).map((name) => this.deleteBody(name)));
  }

  private bodyFile(id: string): string {
    return path.join(this.bodiesDirectory, id);
  }
}

/** `{root}/{profileId}`, or a hash of it when the id is not a plain file name. */
export function profileDirectory(root: string, profileId: string): string {
  const plain = /^[A-Za-z0-9-]{1,100}$/.test(profileId);
  const name = plain ? profileId : `_${createHash('sha256').update(profileId).digest('hex')}`;
  return path.join(root, name);
}

function serialize(record: LogRecord): string {
  return `${JSON.stringify(record)}\n`;
}

function parseRecord(line: string): LogRecord[] {
  try {
    const parsed = LogRecord.safeParse(JSON.parse(line));
    return parsed.success ? [parsed.data] : [];
  } catch {
    return [];
  }
}

function ifMissing<T>(fallback: T): (error: NodeJS.ErrnoException) => T {
  return (error) => {
    if (error.code === 'ENOENT') return fallback;
    throw error;
  };
}
