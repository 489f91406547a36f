import type { VaultStatus, vaultChannels } from '../../preload/contract/sessions';
import { ensureBuiltInProfile } from '../profiles/builtin-profile';
import type { AccountServices } from '../sessions/account-services';
import type { FeatureHandlers } from '../sessions/feature-handlers';
import { PassphraseCipher } from './passphrase-cipher';

export interface VaultHandlerDeps {
  /** Called after every change, to push `vault.changed` and refresh what depends on secrets. */
  onChanged: (status: VaultStatus) => void | Promise<void>;
}

/** Lock and unlock also suspend and restore the sessions whose tokens the vault keeps. */
export function createVaultHandlers(
  services: AccountServices,
  deps: VaultHandlerDeps,
): FeatureHandlers<typeof vaultChannels> {
  const { vault, sessions } = services;
  const changed = async () => {
    const status = vault.status();
    await deps.onChanged(status);
    return status;
  };
  return {
    'vault.status': () => vault.status(),
    'vault.unlock': async ({ passphrase }) => {
      await vault.unlock(new PassphraseCipher(passphrase));
      await sessions.restoreAll();
      await ensureBuiltInProfile(services); // saves the sandbox's seeded passwords it could not while locked
      return changed();
    },
    'vault.lock': () => {
      vault.lock();
      sessions.suspendAll();
      return changed();
    },
    'vault.forget': () => {
      vault.forget();
      sessions.suspendAll();
      return changed();
    },
  };
}
