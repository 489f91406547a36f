import type { WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { openExternal } from './open-external';

/**
 * Keeps every page on the app's own origin: no navigating or redirecting away, no new windows,
 * no <webview>. A link the user follows to an allowlisted site opens in their browser instead.
 */
export function confineWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    void openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
