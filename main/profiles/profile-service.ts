import { randomUUID } from 'node:crypto';
import type { Profile } from '../../preload/contract/profiles';
import { ProfileDraft, type StoreNotice } from '../../preload/contract/sessions';
import { Emitter } from '../sessions/emitter';
import type { DurableStore } from '../vault/durable-store';
import { vaultLocked } from '../vault/errors';
import { secretKeys } from '../vault/secret-keys';
import type { SecretIndex } from '../vault/vault';
import { ProfileErrorCode, profileError, profileNotFound } from './errors';
import { applyDraft, draftOf, type SecretChange } from './profile-drafts';
import { openProfileStore, type ProfilesDocument, type ProfileStoreOptions } from './profile-store';

export interface ProfileServiceOptions extends ProfileStoreOptions {
  secrets: SecretIndex;
  newId?: () => string;
}

/**
 * Marketplaces and how to sign in to them. Profiles are plain data; their secrets go to the
 * vault, and `hasSecret` / `hasPassword` are read from it, so they can never disagree.
 */
export class ProfileService {
  private readonly store: DurableStore<ProfilesDocument>;
  private readonly secrets: SecretIndex;
  private readonly newId: () => string;
  private readonly now: () => Date;
  private readonly changes = new Emitter<Profile[]>();

  constructor(options: ProfileServiceOptions) {
    this.store = openProfileStore(options);
    this.secrets = options.secrets;
    this.newId = options.newId ?? randomUUID;
    this.now = options.now ?? (() => new Date());
  }

  notices(): readonly StoreNotice[] {
    return this.store.notices;
  }

  onChange(listener: (profiles: Profile[]) => void): () => void {
    return this.changes.on(listener);
  }

  list(): Profile[] {
    const saved = this.savedSecrets();
    return this.store.read().profiles.map((profile) => withSecretFlags(profile, saved));
  }

  /** Only this one profile is dressed with its secret flags. */
  get(id: string): Profile | undefined {
    const profile = this.find(id);
    return profile && withSecretFlags(profile, this.savedSecrets());
  }

  /** The profile as stored, without its secret flags: the lookup every request makes. */
  find(id: string): Profile | undefined {
    return this.store.read().profiles.find((candidate) => candidate.id === id);
  }

  require(id: string): Profile {
    const profile = this.get(id);
    if (!profile) throw profileNotFound(`with id ${id}`);
    return profile;
  }

  /** By name, ignoring case, as the command line names profiles. */
  findByName(name: string): Profile | undefined {
    const wanted = name.trim().toLowerCase();
    return this.list().find((profile) => profile.name.toLowerCase() === wanted);
  }

  async create(
    draft: ProfileDraft,
    options: { id?: string; builtIn?: boolean } = {},
  ): Promise<Profile> {
    const stamp = this.now().toISOString();
    const identity = {
      id: options.id ?? this.newId(),
      builtIn: options.builtIn ?? false,
      createdAt: stamp,
      updatedAt: stamp,
    };
    return this.save(draft, identity);
  }

  async update(id: string, draft: ProfileDraft): Promise<Profile> {
    const previous = this.require(id);
    const identity = {
      id,
      builtIn: previous.builtIn,
      createdAt: previous.createdAt,
      updatedAt: this.now().toISOString(),
    };
    return this.save(draft, identity, previous);
  }

  /** A copy named "… copy", with copies of the original's saved secrets. */
  async duplicate(id: string): Promise<Profile> {
    const original = this.require(id);
    const copy = await this.create({
      ...draftOf(original),
      name: this.freeName(`${original.name} copy`),
    });
    for (const { id } of original.apiClients) {
      await this.copySecret(
        secretKeys.clientSecret(original.id, id),
        secretKeys.clientSecret(copy.id, id),
      );
    }
    for (const { id } of original.perspectives) {
      await this.copySecret(secretKeys.password(original.id, id), secretKeys.password(copy.id, id));
    }
    return this.require(copy.id);
  }

  /** Removes a profile and every secret and session it had. The built-in one stays. */
  async remove(id: string): Promise<void> {
    const profile = this.require(id);
    if (profile.builtIn) {
      throw profileError(
        ProfileErrorCode.BuiltIn,
        `"${profile.name}" is built in and cannot be removed.`,
      );
    }
    this.store.update((document) => ({
      profiles: document.profiles.filter((other) => other.id !== id),
    }));
    for (const prefix of secretKeys.ofProfile(id)) await this.secrets.deleteByPrefix(prefix);
    this.changes.emit(this.list());
  }

  /** A name no profile has yet: `name`, else `name 2`, `name 3`, ... */
  freeName(name: string): string {
    const taken = new Set(this.list().map((profile) => profile.name.toLowerCase()));
    if (!taken.has(name.toLowerCase())) return name;
    let counter = 2;
    while (taken.has(`${name} ${counter}`.toLowerCase())) counter++;
    return `${name} ${counter}`;
  }

  private async save(
    input: ProfileDraft,
    identity: { id: string; builtIn: boolean; createdAt: string; updatedAt: string },
    previous?: Profile,
  ): Promise<Profile> {
    const draft = ProfileDraft.parse(input);
    const clash = this.findByName(draft.name);
    if (clash && clash.id !== identity.id) {
      throw profileError(
        ProfileErrorCode.NameTaken,
        `A profile named "${clash.name}" already exists.`,
      );
    }
    const { profile, secretChanges } = applyDraft(draft, identity, previous);
    if (secretChanges.some((change) => change.value !== null) && this.secrets.isLocked()) {
      throw vaultLocked();
    }
    this.store.update((document) => ({
      profiles: previous
        ? document.profiles.map((other) => (other.id === profile.id ? profile : other))
        : [...document.profiles, profile],
    }));
    await this.applySecretChanges(secretChanges);
    this.changes.emit(this.list());
    return this.require(profile.id);
  }

  private async applySecretChanges(changes: SecretChange[]): Promise<void> {
    for (const { key, value } of changes) {
      if (value === null) await this.secrets.delete(key);
      else await this.secrets.set(key, value);
    }
  }

  private async copySecret(from: string, to: string): Promise<void> {
    if (!this.secrets.has(from)) return;
    const value = await this.secrets.get(from);
    if (value !== undefined) await this.secrets.set(to, value);
  }

  /** One read of the vault's index, not one per client and perspective. */
  private savedSecrets(): ReadonlySet<string> {
    return new Set(this.secrets.keys());
  }
}

function withSecretFlags(profile: Profile, saved: ReadonlySet<string>): Profile {
  return {
    ...profile,
    apiClients: profile.apiClients.map((client) => ({
      ...client,
      hasSecret: saved.has(secretKeys.clientSecret(profile.id, client.id)),
    })),
    perspectives: profile.perspectives.map((perspective) => ({
      ...perspective,
      hasPassword: saved.has(secretKeys.password(profile.id, perspective.id)),
    })),
  };
}
