import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import type { WindowPlacement } from './window-placement';

export interface MainWindowOptions {
  preloadPath: string;
  placement: WindowPlacement;
  /** Window icon for Linux; macOS and Windows take it from the app bundle. */
  iconPath?: string;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.placement.bounds,
    minWidth: 800,
    minHeight: 500,
    title: 'OC Explorer',
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    // Spelled out here rather than spread from a constant, so reviewers and scanners
    // (electronegativity) see every value: the renderer is a web page with a bridge, no Node.
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      preload: options.preloadPath,
    },
  });
  window.once('ready-to-show', () => {
    if (options.placement.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Brings the window to the front, e.g. when the user starts the app a second time. */
export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
