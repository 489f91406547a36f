import type { Session } from 'electron';

/** The explorer needs no camera, location, notifications, clipboard-read or anything else. */
export function denyAllPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}
