import type { z } from 'zod';
import type { catalogChannels } from '../../preload/contract/catalog';
import { CatalogService } from './catalog-service';
import { CatalogErrorCode, catalogError } from './errors';

type CatalogChannels = typeof catalogChannels;

/** One handler per catalog channel, typed from the contract like the app's HandlerMap. */
export type CatalogHandlers = {
  [K in keyof CatalogChannels]: (
    input: z.output<CatalogChannels[K]['input']>,
  ) => Promise<z.output<CatalogChannels[K]['output']>> | z.output<CatalogChannels[K]['output']>;
};

export interface CatalogHandlerDeps {
  dataDir: string;
  /** Asks the user for a spec file (a native dialog in the desktop app); undefined if cancelled. */
  pickSpecFile?: () => Promise<string | undefined>;
}

export function createCatalogHandlers(deps: CatalogHandlerDeps): CatalogHandlers {
  const catalogs = new CatalogService({ dataDir: deps.dataDir });
  return {
    'catalog.load': ({ apiUrl, refresh }) => catalogs.load(apiUrl, { refresh }),
    'catalog.import': ({ fileName, text }) => catalogs.loadText(text, fileName),
    'catalog.openFile': async () => {
      if (!deps.pickSpecFile) {
        throw catalogError(
          CatalogErrorCode.Unsupported,
          'Opening a file is not available here; import the spec instead.',
        );
      }
      const file = await deps.pickSpecFile();
      return file === undefined ? null : catalogs.loadFile(file);
    },
    'catalog.operation': ({ catalogId, operationId }) =>
      catalogs.get(catalogId).operation(operationId),
    'catalog.search': ({ catalogId, query, limit }) => catalogs.get(catalogId).search(query, limit),
    'catalog.validateBody': ({ catalogId, operationId, body }) =>
      catalogs.get(catalogId).validateBody(operationId, body),
    'catalog.access': ({ catalogId, roles }) => catalogs.get(catalogId).access(roles),
  };
}
