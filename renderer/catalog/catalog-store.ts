import { useState } from 'react';
import type {
  BridgeError,
  CatalogAccess,
  CatalogOverview,
  OperationSummary,
} from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { useAsync } from '../state/use-async';
import { forgetImportedCatalog, useImportedCatalog } from './imported-catalogs';

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
    return ready(apiUrl, result.value);
  });
  loaded.set(apiUrl, pending);
  return pending;
}

type ReadyState = Extract<CatalogState, { status: 'ready' }>;
const readyByCatalog = new WeakMap<CatalogOverview, ReadyState>();

function ready(apiUrl: string, catalog: CatalogOverview): ReadyState {
  const known = readyByCatalog.get(catalog);
  if (known?.apiUrl === apiUrl) return known;
  const operations = new Map<string, OperationSummary>();
  for (const section of catalog.sections)
    for (const resource of section.resources)
      for (const operation of resource.operations) operations.set(operation.id, operation);
  const state: ReadyState = { status: 'ready', apiUrl, catalog, operations };
  readyByCatalog.set(catalog, state);
  return state;
}

/**
 * The catalog of the API a tab talks to; several tabs on one API share one load. A spec the user
 * imported for that API (a dropped file) takes its place until they go back.
 */
export function useCatalog(apiUrl: string | undefined): [CatalogState, () => void] {
  const [generation, setGeneration] = useState(0);
  const imported = useImportedCatalog(apiUrl);
  const key = apiUrl === undefined || imported ? undefined : `${generation}|${apiUrl}`;
  const state = useAsync(key, () => load(apiUrl!, generation > 0));
  if (apiUrl && imported)
    return [ready(apiUrl, imported), () => forgetImportedCatalog(imported.catalogId)];
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
