import type { Environment, Region, Stage } from '../../preload/contract/environments';
import type { ApiClient, GrantType, Perspective, Profile } from '../../preload/contract/profiles';
import { splitRoles } from '../sessions/roles';
import { GRANT_TYPES } from './grant-types';

/** The editor's working copy of a profile: every field as typed, secrets beside their rows. */

export interface EnvironmentForm {
  kind: Environment['kind'];
  region: Region;
  stage: Stage;
  apiUrl: string;
  authUrl: string;
}

export interface ApiClientForm extends Omit<ApiClient, 'defaultScope'> {
  defaultScope: string[];
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

export const DEFAULT_COLOR = '#2f5bea';

export const newId = (): string => crypto.randomUUID();

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
    impersonation: { via: '', userType: 'buyer', orgId: '', userId: '' },
  };
}

export function marketplaceForm(profile: Profile | undefined): MarketplaceForm {
  if (!profile) {
    const firstClient = newApiClientForm();
    return {
      builtIn: false,
      name: '',
      color: DEFAULT_COLOR,
      marketplaceId: '',
      environment: environmentForm({ kind: 'region', region: 'us-west', stage: 'sandbox' }),
      apiClients: [firstClient],
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
    apiClients: profile.apiClients.map((client) => ({
      ...client,
      defaultScope: [...client.defaultScope],
      secret: '',
    })),
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
    impersonation: perspective.impersonation ?? {
      via: '',
      userType: 'buyer',
      orgId: '',
      userId: '',
    },
  };
}

export const needsPassword = (perspective: PerspectiveForm): boolean =>
  GRANT_TYPES[perspective.grantType].usesPassword;

/** A perspective saves a password only when its grant uses one and the user asked to. */
export const savesPassword = (perspective: PerspectiveForm): boolean =>
  needsPassword(perspective) && perspective.savePassword;

// ---- What the editor hands to onSave ----

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

export function marketplaceSaveInput(form: MarketplaceForm): MarketplaceSaveInput {
  const marketplaceId = form.marketplaceId.trim();
  const profile: MarketplaceProfileInput = {
    id: form.id,
    name: form.name.trim(),
    color: form.color.trim().toLowerCase(),
    marketplaceId: marketplaceId || undefined,
    environment: environmentOf(form.environment),
    apiClients: form.apiClients.map(({ secret, ...client }) => ({
      ...client,
      clientId: client.clientId.trim(),
      label: client.label.trim(),
      hasSecret: client.hasSecret || secret !== '',
    })),
    perspectives: form.perspectives.map(perspectiveOf),
  };
  const clientSecrets = Object.fromEntries(
    form.apiClients.filter((client) => client.secret).map((client) => [client.id, client.secret]),
  );
  const passwords = Object.fromEntries(
    form.perspectives
      .filter((perspective) => savesPassword(perspective) && perspective.password)
      .map((perspective) => [perspective.id, perspective.password]),
  );
  return { profile, secrets: { clientSecrets, passwords } };
}

function environmentOf(form: EnvironmentForm): Environment {
  switch (form.kind) {
    case 'local':
      return { kind: 'local' };
    case 'region':
      return { kind: 'region', region: form.region, stage: form.stage };
    case 'custom':
      return {
        kind: 'custom',
        apiUrl: form.apiUrl.trim(),
        authUrl: form.authUrl.trim() || undefined,
      };
  }
}

function perspectiveOf(form: PerspectiveForm): Perspective {
  const savePassword = savesPassword(form);
  return {
    id: form.id,
    label: form.label.trim(),
    grantType: form.grantType,
    apiClientId: form.apiClientId,
    username: needsPassword(form) ? form.username.trim() : undefined,
    savePassword,
    hasPassword: savePassword && (form.hasPassword || form.password !== ''),
    ...splitRoles(form.roles),
    impersonation:
      form.grantType === 'impersonation'
        ? {
            ...form.impersonation,
            orgId: form.impersonation.orgId.trim(),
            userId: form.impersonation.userId.trim(),
          }
        : undefined,
  };
}

/** The list with one row (found by id) changed. */
export function patchRow<T extends { id: string }>(
  rows: readonly T[],
  id: string,
  patch: Partial<T>,
): T[] {
  return rows.map((row) => (row.id === id ? { ...row, ...patch } : row));
}
