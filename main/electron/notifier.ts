import { BrowserWindow, Notification } from 'electron';
import { revealWindow } from './main-window';

/** Shown notifications, kept referenced until used: a collected one loses its click handler. */
const pending = new Set<Notification>();

/**
 * Tells the user a long operation finished, with a system notification, only while they are
 * looking at another app: in front of OC Explorer they see it themselves. Clicking brings it back.
 */
export function notifyIfUnfocused(title: string, body: string): boolean {
  if (BrowserWindow.getFocusedWindow() || !Notification.isSupported()) return false;
  const notification = new Notification({ title, body });
  pending.add(notification);
  notification.on('click', () => {
    pending.delete(notification);
    const [window] = BrowserWindow.getAllWindows();
    if (window) revealWindow(window);
  });
  notification.on('close', () => pending.delete(notification));
  notification.show();
  return true;
}
