import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-url';

/**
 * Only the app's own page may call main: the main frame of our window, showing app://renderer.
 * Not another webContents, not an <iframe> inside ours, not our frame after it left our origin.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | undefined,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  const contents = window.webContents;
  return event.sender.id === contents.id && frame === contents.mainFrame && isAppUrl(frame.url);
}
