import type { Environment, Region, Stage } from '../../preload/contract/environments';
import type { ApiClient, GrantType, Perspective, Profile } from '../../preload/contract/profiles';
import { GRANT_TYPES } from './grant-types';

/** The editor's working copy of a profile: every field as typed, secrets beside their rows. */

export interface EnvironmentForm {
  kind: Environment['kind'];
  region: Region;
  stage: Stage;
  apiUrl: string;
  authUrl: string;
}

export interface ApiClientForm extends ApiClient {
  /** Typed here to set a new secret; empty keeps the saved one (if any). */
  secret: string;
}

export interface ImpersonationForm {
  via: string;
  userType: 'buyer' | 'supplier';
  orgId: string;
  userId: string;
}

export interface PerspectiveForm {
  id: string;
  label: string;
  grantType: GrantType;
  apiClientId: string;
  username: string;
  savePassword: boolean;
  hasPassword: boolean;
  /** Typed here to save a new password; empty keeps the saved one (if any). */
  password: string;
  /** API roles and custom roles in one list; split again on save. */
  roles: string[];
  impersonation: ImpersonationForm;
}

export interface MarketplaceForm {
  id?: string;
  builtIn: boolean;
  name: string;
  color: string;
  marketplaceId: string;
  environment: EnvironmentForm;
  apiClients: ApiClientForm[];
  perspectives: PerspectiveForm[];
}

// ---- What the editor hands to onSave, and what it gets back ----

export type MarketplaceProfileInput = Omit<
  Profile,
  'id' | 'createdAt' | 'updatedAt' | 'builtIn'
> & {
  id?: string;
};

export interface MarketplaceSecrets {
  /** New client secrets by ApiClient.id. */
  clientSecrets: Record<string, string>;
  /** New saved passwords by Perspective.id. */
  passwords: Record<string, string>;
}

export interface MarketplaceSaveInput {
  profile: MarketplaceProfileInput;
  secrets: MarketplaceSecrets;
}

export type SaveResult = { ok: true } | { ok: false; message: string; field?: string };

const DEFAULT_COLOR = '#2f5bea';

const NO_IMPERSONATION: ImpersonationForm = { via: '', userType: 'buyer', orgId: '', userId: '' };

const newId = (): string => crypto.randomUUID();

export function newApiClientForm(): ApiClientForm {
  return { id: newId(), clientId: '', label: '', defaultScope: [], hasSecret: false, secret: '' };
}

export function newPerspectiveForm(apiClients: readonly ApiClientForm[]): PerspectiveForm {
  return {
    id: newId(),
    label: '',
    grantType: 'password',
    apiClientId: apiClients.length === 1 ? (apiClients[0]?.id ?? '') : '',
    username: '',
    savePassword: false,
    hasPassword: false,
    password: '',
    roles: [],
    impersonation: { ...NO_IMPERSONATION },
  };
}

export function marketplaceForm(profile: Profile | undefined): MarketplaceForm {
  if (!profile) {
    return {
      builtIn: false,
      name: '',
      color: DEFAULT_COLOR,
      marketplaceId: '',
      environment: environmentForm({ kind: 'region', region: 'us-west', stage: 'sandbox' }),
      apiClients: [newApiClientForm()],
      perspectives: [],
    };
  }
  return {
    id: profile.id,
    builtIn: profile.builtIn,
    name: profile.name,
    color: profile.color,
    marketplaceId: profile.marketplaceId ?? '',
    environment: environmentForm(profile.environment),
    apiClients: profile.apiClients.map((client) => ({ ...client, secret: '' })),
    perspectives: profile.perspectives.map(perspectiveForm),
  };
}

function environmentForm(environment: Environment): EnvironmentForm {
  return {
    kind: environment.kind,
    region: environment.kind === 'region' ? environment.region : 'us-west',
    stage: environment.kind === 'region' ? environment.stage : 'sandbox',
    apiUrl: environment.kind === 'custom' ? environment.apiUrl : '',
    authUrl: environment.kind === 'custom' ? (environment.authUrl ?? '') : '',
  };
}

function perspectiveForm(perspective: Perspective): PerspectiveForm {
  return {
    id: perspective.id,
    label: perspective.label,
    grantType: perspective.grantType,
    apiClientId: perspective.apiClientId,
    username: perspective.username ?? '',
    savePassword: perspective.savePassword,
    hasPassword: perspective.hasPassword,
    password: '',
    roles: [...perspective.roles, ...perspective.customRoles],
    impersonation: perspective.impersonation ?? { ...NO_IMPERSONATION },
  };
}

export const usesPassword = (perspective: PerspectiveForm): boolean =>
  GRANT_TYPES[perspective.grantType].usesPassword;

/** A perspective saves a password only when its grant uses one and the user asked to. */
export const savesPassword = (perspective: PerspectiveForm): boolean =>
  usesPassword(perspective) && perspective.savePassword;

/** The list with one row (found by id) changed. */
export function patchRow<T extends { id: string }>(
  rows: readonly T[],
  id: string,
  patch: Partial<T>,
): T[] {
  return rows.map((row) => (row.id === id ? { ...row, ...patch } : row));
}
