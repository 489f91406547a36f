import type { AppInfo, Runtime } from '../../preload/contract';
import type { desktopChannels, KeyringStatus } from '../../preload/contract/desktop';
import { createCatalogHandlers } from '../catalog/handlers';
import { SpecCache } from '../catalog/spec-cache';
import { normalizeApiBase } from '../catalog/spec-fetch';
import { createHistoryHandlers } from '../history/handlers';
import { HistoryService } from '../history/history-service';
import { SavedRequestStore } from '../history/saved-requests';
import { createSnippetHandlers } from '../snippets/handlers';
import { describeFromSpec } from '../snippets/operation-shape';
import { createDispatch, type Dispatch } from '../bridge/dispatch';
import type { EventSink, HandlerMap } from '../bridge/handlers';
import { isAllowedExternalUrl } from '../security/external-links';
import type { FeatureHandlers } from '../sessions/feature-handlers';
import { SettingsStore } from '../settings/store';
import type { Cipher } from '../vault/types';
import { WorkspaceStore } from '../workspace/store';
import { createAccounts, environmentPassphraseCipher } from './accounts';
import { recordingHistory } from './history-recording';
import { coalescePerKey } from './coalesce';
import { appIdentity } from './identity';

const HISTORY_CHANGED_WINDOW_MS = 100;

export interface AppCoreOptions {
  runtime: Runtime;
  dataDir: string;
  /** Pushes an event to every connected renderer. */
  emit: EventSink;
  /** Opens an already-vetted https URL in the user's browser; browser mode lets the page do it. */
  openExternal?: (url: string) => Promise<void>;
  onInternalError?: (channel: string, error: unknown) => void;
  /** What only the desktop app can do; browser mode leaves it out. */
  desktop?: DesktopServices;
  /** Main writes "Copy token" to the clipboard itself; absent where there is none to write. */
  writeClipboard?: (text: string) => void | Promise<void>;
}

export interface DesktopServices {
  /** Shows a system notification if no window of the app has focus; true when shown. */
  notify(title: string, body: string): boolean;
  keyring(): Promise<KeyringStatus>;
  /** The cipher to open the vault with at start, without asking; undefined: ask a passphrase. */
  vaultCipher(sealedWith: Cipher['kind'] | null): Promise<Cipher | undefined>;
}

export interface AppCore {
  handlers: HandlerMap;
  dispatch: Dispatch;
  /** Opens the vault when it can and restores sessions; the UI may call before it ends. */
  ready: Promise<void>;
  dispose(): Promise<void>;
}

/** Main's services behind the contract, the same in the desktop app and in browser mode. */
export function createAppCore(options: AppCoreOptions): AppCore {
  const settings = new SettingsStore(options.dataDir);
  const workspace = new WorkspaceStore(options.dataDir);
  const onHistoryChanged = coalescePerKey(
    (profileId) => options.emit('history.changed', { profileId }),
    HISTORY_CHANGED_WINDOW_MS,
  );
  const history = new HistoryService({ dataDir: options.dataDir, onChange: onHistoryChanged });
  const savedRequests = new SavedRequestStore({
    dataDir: options.dataDir,
    onChange: onHistoryChanged,
  });
  const specCache = new SpecCache(options.dataDir);
  const describeOperation = describeFromSpec(
    async (apiUrl) => (await specCache.read(normalizeApiBase(apiUrl)))?.document,
  );
  const accounts = createAccounts({
    dataDir: options.dataDir,
    emit: options.emit,
    writeClipboard: options.writeClipboard,
    startupCipher: options.desktop
      ? (sealedWith) => options.desktop!.vaultCipher(sealedWith)
      : environmentPassphraseCipher(),
  });
  const info: AppInfo = {
    ...appIdentity(),
    runtime: options.runtime,
    dataDir: options.dataDir,
    platform: process.platform,
  };

  const handlers: HandlerMap = {
    ...desktopHandlers(options.desktop),
    ...accounts.handlers,
    'requests.send': recordingHistory(
      accounts.handlers['requests.send'],
      history,
      accounts.services.profiles,
    ),
    ...createCatalogHandlers({ dataDir: options.dataDir }),
    ...createHistoryHandlers({ history, savedRequests }),
    ...createSnippetHandlers({
      getAccessToken: (profileId, perspectiveId) =>
        accounts.services.sessions.getAccessTokenForClipboard({ profileId, perspectiveId }),
      describeOperation,
    }),
    'app.info': () => info,
    'settings.get': () => settings.get(),
    'settings.update': (patch) => {
      const next = settings.update(patch);
      options.emit('settings.changed', next);
      return next;
    },
    'workspace.load': () => workspace.load(),
    'workspace.save': (next) => {
      workspace.save(next);
      return { saved: true };
    },
    'app.openExternal': async ({ url }) => {
      if (!isAllowedExternalUrl(url) || !options.openExternal) return { opened: false };
      await options.openExternal(url);
      return { opened: true };
    },
  };

  return {
    handlers,
    dispatch: createDispatch(handlers, { onInternalError: options.onInternalError }),
    ready: accounts.start(),
    dispose: async () => {
      onHistoryChanged.cancel();
      // History never fails anything: what cannot be written is lost, the shutdown goes on.
      await history.flush().catch(() => undefined);
      await accounts.dispose();
    },
  };
}

const NO_KEYRING: KeyringStatus = { backend: 'none', secure: false };

/** In browser mode there is no window to notify from and no keyring: both say so. */
function desktopHandlers(desktop?: DesktopServices): FeatureHandlers<typeof desktopChannels> {
  return {
    'desktop.notify': ({ title, body }) => ({ shown: desktop?.notify(title, body) ?? false }),
    'desktop.keyring': () => desktop?.keyring() ?? NO_KEYRING,
  };
}
