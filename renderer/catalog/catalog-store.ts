import { useState } from 'react';
import type {
  BridgeError,
  CatalogAccess,
  CatalogOverview,
  OperationSummary,
} from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { useAsync } from '../state/use-async';

export type CatalogState =
  | { status: 'idle' }
  | { status: 'loading'; apiUrl: string }
  | {
      status: 'ready';
      apiUrl: string;
      catalog: CatalogOverview;
      operations: Map<string, OperationSummary>;
    }
  | { status: 'failed'; apiUrl: string; error: BridgeError };

const loaded = new Map<string, Promise<CatalogState>>();

function load(apiUrl: string, refresh = false): Promise<CatalogState> {
  const cached = loaded.get(apiUrl);
  if (cached && !refresh) return cached;
  const pending = ocx.catalog.load({ apiUrl, refresh }).then((result): CatalogState => {
    if (!result.ok) {
      loaded.delete(apiUrl);
      return { status: 'failed', apiUrl, error: result.error };
    }
    const operations = new Map<string, OperationSummary>();
    for (const section of result.value.sections)
      for (const resource of section.resources)
        for (const operation of resource.operations) operations.set(operation.id, operation);
    return { status: 'ready', apiUrl, catalog: result.value, operations };
  });
  loaded.set(apiUrl, pending);
  return pending;
}

/** The catalog of the API a tab talks to; several tabs on one API share one load. */
export function useCatalog(apiUrl: string | undefined): [CatalogState, () => void] {
  const [generation, setGeneration] = useState(0);
  const key = apiUrl === undefined ? undefined : `${generation}|${apiUrl}`;
  const state = useAsync(key, () => load(apiUrl!, generation > 0));
  const current: CatalogState = !apiUrl
    ? { status: 'idle' }
    : (state ?? { status: 'loading', apiUrl });
  return [current, () => setGeneration((value) => value + 1)];
}

/** Which operations a session's granted roles reach; undefined until known. */
export function useCatalogAccess(
  catalogId: string | undefined,
  roles: string[] | undefined,
): CatalogAccess | undefined {
  const key = catalogId && roles ? `${catalogId}|${roles.join(' ')}` : undefined;
  return useAsync(key, async () => {
    const result = await ocx.catalog.access({ catalogId: catalogId!, roles: roles! });
    return result.ok ? result.value : undefined;
  });
}
