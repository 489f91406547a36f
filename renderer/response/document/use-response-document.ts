import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../workers/protocol';
import { DocumentClient } from './document-client';

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
 * Hands the body (or every page of a list) to a fresh worker once `enabled`, and ends the worker
 * when the bodies change or the viewer goes. The worker gets copies, transferred: the host's
 * bytes stay intact.
 */
export function useResponseDocument(
  bodies: readonly Uint8Array[],
  contentType: string | undefined,
  enabled: boolean,
): DocumentState {
  const [loaded, setLoaded] = useState<{ bodies: readonly Uint8Array[]; state: DocumentState }>();

  useEffect(() => {
    if (!enabled) return;
    const t0 = performance.now();
    const client = new DocumentClient();
    let current = true;
    const copies = bodies.map((body) => body.slice().buffer);
    const settle = (state: DocumentState) => current && setLoaded({ bodies, state });
    client.call('load', { bodies: copies, contentType }, copies).then(
      (summary) => { console.log('loaded after', performance.now() - t0, 'worker', JSON.stringify((summary as unknown as {timing: unknown}).timing)); settle({ status: 'ready', client, summary }); },
      (error: Error) => settle({ status: 'failed', message: error.message }),
    );
    return () => {
      current = false;
      client.dispose();
    };
  }, [bodies, contentType, enabled]);

  if (!enabled) return { status: 'idle' };
  return loaded?.bodies === bodies ? loaded.state : { status: 'loading' };
}
