import { ocx } from '../../bridge/ocx';
import { showImportedCatalog } from '../../catalog/imported-catalogs';

/** What a drop ended in, worded for the person who dropped the file. */
export type DropOutcome =
  | { tone: 'success'; message: string; importedCatalogId?: string }
  | { tone: 'error'; message: string };

/** Where a dropped spec goes: the API the focused tab talks to. */
export interface DropTarget {
  apiUrl: string | undefined;
  marketplaceName: string | undefined;
}

const NOTHING_IMPORTED = 'Nothing was imported.';

export async function importSpec(
  fileName: string,
  text: string,
  target: DropTarget,
): Promise<DropOutcome> {
  if (!target.apiUrl)
    return {
      tone: 'error',
      message: `Open a tab on a marketplace first, then drop “${fileName}” again: its catalog is what the spec replaces.`,
    };
  const result = await ocx.catalog.import({ fileName, text });
  if (!result.ok) return { tone: 'error', message: `${result.error.message} ${NOTHING_IMPORTED}` };
  const catalog = result.value;
  showImportedCatalog(target.apiUrl, catalog);
  const where = target.marketplaceName ? ` for ${target.marketplaceName}` : '';
  return {
    tone: 'success',
    message: `Imported the spec “${catalog.title}” v${catalog.version} (${plural(catalog.operationCount, 'operation')}) from “${fileName}”. The catalog${where} now comes from this file until you go back to the API's spec.`,
    importedCatalogId: catalog.catalogId,
  };
}

export async function importProfiles(
  fileName: string,
  text: string,
  passphrase?: string,
): Promise<DropOutcome> {
  const result = await ocx.profiles.import({ text, passphrase });
  if (!result.ok) return { tone: 'error', message: `${result.error.message}` };
  const names = result.value.map((profile) => `“${profile.name}”`);
  const secrets = passphrase ? ', with its saved secrets' : '';
  return {
    tone: 'success',
    message: `Imported ${plural(names.length, 'marketplace')} from “${fileName}”${secrets}: ${names.join(', ')}.`,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
