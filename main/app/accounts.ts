import path from 'node:path';
import type { sessionEvents } from '../../preload/contract/sessions';
import type { requestEvents } from '../../preload/contract/requests';
import type { endpointChannels } from '../../preload/contract/endpoints';
import { OcxError } from '../bridge/errors';
import { createRequestHandlers } from '../http/handlers';
import { ensureLocalSandboxProfile } from '../profiles/builtin-profile';
import { createProfileHandlers } from '../profiles/handlers';
import { LocalSandbox } from '../profiles/local-sandbox';
import { createAccountServices, type AccountServices } from '../sessions/account-services';
import type { FeatureEventSink, FeatureHandlers } from '../sessions/feature-handlers';
import { createSessionHandlers } from '../sessions/handlers';
import { createVaultHandlers } from '../vault/handlers';
import { PASSPHRASE_ENV } from '../vault/passphrase-source';
import { PassphraseCipher } from '../vault/passphrase-cipher';
import type { Cipher } from '../vault/types';

export interface AccountsOptions {
  dataDir: string;
  emit: FeatureEventSink<typeof sessionEvents & typeof requestEvents>;
  /** The clipboard adapter for "Copy token"; main writes it so the token never leaves. */
  writeClipboard?: (text: string) => void | Promise<void>;
  /** The cipher that opens the vault without asking (safeStorage, or the env passphrase). */
  startupCipher?: (sealedWith: Cipher['kind'] | null) => Promise<Cipher | undefined>;
}

/** Marketplaces, the vault, sessions and the executor, behind their channels. */
export function createAccounts(options: AccountsOptions) {
  const localSandbox = new LocalSandbox({ dataFile: path.join(options.dataDir, 'sandbox.json') });
  const services: AccountServices = createAccountServices({
    dataDir: options.dataDir,
    localSandbox,
  });
  const { emit } = options;
  services.sessions.onEvent((event) => emit('sessions.changed', event));
  services.profiles.onChange((profiles) => emit('profiles.changed', profiles));

  const endpointHandlers: FeatureHandlers<typeof endpointChannels> = {
    'profiles.endpoints': async ({ id }) => {
      const profile = services.profiles.get(id);
      if (!profile) throw new OcxError('ProfileNotFound', 'That marketplace no longer exists.');
      return services.endpoints.resolve(profile.environment);
    },
  };

  const handlers = {
    ...createProfileHandlers(services),
    ...endpointHandlers,
    ...createVaultHandlers(services, { onChanged: (status) => emit('vault.changed', status) }),
    ...createSessionHandlers(services, { writeClipboard: options.writeClipboard }),
    ...createRequestHandlers(services, emit),
  };

  return {
    services,
    handlers,
    /** Creates the built-in marketplace on first start, opens the vault if it can, restores sessions. */
    async start(): Promise<void> {
      const cipher = await options.startupCipher?.(services.vault.status().sealedWith);
      if (cipher) await services.vault.unlock(cipher);
      // After unlocking, so the sandbox's seeded passwords can be saved with the built-in profile.
      await ensureLocalSandboxProfile(services.profiles, services.vault, () => localSandbox.info());
      if (cipher) await services.sessions.restoreAll();
      emit('vault.changed', services.vault.status());
    },
    dispose: () => localSandbox.close(),
  };
}

/** Outside Electron, OCX_VAULT_PASSPHRASE (scripts, tests) opens the vault; otherwise the UI asks. */
export function environmentPassphraseCipher(env: NodeJS.ProcessEnv = process.env) {
  return async (): Promise<Cipher | undefined> => {
    const passphrase = env[PASSPHRASE_ENV];
    return passphrase ? new PassphraseCipher(passphrase) : undefined;
  };
}
