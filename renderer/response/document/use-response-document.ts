import { useEffect, useState } from 'react';
import type { DocumentSummary } from '../../workers/protocol';
import type { ApiResponse } from '../types';
import { DocumentClient } from './document-client';

export type DocumentState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; client: DocumentClient; summary: DocumentSummary }
  | { status: 'failed'; message: string };

/**
 * Hands the body to a fresh worker once `enabled`, and ends the worker with the response.
 * The worker gets a copy of the bytes, transferred: the host's response stays intact.
 */
export function useResponseDocument(response: ApiResponse, enabled: boolean): DocumentState {
  const [loaded, setLoaded] = useState<{ response: ApiResponse; state: DocumentState }>();

  useEffect(() => {
    if (!enabled) return;
    const client = new DocumentClient();
    let current = true;
    const bytes = response.body.slice().buffer;
    client.call('load', { bytes, contentType: response.contentType }, [bytes]).then(
      (summary) => current && setLoaded({ response, state: { status: 'ready', client, summary } }),
      (error: Error) => current && setLoaded({ response, state: { status: 'failed', message: error.message } }),
    );
    return () => {
      current = false;
      client.dispose();
    };
  }, [response, enabled]);

  if (!enabled) return { status: 'idle' };
  return loaded?.response === response ? loaded.state : { status: 'loading' };
}
