import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Conf from 'conf';
import { z } from 'zod';
import {
  SavedCollection,
  type HistoryPerspective,
  type SavedRequest,
} from '../../preload/contract/history';
import type { RequestDraft } from '../../preload/contract/request-draft';
import { HistoryErrorCode, historyError } from './errors';
import { profileDirectory } from './history-log';
import { redactDraft } from '../security/redact';

const SavedFile = z.object({ collections: z.array(SavedCollection).default([]) });
type SavedFile = z.infer<typeof SavedFile>;

export interface SavedRequestStoreOptions {
  dataDir: string;
  onChange?: (profileId: string) => void;
  now?: () => Date;
}

export interface NewSavedRequest {
  name: string;
  draft: RequestDraft;
  perspective?: HistoryPerspective;
}

/**
 * Named collections of saved requests, per marketplace. They are few and edited in place, so
 * each marketplace keeps them in one conf file (atomic rewrites, mode 0600) beside its history.
 */
export class SavedRequestStore {
  private readonly files = new Map<string, Conf<SavedFile>>();
  private readonly now: () => Date;

  constructor(private readonly options: SavedRequestStoreOptions) {
    this.now = options.now ?? (() => new Date());
  }

  list(profileId: string): SavedCollection[] {
    return this.read(profileId).collections;
  }

  createCollection(profileId: string, name: string): SavedCollection {
    const collection = { id: randomUUID(), name, requests: [], createdAt: this.timestamp() };
    this.write(profileId, [...this.list(profileId), collection]);
    return collection;
  }

  renameCollection(profileId: string, collectionId: string, name: string): SavedCollection {
    const renamed = { ...this.collection(profileId, collectionId), name };
    this.replaceCollection(profileId, renamed);
    return renamed;
  }

  deleteCollection(profileId: string, collectionId: string): boolean {
    const collections = this.list(profileId);
    const kept = collections.filter((collection) => collection.id !== collectionId);
    if (kept.length === collections.length) return false;
    this.write(profileId, kept);
    return true;
  }

  /** The draft is stored with its secrets masked, like history entries. */
  addRequest(profileId: string, collectionId: string, request: NewSavedRequest): SavedRequest {
    const collection = this.collection(profileId, collectionId);
    const saved: SavedRequest = {
      id: randomUUID(),
      name: request.name,
      draft: redactDraft(request.draft),
      savedAt: this.timestamp(),
      ...(request.perspective ? { perspective: request.perspective } : {}),
    };
    this.replaceCollection(profileId, { ...collection, requests: [...collection.requests, saved] });
    return saved;
  }

  deleteRequest(profileId: string, collectionId: string, requestId: string): boolean {
    const collection = this.collection(profileId, collectionId);
    const requests = collection.requests.filter((request) => request.id !== requestId);
    if (requests.length === collection.requests.length) return false;
    this.replaceCollection(profileId, { ...collection, requests });
    return true;
  }

  private collection(profileId: string, collectionId: string): SavedCollection {
    const found = this.list(profileId).find((collection) => collection.id === collectionId);
    if (!found) {
      throw historyError(HistoryErrorCode.CollectionNotFound, 'This collection no longer exists.', {
        collectionId,
      });
    }
    return found;
  }

  private replaceCollection(profileId: string, replacement: SavedCollection): void {
    const collections = this.list(profileId).map((collection) =>
      collection.id === replacement.id ? replacement : collection,
    );
    this.write(profileId, collections);
  }

  private write(profileId: string, collections: SavedCollection[]): void {
    this.file(profileId).store = { collections };
    this.options.onChange?.(profileId);
  }

  /** A damaged file reads as empty rather than failing every call. */
  private read(profileId: string): SavedFile {
    const parsed = SavedFile.safeParse(this.file(profileId).store);
    return parsed.success ? parsed.data : { collections: [] };
  }

  private file(profileId: string): Conf<SavedFile> {
    let file = this.files.get(profileId);
    if (!file) {
      const directory = profileDirectory(path.join(this.options.dataDir, 'history'), profileId);
      mkdirSync(directory, { recursive: true, mode: 0o700 });
      file = new Conf<SavedFile>({
        cwd: directory,
        configName: 'saved-requests',
        projectName: 'oc-explorer',
        configFileMode: 0o600,
      });
      this.files.set(profileId, file);
    }
    return file;
  }

  private timestamp(): string {
    return this.now().toISOString();
  }
}
