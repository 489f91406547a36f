import type { CatalogOverview } from '../../preload/contract';
import { createStore, useStore } from '../state/store';

/**
 * Specs the user imported from a file, by the API URL whose tabs browse them instead of the
 * API's own spec. Kept for this run only: the next start loads the API's spec again.
 */
const importedByApi = createStore<ReadonlyMap<string, CatalogOverview>>(new Map());

export function showImportedCatalog(apiUrl: string, catalog: CatalogOverview): void {
  importedByApi.set((current) => new Map(current).set(apiUrl, catalog));
}

/** Goes back to the API's own spec wherever this imported catalog was shown. */
export function forgetImportedCatalog(catalogId: string): void {
  importedByApi.set((current) => {
    const next = new Map(current);
    for (const [apiUrl, catalog] of current)
      if (catalog.catalogId === catalogId) next.delete(apiUrl);
    return next;
  });
}

export function useImportedCatalog(apiUrl: string | undefined): CatalogOverview | undefined {
  return useStore(importedByApi, (imported) =>
    apiUrl === undefined ? undefined : imported.get(apiUrl),
  );
}

export function useIsImportedCatalog(catalogId: string): boolean {
  return useStore(importedByApi, (imported) =>
    [...imported.values()].some((catalog) => catalog.catalogId === catalogId),
  );
}
