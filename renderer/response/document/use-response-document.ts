import { useLayoutEffect, useState } from 'react';
import type { DocumentSummary } from '../../workers/protocol';
import { DocumentClient } from './document-client';
import { loadBodies } from './load-bodies';

export interface LoadedDocument {
  status: 'ready';
  client: DocumentClient;
  summary: DocumentSummary;
}

export type DocumentState =
  | { status: 'idle' }
  | { status: 'loading' }
  | LoadedDocument
  | { status: 'failed'; message: string };

/**
 * Hands the body (or every page of a list) to a worker once `enabled`, and releases the worker
 * when the bodies change or the viewer goes.
 */
export function useResponseDocument(
  bodies: readonly Uint8Array[],
  contentType: string | undefined,
  enabled: boolean,
): DocumentState {
  const [loaded, setLoaded] = useState<{ bodies: readonly Uint8Array[]; state: DocumentState }>();

  // A layout effect starts the worker before the first paint instead of after it.
  useLayoutEffect(() => {
    if (!enabled) return;
    const client = new DocumentClient();
    const abort = new AbortController();
    const settle = (state: DocumentState) => !abort.signal.aborted && setLoaded({ bodies, state });
    loadBodies(client, bodies, contentType, abort.signal).then(
      (summary) => settle({ status: 'ready', client, summary }),
      (error: Error) => settle({ status: 'failed', message: error.message }),
    );
    return () => {
      abort.abort();
      client.dispose();
    };
  }, [bodies, contentType, enabled]);

  if (!enabled) return { status: 'idle' };
  return loaded?.bodies === bodies ? loaded.state : { status: 'loading' };
}
