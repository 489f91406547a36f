import type { sessionChannels } from '../../preload/contract/sessions';
import type { AccountServices } from './account-services';
import type { FeatureHandlers } from './feature-handlers';

export interface SessionHandlerDeps {
  /** The clipboard adapter (Electron's clipboard in the desktop app); absent in browser mode. */
  writeClipboard?: (text: string) => void | Promise<void>;
}

export function createSessionHandlers(
  services: AccountServices,
  deps: SessionHandlerDeps = {},
): FeatureHandlers<typeof sessionChannels> {
  const { sessions } = services;
  return {
    'sessions.list': () => sessions.list(),
    'sessions.signIn': ({ password, ...key }) => sessions.signIn(key, { password }),
    'sessions.signOut': (key) => sessions.signOut(key),
    'sessions.refresh': (key) => sessions.refresh(key),
    'sessions.copyToken': async (key) => {
      if (!deps.writeClipboard) return { copied: false };
      await deps.writeClipboard(await sessions.getAccessTokenForClipboard(key));
      return { copied: true };
    },
  };
}
