import type { profileChannels } from '../../preload/contract/sessions';
import type { AccountServices } from '../sessions/account-services';
import type { FeatureHandlers } from '../sessions/feature-handlers';
import { exportProfiles, importProfiles } from './profile-transfer';

export function createProfileHandlers(
  services: AccountServices,
): FeatureHandlers<typeof profileChannels> {
  const { profiles, vault, sessions } = services;
  const transfer = { profiles, secrets: vault };
  return {
    'profiles.list': () => profiles.list(),
    'profiles.create': (draft) => profiles.create(draft),
    'profiles.update': async ({ id, draft }) => {
      const profile = await profiles.update(id, draft);
      await sessions.prune();
      return profile;
    },
    'profiles.duplicate': ({ id }) => profiles.duplicate(id),
    'profiles.remove': async ({ id }) => {
      await profiles.remove(id);
      await sessions.prune();
      return { ok: true as const };
    },
    'profiles.export': ({ ids, passphrase }) => exportProfiles(transfer, ids, passphrase),
    'profiles.import': ({ text, passphrase }) => importProfiles(transfer, text, passphrase),
    'profiles.notices': () => [...profiles.notices(), ...vault.notices],
  };
}
