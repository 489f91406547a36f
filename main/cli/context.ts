import path from 'node:path';
import type { Perspective, Profile } from '../../preload/contract/profiles';
import { LOCAL_SANDBOX_PROFILE_ID } from '../../preload/contract/profiles';
import { ensureBuiltInProfile } from '../profiles/builtin-profile';
import { LocalSandbox } from '../profiles/local-sandbox';
import { createAccountServices, type AccountServices } from '../sessions/account-services';
import { secretKeys } from '../vault/secret-keys';
import { unlockWithPassphrase } from '../vault/passphrase-source';
import type { CliIo } from './io';
import { UsageError } from './usage';

export interface CliContext {
  dataDir: string;
  io: CliIo;
}

/**
 * Runs a command with the account services of the data folder. The Local sandbox, if a command
 * needs it, runs in this process on {dataDir}/sandbox.json so its data and tokens outlive it.
 */
export async function withServices<T>(
  context: CliContext,
  options: { unlock: boolean },
  work: (services: AccountServices) => Promise<T>,
): Promise<T> {
  const localSandbox = new LocalSandbox({ dataFile: path.join(context.dataDir, 'sandbox.json') });
  const services = createAccountServices({ dataDir: context.dataDir, localSandbox });
  for (const notice of [...services.profiles.notices(), ...services.vault.notices]) {
    context.io.writeErr(`${notice.message}\n`);
  }
  try {
    if (options.unlock) {
      await unlockWithPassphrase(services.vault, {
        env: context.io.env,
        prompt: context.io.prompt,
      });
    }
    return await work(services);
  } finally {
    await localSandbox.close();
  }
}

export async function profileNamed(services: AccountServices, name: string): Promise<Profile> {
  let profile = services.profiles.findByName(name);
  if (!profile && !services.profiles.get(LOCAL_SANDBOX_PROFILE_ID)) {
    await ensureBuiltInProfile(services);
    profile = services.profiles.findByName(name);
  }
  if (!profile) {
    throw new UsageError(`There is no profile named "${name}". See them with: ocx profiles list`);
  }
  return profile;
}

/**
 * The perspective `--as` names (by label or username); without it, the one with a stored
 * session, or the profile's only perspective.
 */
export function perspectiveOf(
  services: AccountServices,
  profile: Profile,
  label?: string,
): Perspective {
  const labels =
    profile.perspectives.map((perspective) => perspective.label).join(', ') || 'none yet';
  if (label !== undefined) {
    const wanted = label.toLowerCase();
    const found =
      profile.perspectives.find((perspective) => perspective.label.toLowerCase() === wanted) ??
      profile.perspectives.find((perspective) => perspective.username?.toLowerCase() === wanted);
    if (!found)
      throw new UsageError(`"${profile.name}" has no perspective "${label}" (it has: ${labels}).`);
    return found;
  }
  const signedIn = services.vault
    .keys(secretKeys.session(profile.id, ''))
    .map((key) => key.slice(secretKeys.session(profile.id, '').length));
  const candidates =
    signedIn.length === 1
      ? profile.perspectives.filter((perspective) => perspective.id === signedIn[0])
      : profile.perspectives.length === 1
        ? profile.perspectives
        : [];
  const [only] = candidates;
  if (!only) {
    throw new UsageError(
      signedIn.length || profile.perspectives.length
        ? `Say which perspective of "${profile.name}" with --as LABEL (it has: ${labels}).`
        : `Nobody is signed in to "${profile.name}". Sign in with: ocx login --profile "${profile.name}" --username USER --password-stdin`,
    );
  }
  return only;
}
