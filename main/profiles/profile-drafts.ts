import type { Perspective, Profile } from '../../preload/contract/profiles';
import type { ParsedProfileDraft } from '../../preload/contract/sessions';
import { secretKeys } from '../vault/secret-keys';
import { ProfileErrorCode, profileError } from './errors';

/** A vault write a draft asks for: a new value, or null to delete. */
export interface SecretChange {
  key: string;
  value: string | null;
}

export interface ProfileIdentity {
  id: string;
  builtIn: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * The profile a draft describes (secret flags left false: they are read from the vault) and the
 * vault changes it implies, including removing the secrets of clients and perspectives it drops.
 */
export function applyDraft(
  draft: ParsedProfileDraft,
  identity: ProfileIdentity,
  previous?: Profile,
): { profile: Profile; secretChanges: SecretChange[] } {
  checkReferences(draft);
  const { id } = identity;
  const secretChanges: SecretChange[] = [];
  const apiClients = draft.apiClients.map(({ secret, ...client }) => {
    if (secret !== undefined)
      secretChanges.push({ key: secretKeys.clientSecret(id, client.id), value: secret });
    return { ...client, hasSecret: false };
  });
  const perspectives = draft.perspectives.map(({ password, ...perspective }) => {
    const key = secretKeys.password(id, perspective.id);
    if (!perspective.savePassword) secretChanges.push({ key, value: null });
    else if (password !== undefined) secretChanges.push({ key, value: password });
    return { ...perspective, hasPassword: false };
  });
  for (const client of previous?.apiClients ?? []) {
    if (!apiClients.some((kept) => kept.id === client.id)) {
      secretChanges.push({ key: secretKeys.clientSecret(id, client.id), value: null });
    }
  }
  for (const perspective of previous?.perspectives ?? []) {
    if (!perspectives.some((kept) => kept.id === perspective.id)) {
      secretChanges.push({ key: secretKeys.password(id, perspective.id), value: null });
      secretChanges.push({ key: secretKeys.session(id, perspective.id), value: null });
    }
  }
  const { apiClients: _clients, perspectives: _perspectives, ...settings } = draft;
  return { profile: { ...settings, ...identity, apiClients, perspectives }, secretChanges };
}

function checkReferences(draft: ParsedProfileDraft): void {
  const invalid = (message: string) => profileError(ProfileErrorCode.Invalid, message);
  const clientIds = unique(
    draft.apiClients.map((client) => client.id),
    'API client',
  );
  const perspectiveIds = unique(
    draft.perspectives.map((perspective) => perspective.id),
    'perspective',
  );
  const byId = new Map(draft.perspectives.map((perspective) => [perspective.id, perspective]));
  for (const perspective of draft.perspectives) {
    if (!clientIds.has(perspective.apiClientId)) {
      throw invalid(
        `Perspective "${perspective.label}" uses an API client that is not in this profile.`,
      );
    }
    if (perspective.grantType !== 'impersonation') continue;
    const via = perspective.impersonation && byId.get(perspective.impersonation.via);
    if (!via || !perspectiveIds.has(via.id) || isImpersonation(via)) {
      throw invalid(
        `Perspective "${perspective.label}" impersonates through a perspective that must exist in this profile and sign in by itself.`,
      );
    }
  }
}

function isImpersonation(perspective: Pick<Perspective, 'grantType'>): boolean {
  return perspective.grantType === 'impersonation';
}

function unique(ids: string[], what: string): Set<string> {
  const set = new Set(ids);
  if (set.size !== ids.length) {
    throw profileError(
      ProfileErrorCode.Invalid,
      `Two of this profile's ${what}s have the same id.`,
    );
  }
  return set;
}

/** The draft that reproduces a profile (for duplicating and importing). */
export function draftOf(profile: Profile): ParsedProfileDraft {
  const { id: _id, builtIn: _builtIn, createdAt: _created, updatedAt: _updated, ...rest } = profile;
  return {
    ...rest,
    apiClients: profile.apiClients.map(({ hasSecret: _hasSecret, ...client }) => client),
    perspectives: profile.perspectives.map(
      ({ hasPassword: _hasPassword, ...perspective }) => perspective,
    ),
  };
}
