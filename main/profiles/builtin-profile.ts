import { LOCAL_SANDBOX_PROFILE_ID, type Profile } from '../../preload/contract/profiles';
import type { PerspectiveDraft, ProfileDraft } from '../../preload/contract/sessions';
import type { SandboxReadyInfo } from '../sandbox/index';
import { secretKeys } from '../vault/secret-keys';
import type { LocalSandbox } from './local-sandbox';
import type { SecretIndex } from '../vault/vault';
import type { ProfileService } from './profile-service';

/** The roles "Making your first request" asks for as admin01. */
export const SEED_ADMIN_SCOPE =
  'CatalogAdmin BuyerReader MeAdmin InventoryAdmin PasswordReset OrderAdmin PriceScheduleAdmin ProductAdmin ProductAssignmentAdmin ShipmentAdmin'.split(
    ' ',
  );
const BUYER_SCOPE = ['Shopper', 'MeAdmin', 'MeAddressAdmin', 'MeCreditCardAdmin', 'MeXpAdmin'];
const SUPPLIER_SCOPE = [
  'MeAdmin',
  'MeSupplierAdmin',
  'OrderAdmin',
  'ProductAdmin',
  'ShipmentAdmin',
];
const ANONYMOUS_SCOPE = ['Shopper', 'MeAddressAdmin', 'MeCreditCardAdmin'];

type SandboxUser = SandboxReadyInfo['users'][number];

/** The Local sandbox profile for whatever the sandbox seeded: its clients and a user of each kind. */
export function localSandboxDraft(info: SandboxReadyInfo): ProfileDraft {
  const apiClients = info.clients.map((client) => ({
    id: client.clientId,
    clientId: client.clientId,
    label: client.name,
    defaultScope: [],
  }));
  const admin = info.users.find((user) => user.username === 'admin01') ?? firstOf(info, 'admin');
  const perspectives: PerspectiveDraft[] = [
    userPerspective('admin', admin, info.clientId, SEED_ADMIN_SCOPE),
    userPerspective('buyer', firstOf(info, 'buyer'), info.clientId, BUYER_SCOPE),
    userPerspective('supplier', firstOf(info, 'supplier'), info.clientId, SUPPLIER_SCOPE),
  ].filter((perspective) => perspective !== undefined);
  const anonymousClient = info.clients.find((client) => client.anonymous);
  if (anonymousClient) {
    perspectives.push({
      id: 'anonymous',
      label: 'Anonymous shopper',
      grantType: 'anonymous',
      apiClientId: anonymousClient.clientId,
      roles: ANONYMOUS_SCOPE,
    });
  }
  return {
    name: 'Local sandbox',
    color: '#2f9e44',
    marketplaceId: undefined,
    environment: { kind: 'local' },
    apiClients,
    perspectives,
  };
}

function firstOf(
  info: SandboxReadyInfo,
  userType: SandboxUser['userType'],
): SandboxUser | undefined {
  return info.users.find((user) => user.userType === userType);
}

function userPerspective(
  id: string,
  user: SandboxUser | undefined,
  apiClientId: string,
  roles: string[],
): PerspectiveDraft | undefined {
  if (!user) return undefined;
  return {
    id,
    label: `${user.username} (${user.userType})`,
    grantType: 'password',
    apiClientId,
    username: user.username,
    savePassword: true,
    roles,
  };
}

/**
 * Creates the built-in profile on first start and, whenever the vault is open, saves the
 * sandbox's seeded passwords and client secrets it still lacks. Safe to call at every start.
 */
export async function ensureLocalSandboxProfile(
  profiles: ProfileService,
  secrets: SecretIndex,
  info: () => Promise<SandboxReadyInfo>,
): Promise<Profile> {
  const existing = profiles.get(LOCAL_SANDBOX_PROFILE_ID);
  if (existing && (secrets.isLocked() || !lacksSeedSecrets(existing))) return existing;
  const seed = await info();
  const profile =
    existing ??
    (await profiles.create(localSandboxDraft(seed), {
      id: LOCAL_SANDBOX_PROFILE_ID,
      builtIn: true,
    }));
  if (secrets.isLocked()) return profile;
  for (const perspective of profile.perspectives) {
    const password = seed.users.find((user) => user.username === perspective.username)?.password;
    if (password && perspective.savePassword && !perspective.hasPassword) {
      await secrets.set(secretKeys.password(profile.id, perspective.id), password);
    }
  }
  for (const client of profile.apiClients) {
    const secret = seed.clients.find((seeded) => seeded.clientId === client.clientId)?.clientSecret;
    if (secret && !client.hasSecret)
      await secrets.set(secretKeys.clientSecret(profile.id, client.id), secret);
  }
  return profiles.require(profile.id);
}

function lacksSeedSecrets(profile: Profile): boolean {
  return profile.perspectives.some(
    (perspective) => perspective.savePassword && !perspective.hasPassword,
  );
}

/** The same, for services that run a Local sandbox (the app, the command line). */
export async function ensureBuiltInProfile(services: {
  profiles: ProfileService;
  vault: SecretIndex;
  localSandbox?: LocalSandbox;
}): Promise<Profile | undefined> {
  const { localSandbox } = services;
  if (!localSandbox) return undefined;
  return ensureLocalSandboxProfile(services.profiles, services.vault, () => localSandbox.info());
}
