/** The renderer is served from its own origin, never file://: app://renderer/index.html. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True only for a URL on the app's own origin. Compares parsed parts, not string prefixes, so
 * app://renderer.evil.com/, app://renderer@evil/ and app://evil/ are all someone else.
 */
export function isAppUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}
