import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Reads the data file; undefined when it does not exist yet. */
export async function readStateFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`The sandbox data file ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Replaces the file atomically: a reader (or a crash) sees the old content or the new one,
 * never half of each. Write a temporary file beside it, flush it to disk, rename it over.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const directory = path.dirname(file);
  await mkdir(directory, { recursive: true });
  const temporary = path.join(
    directory,
    `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/** Makes the rename itself durable; not every platform lets a directory be opened for this. */
async function syncDirectory(directory: string): Promise<void> {
  try {
    const handle = await open(directory, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot fsync a directory; the rename is still atomic there.
  }
}

/**
 * Group commit: any number of requests asking to save while a write is under way share the
 * next write, so saves never interleave and the file always holds the latest snapshot.
 */
export class StateWriter {
  private writing: Promise<void> | undefined;
  private pending: Promise<void> | undefined;

  constructor(
    private readonly file: string,
    private readonly snapshot: () => string,
  ) {}

  commit(): Promise<void> {
    if (this.pending) return this.pending;
    if (!this.writing) return (this.writing = this.write());
    this.pending = this.writing
      .catch(() => undefined)
      .then(() => {
        this.pending = undefined;
        return (this.writing = this.write());
      });
    return this.pending;
  }

  private async write(): Promise<void> {
    try {
      await writeFileAtomic(this.file, this.snapshot());
    } finally {
      this.writing = undefined;
    }
  }
}
