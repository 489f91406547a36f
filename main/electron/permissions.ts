import type { Session } from 'electron';
import { isAppUrl } from './app-url';

/** Copy buttons call navigator.clipboard.writeText; nothing else is needed. */
const GRANTED_TO_OUR_PAGE = new Set(['clipboard-sanitized-write']);

/**
 * Denies every web permission (camera, location, notifications, clipboard reading, devices...)
 * except writing to the clipboard, and that only for the main frame of the app's own page.
 */
export function limitPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isGranted(permission, details.requestingUrl, details.isMainFrame)),
  );
  target.setPermissionCheckHandler((_contents, permission, origin, details) =>
    isGranted(permission, origin, details.isMainFrame),
  );
  target.setDevicePermissionHandler(() => false);
}

function isGranted(permission: string, url: string | undefined, isMainFrame: boolean): boolean {
  return GRANTED_TO_OUR_PAGE.has(permission) && isMainFrame && isAppUrl(url ?? '');
}
