import { useEffect, useState } from 'react';
import type {
  BridgeError,
  CatalogAccess,
  CatalogOverview,
  OperationSummary,
} from '../../preload/contract';
import { ocx } from '../bridge/ocx';

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
  const [state, setState] = useState<CatalogState>({ status: 'idle' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (!apiUrl) return;
    let active = true;
    setState({ status: 'loading', apiUrl });
    void load(apiUrl, generation > 0).then((next) => active && setState(next));
    return () => {
      active = false;
    };
  }, [apiUrl, generation]);

  return [state, () => setGeneration((value) => value + 1)];
}

/** Which operations a session's granted roles reach; undefined until known. */
export function useCatalogAccess(
  catalogId: string | undefined,
  roles: string[] | undefined,
): CatalogAccess | undefined {
  const [access, setAccess] = useState<CatalogAccess>();
  const key = roles?.join(' ');
  useEffect(() => {
    if (!catalogId || key === undefined) {
      setAccess(undefined);
      return;
    }
    let active = true;
    void ocx.catalog.access({ catalogId, roles: key ? key.split(' ') : [] }).then((result) => {
      if (active && result.ok) setAccess(result.value);
    });
    return () => {
      active = false;
    };
  }, [catalogId, key]);
  return access;
}
