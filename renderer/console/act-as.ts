import type { BridgeError, Perspective, Profile } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { profilesStore, recordSession } from '../app/data';
import { profileAsDraft } from '../app/profile-draft';

export type PartyKind = 'buyer' | 'supplier';

export interface Party {
  ID: string;
  Name?: string;
  Username?: string;
  FirstName?: string;
  LastName?: string;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/** Roles an impersonated user is asked for: what a shopper or a supplier user does. */
const ROLES: Record<PartyKind, string[]> = {
  buyer: ['MeAdmin', 'MeAddressAdmin', 'MeXpAdmin', 'Shopper', 'PasswordReset'],
  supplier: ['MeAdmin', 'MeXpAdmin', 'OrderAdmin', 'ShipmentAdmin', 'PasswordReset'],
};

/** Lists buyers or suppliers, or their users, with the admin session the impersonation goes through. */
export async function listParties(
  key: { profileId: string; perspectiveId: string },
  path: string,
): Promise<Outcome<Party[]>> {
  const result = await ocx.requests.send({
    requestId: crypto.randomUUID(),
    ...key,
    method: 'GET',
    path,
    query: [{ name: 'pageSize', value: '100' }],
  });
  if (!result.ok) return result;
  const response = result.value;
  if (response.status >= 400) {
    const first = response.errors?.[0];
    return {
      ok: false,
      error: {
        code: first?.ErrorCode ?? `HTTP ${response.status}`,
        message: first?.Message ?? response.statusText,
        details: first?.Data,
      },
    };
  }
  const parsed = JSON.parse(new TextDecoder().decode(response.body)) as { Items?: Party[] };
  return { ok: true, value: parsed.Items ?? [] };
}

/**
 * "Act as…": saves an impersonation perspective (through the tab's admin perspective) and signs
 * it in, so OrderCloud's /accesstoken decides, by its impersonation configs, whether it may.
 */
export async function actAs(
  profile: Profile,
  via: Perspective,
  kind: PartyKind,
  org: Party,
  user: Party,
): Promise<Outcome<string>> {
  const id = `act-as-${kind}-${org.ID}-${user.ID}`.slice(0, 100);
  const perspective: Perspective = {
    id,
    label: `${user.Username ?? user.ID} (${kind}, as ${via.username ?? via.label})`,
    grantType: 'impersonation',
    apiClientId: via.apiClientId,
    username: user.Username,
    savePassword: false,
    hasPassword: false,
    roles: ROLES[kind],
    customRoles: [],
    impersonation: { via: via.id, userType: kind, orgId: org.ID, userId: user.ID },
  };
  const latest = profilesStore.get().find((candidate) => candidate.id === profile.id) ?? profile;
  const draft = profileAsDraft({
    ...latest,
    perspectives: [...latest.perspectives.filter((p) => p.id !== id), perspective],
  });
  const saved = await ocx.profiles.update({ id: profile.id, draft });
  if (!saved.ok) return saved;
  const signedIn = await ocx.sessions.signIn({ profileId: profile.id, perspectiveId: id });
  if (!signedIn.ok) return signedIn;
  recordSession(signedIn.value);
  return { ok: true, value: id };
}
