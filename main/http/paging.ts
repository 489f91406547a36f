import { z } from 'zod';
import type { PagingProgress, ParsedListAllRequest } from '../../preload/contract/requests';
import { ActionableError } from './failures';
import { readListEnvelope } from './list-envelope';
import type { RequestExecutor } from './executor';

export type ListAllInput = ParsedListAllRequest;

export const PAGE_SIZE = 100;

const ListMeta = z.object({ TotalCount: z.number().int(), TotalPages: z.number().int() });

export interface ListedPage {
  page: number;
  /** The page exactly as received. */
  body: Uint8Array<ArrayBuffer>;
  itemCount: number;
}

export interface ListAllCallbacks {
  /** Each page as it arrives (not in order); nothing is kept after it returns. */
  onPage: (page: ListedPage) => void | Promise<void>;
  onProgress?: (progress: PagingProgress) => void;
}

/**
 * Every page of an OrderCloud list (pageSize 100): the first alone to learn the page count,
 * then the rest a few at a time. Cancellable by the request id, like a single request.
 */
export function listAllPages(
  executor: RequestExecutor,
  request: ListAllInput,
  callbacks: ListAllCallbacks,
): Promise<{ pages: number; items: number }> {
  return executor.tracked(request.requestId, async (signal) => {
    const fetchPage = async (page: number) => {
      const response = await executor.send(
        {
          ...request,
          method: 'GET',
          query: [
            ...request.query.filter(({ name }) => !/^(page|pageSize)$/i.test(name)),
            { name: 'page', value: String(page) },
            { name: 'pageSize', value: String(PAGE_SIZE) },
          ],
        },
        signal,
      );
      if (response.status >= 400)
        throw listFailed(page, response.status, response.errors?.[0]?.Message);
      // Main never needs the items, only their number: the page goes on as bytes.
      const envelope = readListEnvelope(response.body);
      const meta = ListMeta.safeParse(envelope?.meta);
      if (!envelope || !meta.success) throw notAList(request.path);
      return { body: response.body, meta: meta.data, itemCount: envelope.itemCount };
    };

    const first = await fetchPage(1);
    const totalPages = Math.max(first.meta.TotalPages, 1);
    const progress: PagingProgress = {
      requestId: request.requestId,
      pagesDone: 0,
      totalPages,
      itemsDone: 0,
      totalItems: first.meta.TotalCount,
    };
    const deliver = async (page: number, body: Uint8Array<ArrayBuffer>, itemCount: number) => {
      await callbacks.onPage({ page, body, itemCount });
      progress.pagesDone += 1;
      progress.itemsDone += itemCount;
      callbacks.onProgress?.({ ...progress });
    };
    let nextPage = 2;
    let failed = false;
    const worker = async () => {
      while (!failed && nextPage <= totalPages) {
        const page = nextPage++;
        const { body, itemCount } = await fetchPage(page);
        await deliver(page, body, itemCount);
      }
    };
    // The other pages are asked for before page 1 goes on, so sending it delays none of them.
    const workers = Array.from({ length: Math.min(request.concurrency, totalPages - 1) }, worker);
    try {
      await Promise.all([deliver(1, first.body, first.itemCount), ...workers]);
    } catch (error) {
      failed = true; // the other workers ask for no more pages
      throw error;
    }
    return { pages: progress.pagesDone, items: progress.itemsDone };
  });
}

function listFailed(page: number, status: number, message: string | undefined): ActionableError {
  return new ActionableError(
    'api',
    'ListPageFailed',
    `Page ${page} of the list failed with HTTP ${status}${message ? `: ${message}` : ''}.`,
    'Send the first page alone to see the full error.',
  );
}

function notAList(path: string): ActionableError {
  return new ActionableError(
    'api',
    'NotAList',
    `${path} did not answer with an OrderCloud list (Meta and Items).`,
    'Listing every page works on list endpoints such as /v1/products.',
  );
}
