import type { z } from 'zod';
import type { historyChannels } from '../../preload/contract/history';
import type { HistoryService } from './history-service';
import type { SavedRequestStore } from './saved-requests';

type HistoryChannels = typeof historyChannels;

/** One handler per history channel, typed from the contract like the app's HandlerMap. */
export type HistoryHandlers = {
  [K in keyof HistoryChannels]: (
    input: z.output<HistoryChannels[K]['input']>,
  ) => Promise<z.output<HistoryChannels[K]['output']>> | z.output<HistoryChannels[K]['output']>;
};

export interface HistoryHandlerDeps {
  history: HistoryService;
  savedRequests: SavedRequestStore;
}

export function createHistoryHandlers({
  history,
  savedRequests,
}: HistoryHandlerDeps): HistoryHandlers {
  return {
    'history.list': ({ profileId, ...page }) => history.list(profileId, page),
    'history.get': ({ profileId, entryId }) => history.get(profileId, entryId),
    'history.replay': ({ profileId, entryId }) => history.replay(profileId, entryId),
    'history.pin': ({ profileId, entryId, pinned }) =>
      history.setPinned(profileId, entryId, pinned),
    'history.delete': async ({ profileId, entryId }) => ({
      deleted: await history.delete(profileId, entryId),
    }),
    'history.clear': async ({ profileId, includePinned }) => ({
      removed: await history.clear(profileId, { includePinned }),
    }),
    'history.collections.list': ({ profileId }) => savedRequests.list(profileId),
    'history.collections.create': ({ profileId, name }) =>
      savedRequests.createCollection(profileId, name),
    'history.collections.rename': ({ profileId, collectionId, name }) =>
      savedRequests.renameCollection(profileId, collectionId, name),
    'history.collections.delete': ({ profileId, collectionId }) => ({
      deleted: savedRequests.deleteCollection(profileId, collectionId),
    }),
    'history.saved.add': ({ profileId, collectionId, ...request }) =>
      savedRequests.addRequest(profileId, collectionId, request),
    'history.saved.delete': ({ profileId, collectionId, requestId }) => ({
      deleted: savedRequests.deleteRequest(profileId, collectionId, requestId),
    }),
  };
}
