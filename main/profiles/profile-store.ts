import { z } from 'zod';
import { Profile } from '../../preload/contract/profiles';
import { DurableStore, type StoreMigrations } from '../vault/durable-store';

export const ProfilesDocument = z.object({ profiles: z.array(Profile) });
export type ProfilesDocument = z.infer<typeof ProfilesDocument>;

/** The profiles file's schema version; bump it with a migration below. */
export const PROFILES_VERSION = '1.0.0';

/** Upgrades of older profiles files, by the version they produce. None yet. */
export const PROFILE_MIGRATIONS: StoreMigrations = {};

export interface ProfileStoreOptions {
  dataDir: string;
  now?: () => Date;
  /** For tests of the migration machinery. */
  version?: string;
  migrations?: StoreMigrations;
}

/** profiles.json: validated, versioned, migrated after a backup, repaired when unreadable. */
export function openProfileStore(options: ProfileStoreOptions): DurableStore<ProfilesDocument> {
  return new DurableStore({
    dataDir: options.dataDir,
    name: 'profiles',
    description: 'profiles',
    schema: ProfilesDocument,
    empty: () => ({ profiles: [] }),
    version: options.version ?? PROFILES_VERSION,
    migrations: options.migrations ?? PROFILE_MIGRATIONS,
    now: options.now,
  });
}
