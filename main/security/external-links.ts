/** Hosts whose pages the app may open in the user's browser: OrderCloud's docs and our own. */
const ALLOWED_HOSTS = ['ordercloud.io', 'github.com', 'developer.mozilla.org'];

/**
 * The one gate in front of shell.openExternal: https only, no credentials, allowlisted hosts.
 * Anything else (file:, smb:, javascript:, data:, custom schemes) could run code on the machine.
 */
export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return ALLOWED_HOSTS.some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
