import path from 'node:path';
import type { Perspective, Profile } from '../../preload/contract/profiles';
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

/** A profile by name; asking for the built-in one creates it (or fills in its passwords). */
export async function profileNamed(services: AccountServices, name: string): Promise<Profile> {
  const found = services.profiles.findByName(name);
  if (!found || found.builtIn) await ensureBuiltInProfile(services);
  const profile = services.profiles.findByName(name);
  if (!profile) {
    throw new UsageError(`There is no profile named "${name}". See them with: ocx profiles list`);
  }
  return profile;
}

/**
 * The perspective `--as` names (by label, username or id); without it, the one with a stored
 * session, or the profile's only perspective.
 */
export function perspectiveOf(
  services: AccountServices,
  profile: Profile,
  label?: string,
): Perspective {
  const found =
    label === undefined ? defaultPerspective(services, profile) : perspectiveNamed(profile, label);
  if (found) return found;
  const labels = profile.perspectives.map((perspective) => perspective.label).join(', ');
  if (label !== undefined) {
    throw new UsageError(`"${profile.name}" has no perspective "${label}" (it has: ${labels}).`);
  }
  throw new UsageError(
    labels
      ? `Say which perspective of "${profile.name}" with --as LABEL (it has: ${labels}).`
      : `Nobody has signed in to "${profile.name}" yet. Use: ocx login --profile "${profile.name}" --username USER --password-stdin`,
  );
}

function perspectiveNamed(profile: Profile, label: string): Perspective | undefined {
  const wanted = label.toLowerCase();
  return (
    profile.perspectives.find((perspective) => perspective.label.toLowerCase() === wanted) ??
    profile.perspectives.find((perspective) => perspective.username?.toLowerCase() === wanted) ??
    profile.perspectives.find((perspective) => perspective.id.toLowerCase() === wanted)
  );
}

function defaultPerspective(services: AccountServices, profile: Profile): Perspective | undefined {
  const prefix = secretKeys.session(profile.id, '');
  const withSession = services.vault.keys(prefix).map((key) => key.slice(prefix.length));
  if (withSession.length === 1) {
    return profile.perspectives.find((perspective) => perspective.id === withSession[0]);
  }
  return profile.perspectives.length === 1 ? profile.perspectives[0] : undefined;
}
