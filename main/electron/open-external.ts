import { shell } from 'electron';
import { isAllowedExternalUrl } from '../security/external-links';

/**
 * The one door to the user's browser and the only caller of shell.openExternal: what it opens
 * runs outside the sandbox, so only allowlisted https pages get through.
 */
export async function openExternal(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await shell.openExternal(url);
  return true;
}
