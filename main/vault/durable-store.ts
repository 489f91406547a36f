import Conf from 'conf';
import {
  copyFileSync,
  existsSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { PRIVATE_FILE_MODE, writeFileAtomic } from './atomic-file';

type Document = Record<string, unknown>;
export type StoreMigrations = Record<string, (store: Conf<Document>) => void>;

/** Something the app should tell the user about a store it had to repair. */
export interface StoreNotice {
  file: string;
  kind: 'restored-from-backup' | 'started-empty';
  /** Where the unreadable file was kept, so nothing is ever silently lost. */
  movedTo: string;
  message: string;
  at: string;
}

export interface DurableStoreOptions<T> {
  dataDir: string;
  /** The file is `{name}.json`; its backup `{name}.backup.json`. */
  name: string;
  /** What the user calls this file in a notice: "profiles", "saved secrets". */
  description: string;
  schema: z.ZodType<T>;
  empty: () => T;
  /** The schema version (semver); migrations up to it run on open, after a backup. */
  version: string;
  /** Upgrades by version. Each must leave an empty store empty: a new file is migrated too. */
  migrations?: StoreMigrations;
  now?: () => Date;
}

const INTERNAL_KEY = '__internal__';
const STALE_TEMPORARY_MS = 60_000;
const FRESHNESS_MS = 250;

class UnreadableStore extends Error {}

/**
 * A conf file that is validated on every read, written atomically, backed up after every write
 * and before every migration, and repaired when it cannot be read: the damaged file is moved
 * aside, the last backup restored (or an empty store started), and a notice recorded.
 */
export class DurableStore<T extends Document> {
  readonly notices: StoreNotice[] = [];
  private conf: Conf<Document>;
  /** The last document read or written, and the file version it came from. */
  private cached: { version: string; value: T } | undefined;
  private checkedAt = -Infinity;

  constructor(private readonly options: DurableStoreOptions<T>) {
    this.removeStaleTemporaries();
    this.conf = this.openOrRecover();
    this.read();
    this.refreshBackup();
  }

  get filePath(): string {
    return this.pathOf('');
  }

  /**
   * The document, parsed again only when the file changed. Another process (`ocx`) may write
   * it, so the file is looked at again, but at most every FRESHNESS_MS: every request reads it.
   */
  read(): T {
    const now = performance.now();
    if (this.cached && now - this.checkedAt < FRESHNESS_MS) return this.cached.value;
    this.checkedAt = now;
    const version = this.fileVersion();
    if (this.cached && this.cached.version === version) return this.cached.value;
    let value: T;
    try {
      value = this.parse(this.conf.store);
    } catch (error) {
      this.recover(error);
      value = this.parse(this.conf.store);
    }
    this.cached = { version: this.fileVersion(), value };
    return value;
  }

  write(value: T): void {
    const checked = this.options.schema.parse(value);
    this.conf.store = { ...checked }; // conf adds its version key to what it is given
    this.cached = { version: this.fileVersion(), value: checked };
    this.checkedAt = performance.now();
    this.refreshBackup();
  }

  update(change: (current: T) => T): T {
    const next = change(this.read());
    this.write(next);
    return next;
  }

  /** Deletes the backups and set-aside copies, e.g. after the user chose to forget everything. */
  removeCopies(): void {
    const prefix = `${this.options.name}.`;
    for (const entry of readdirSync(this.options.dataDir)) {
      if (entry.startsWith(prefix) && entry !== path.basename(this.filePath)) {
        rmSync(path.join(this.options.dataDir, entry), { force: true });
      }
    }
    this.refreshBackup();
  }

  private openOrRecover(): Conf<Document> {
    try {
      return this.open();
    } catch (error) {
      this.recover(error);
      return this.open();
    }
  }

  private open(): Conf<Document> {
    const { dataDir, name, version, migrations, empty } = this.options;
    const conf = new Conf<Document>({
      cwd: dataDir,
      configName: name,
      configFileMode: PRIVATE_FILE_MODE,
      accessPropertiesByDotNotation: false,
      projectVersion: version,
      migrations: migrations ?? {},
      beforeEachMigration: (_store, { toVersion }) => this.backUpBeforeMigration(toVersion),
    });
    if (conf.size === 0) conf.store = empty();
    return conf;
  }

  private parse(store: Document): T {
    const { [INTERNAL_KEY]: _internal, ...data } = store;
    const parsed = this.options.schema.safeParse(data);
    if (!parsed.success) throw new UnreadableStore('it does not have the expected format');
    return parsed.data;
  }

  private recover(cause: unknown): void {
    const { description } = this.options;
    const reason =
      cause instanceof UnreadableStore ? cause.message : 'it is damaged (not complete, valid JSON)';
    const movedTo = this.moveAside();
    const restored = this.restoreBackup();
    this.conf = this.open();
    const kept = `It was kept as ${path.basename(movedTo)}`;
    this.notices.push({
      file: path.basename(this.filePath),
      kind: restored ? 'restored-from-backup' : 'started-empty',
      movedTo,
      message: restored
        ? `Your ${description} file could not be read: ${reason}. ${kept} and the last backup was restored; changes made since that backup may be missing.`
        : `Your ${description} file could not be read: ${reason}, and there was no usable backup. ${kept}; OC Explorer started with an empty one.`,
      at: this.now().toISOString(),
    });
  }

  private moveAside(): string {
    const stamp = this.now().toISOString().replace(/[:.]/g, '-');
    const movedTo = this.pathOf(`.unreadable-${stamp}`);
    if (existsSync(this.filePath)) renameSync(this.filePath, movedTo);
    return movedTo;
  }

  private restoreBackup(): boolean {
    const backup = this.pathOf('.backup');
    try {
      const text = readFileSync(backup, 'utf8');
      this.parse(JSON.parse(text) as Document);
      writeFileAtomic(this.filePath, text);
      return true;
    } catch {
      return false;
    }
  }

  private refreshBackup(): void {
    writeFileAtomic(this.pathOf('.backup'), readFileSync(this.filePath));
  }

  private backUpBeforeMigration(toVersion: string): void {
    if (!existsSync(this.filePath)) return;
    const target = this.pathOf(`.before-${toVersion}`);
    copyFileSync(this.filePath, target);
  }

  /** Temporary files a killed writer left behind; recent ones may belong to a live process. */
  private removeStaleTemporaries(): void {
    const { dataDir, name } = this.options;
    if (!existsSync(dataDir)) return;
    const cutoff = Date.now() - STALE_TEMPORARY_MS;
    for (const entry of readdirSync(dataDir)) {
      if (!entry.startsWith(`${name}.`) || !entry.includes('.tmp-')) continue;
      const file = path.join(dataDir, entry);
      if (statSync(file).mtimeMs < cutoff) rmSync(file, { force: true });
    }
  }

  /** Every write replaces the file (a rename), so inode, time and size tell versions apart. */
  private fileVersion(): string {
    try {
      const { ino, mtimeMs, size } = statSync(this.filePath);
      return `${ino}:${mtimeMs}:${size}`;
    } catch {
      return 'missing';
    }
  }

  private pathOf(suffix: string): string {
    return path.join(this.options.dataDir, `${this.options.name}${suffix}.json`);
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }
}
