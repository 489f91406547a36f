import { z } from 'zod';
import type { Profile } from '../../preload/contract/profiles';
import {
  PROFILE_EXPORT_FORMAT,
  PROFILE_EXPORT_VERSION,
  ProfileExportFile,
} from '../../preload/contract/sessions';
import { CipherTextError, PassphraseCipher } from '../vault/passphrase-cipher';
import { secretKeys } from '../vault/secret-keys';
import { ProfileErrorCode, profileError } from './errors';
import { draftOf } from './profile-drafts';
import type { SecretIndex } from '../vault/vault';
import type { ProfileService } from './profile-service';

/** Secrets by vault key suffix: `client-secret:{apiClientId}` or `password:{perspectiveId}`, per profile id. */
const ExportedSecrets = z.record(z.string(), z.record(z.string(), z.string()));
type ExportedSecrets = z.infer<typeof ExportedSecrets>;

export interface ProfileTransferDeps {
  profiles: ProfileService;
  secrets: SecretIndex;
  now?: () => Date;
}

/**
 * JSON for "Export profiles". Without a passphrase it holds no secret at all; with one, the
 * client secrets and saved passwords travel sealed under that passphrase (never the vault's).
 */
export async function exportProfiles(
  deps: ProfileTransferDeps,
  ids: readonly string[],
  passphrase?: string,
): Promise<{ fileName: string; text: string }> {
  const chosen = ids.map((id) => deps.profiles.require(id));
  const file: ProfileExportFile = {
    format: PROFILE_EXPORT_FORMAT,
    version: PROFILE_EXPORT_VERSION,
    exportedAt: (deps.now?.() ?? new Date()).toISOString(),
    profiles: chosen.map(asExported),
  };
  if (passphrase) {
    const secrets = await collectSecrets(deps.secrets, chosen);
    file.sealedSecrets = await new PassphraseCipher(passphrase).encrypt(JSON.stringify(secrets));
  }
  const day = file.exportedAt.slice(0, 10);
  return { fileName: `oc-explorer-profiles-${day}.json`, text: JSON.stringify(file, null, 2) };
}

/** Adds the file's profiles as new ones (new ids, free names); secrets need the export's passphrase. */
export async function importProfiles(
  deps: ProfileTransferDeps,
  text: string,
  passphrase?: string,
): Promise<Profile[]> {
  const file = parseExport(text);
  const secrets =
    file.sealedSecrets && passphrase ? await unseal(file.sealedSecrets, passphrase) : {};
  if (Object.keys(secrets).length && deps.secrets.isLocked()) {
    throw profileError(
      ProfileErrorCode.ImportPassphrase,
      'Unlock your saved secrets first, then import again.',
    );
  }
  const imported: Profile[] = [];
  for (const original of file.profiles) {
    const draft = draftOf(original);
    const profile = await deps.profiles.create({
      ...draft,
      name: deps.profiles.freeName(draft.name),
    });
    for (const [suffix, value] of Object.entries(secrets[original.id] ?? {})) {
      const [kind, ownerId = ''] = splitOnce(suffix);
      const key =
        kind === 'client-secret'
          ? secretKeys.clientSecret(profile.id, ownerId)
          : secretKeys.password(profile.id, ownerId);
      await deps.secrets.set(key, value);
    }
    imported.push(deps.profiles.require(profile.id));
  }
  return imported;
}

async function collectSecrets(secrets: SecretIndex, profiles: Profile[]): Promise<ExportedSecrets> {
  const collected: ExportedSecrets = {};
  for (const profile of profiles) {
    const entries: Record<string, string> = {};
    const candidates = [
      ...profile.apiClients.map((client) => ({
        suffix: `client-secret:${client.id}`,
        key: secretKeys.clientSecret(profile.id, client.id),
      })),
      ...profile.perspectives.map((perspective) => ({
        suffix: `password:${perspective.id}`,
        key: secretKeys.password(profile.id, perspective.id),
      })),
    ];
    for (const { suffix, key } of candidates) {
      const value = secrets.has(key) ? await secrets.get(key) : undefined;
      if (value !== undefined) entries[suffix] = value;
    }
    collected[profile.id] = entries;
  }
  return collected;
}

function parseExport(text: string): ProfileExportFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw profileError(
      ProfileErrorCode.ImportUnreadable,
      'This file is not JSON, so it is not an OC Explorer profile export.',
    );
  }
  const parsed = ProfileExportFile.safeParse(json);
  if (!parsed.success) {
    throw profileError(
      ProfileErrorCode.ImportUnreadable,
      'This JSON is not an OC Explorer profile export (or comes from a newer version).',
    );
  }
  return parsed.data;
}

async function unseal(sealed: string, passphrase: string): Promise<ExportedSecrets> {
  try {
    return ExportedSecrets.parse(
      JSON.parse(await new PassphraseCipher(passphrase).decrypt(sealed)),
    );
  } catch (error) {
    if (!(error instanceof CipherTextError)) throw error;
    throw profileError(
      ProfileErrorCode.ImportPassphrase,
      'That passphrase does not open the secrets in this export. Nothing was imported; try again, or import without a passphrase to leave the secrets out.',
    );
  }
}

function asExported(profile: Profile): Profile {
  return {
    ...profile,
    builtIn: false,
    apiClients: profile.apiClients.map((client) => ({ ...client, hasSecret: false })),
    perspectives: profile.perspectives.map((perspective) => ({
      ...perspective,
      hasPassword: false,
    })),
  };
}

function splitOnce(text: string): [string, string?] {
  const index = text.indexOf(':');
  return index < 0 ? [text] : [text.slice(0, index), text.slice(index + 1)];
}
