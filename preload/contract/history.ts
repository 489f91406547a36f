import { z } from 'zod';
import { channel, event } from './define';
import { HttpMethod, RequestDraft } from './request-draft';

const Id = z.string().min(1).max(100);
const Name = z.string().trim().min(1).max(200);

/** Who sent a request: enough to show it and to offer the same perspective again. */
export const HistoryPerspective = z.object({
  perspectiveId: Id,
  label: z.string().max(100),
  username: z.string().max(200).optional(),
});
export type HistoryPerspective = z.infer<typeof HistoryPerspective>;

/** One sent request as the history list shows it. Secrets are already scrubbed. */
export const HistorySummary = z.object({
  id: Id,
  profileId: Id,
  method: HttpMethod,
  /** The path with its enabled query string: `/v1/products?search=shirt`. */
  path: z.string(),
  perspective: HistoryPerspective.optional(),
  /** The HTTP status; absent when no response came back (network error, cancel, timeout). */
  status: z.number().int().optional(),
  error: z.string().optional(),
  durationMs: z.number().nonnegative(),
  /** Response size in bytes. */
  size: z.number().int().nonnegative(),
  /** When it was sent (ISO 8601). */
  timestamp: z.string(),
  pinned: z.boolean(),
  operationId: z.string().optional(),
  /** True when the response body was larger than the history keeps; it was not stored. */
  responseBodyDropped: z.boolean(),
  /** True when the request body was larger than the history keeps; replay comes without it. */
  requestBodyDropped: z.boolean(),
});
export type HistorySummary = z.infer<typeof HistorySummary>;

/** A history entry with what it takes to replay and inspect it. */
export const HistoryEntry = HistorySummary.extend({
  draft: RequestDraft,
  responseBody: z.string().optional(),
  contentType: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const HistoryPage = z.object({
  items: z.array(HistorySummary),
  total: z.number().int().nonnegative(),
  /** Where the next page starts; absent on the last page. */
  nextOffset: z.number().int().nonnegative().optional(),
});
export type HistoryPage = z.infer<typeof HistoryPage>;

/** A request kept on purpose, under a name, in a collection. */
export const SavedRequest = z.object({
  id: Id,
  name: Name,
  draft: RequestDraft,
  /** The perspective it was saved from: a hint, the user may send it as anyone. */
  perspective: HistoryPerspective.optional(),
  savedAt: z.string(),
});
export type SavedRequest = z.infer<typeof SavedRequest>;

export const SavedCollection = z.object({
  id: Id,
  name: Name,
  requests: z.array(SavedRequest),
  createdAt: z.string(),
});
export type SavedCollection = z.infer<typeof SavedCollection>;

const EntryRef = z.object({ profileId: Id, entryId: Id });
const CollectionRef = z.object({ profileId: Id, collectionId: Id });
const Deleted = z.object({ deleted: z.boolean() });

export const historyChannels = {
  /** Newest first, pinned entries before the rest. `search` matches method, path, status, perspective. */
  'history.list': channel(
    z.object({
      profileId: Id,
      search: z.string().max(200).default(''),
      offset: z.number().int().nonnegative().default(0),
      limit: z.number().int().min(1).max(200).default(50),
    }),
    HistoryPage,
  ),
  'history.get': channel(EntryRef, HistoryEntry),
  /** The draft to open in a tab, and the perspective it was sent as. */
  'history.replay': channel(
    EntryRef,
    z.object({ draft: RequestDraft, perspective: HistoryPerspective.optional() }),
  ),
  'history.pin': channel(EntryRef.extend({ pinned: z.boolean() }), HistorySummary),
  'history.delete': channel(EntryRef, Deleted),
  /** Forgets a marketplace's history; pinned entries stay unless `includePinned`. */
  'history.clear': channel(
    z.object({ profileId: Id, includePinned: z.boolean().default(false) }),
    z.object({ removed: z.number().int().nonnegative() }),
  ),
  'history.collections.list': channel(z.object({ profileId: Id }), z.array(SavedCollection)),
  'history.collections.create': channel(z.object({ profileId: Id, name: Name }), SavedCollection),
  'history.collections.rename': channel(CollectionRef.extend({ name: Name }), SavedCollection),
  'history.collections.delete': channel(CollectionRef, Deleted),
  /** Saves a draft (its secrets scrubbed) under a name in a collection. */
  'history.saved.add': channel(
    CollectionRef.extend({
      name: Name,
      draft: RequestDraft,
      perspective: HistoryPerspective.optional(),
    }),
    SavedRequest,
  ),
  'history.saved.delete': channel(CollectionRef.extend({ requestId: Id }), Deleted),
};

export const historyEvents = {
  /** A marketplace's history or saved requests changed: lists showing it should reload. */
  'history.changed': event(z.object({ profileId: Id })),
};
