import type { ApiClient, Perspective, Profile } from '../../preload/contract/profiles';
import type { Credentials, Endpoints } from '../auth/authenticator';
import { ActionableError } from '../http/failures';
import { secretKeys } from '../vault/secret-keys';
import type { SecretStore } from '../vault/types';

/** The roles a perspective asks for: its roles and custom roles, else its client's default scope. */
export function requestedRoles(
  perspective: Perspective,
  apiClient: ApiClient | undefined,
): string[] {
  const roles = [...new Set([...perspective.roles, ...perspective.customRoles])];
  return roles.length ? roles : [...(apiClient?.defaultScope ?? [])];
}

export function apiClientOf(profile: Profile, perspective: Perspective): ApiClient {
  const client = profile.apiClients.find((candidate) => candidate.id === perspective.apiClientId);
  if (!client) {
    throw new ActionableError(
      'usage',
      'PerspectiveIncomplete',
      `Perspective "${perspective.label}" uses an API client that is no longer in the profile.`,
      'Edit the perspective and choose one of the profile’s API clients.',
    );
  }
  return client;
}

export interface GatherOptions {
  endpoints: Endpoints;
  secrets: SecretStore;
  /** Typed by the user for this sign-in only. */
  password?: string;
  /** A fresh token of another perspective of the same profile (for impersonation). */
  bearerOf: (perspectiveId: string) => Promise<string>;
}

/** A perspective's sign-in inputs, with its client secret and saved password from the vault. */
export async function gatherCredentials(
  profile: Profile,
  perspective: Perspective,
  options: GatherOptions,
): Promise<Credentials> {
  const apiClient = apiClientOf(profile, perspective);
  const { secrets } = options;
  const savedPassword = perspective.savePassword
    ? await secrets.get(secretKeys.password(profile.id, perspective.id))
    : undefined;
  const impersonation = perspective.impersonation;
  return {
    grantType: perspective.grantType,
    endpoints: options.endpoints,
    clientId: apiClient.clientId,
    clientSecret: await secrets.get(secretKeys.clientSecret(profile.id, apiClient.id)),
    username: perspective.username,
    password: options.password ?? savedPassword,
    scope: requestedRoles(perspective, apiClient),
    impersonation: impersonation && {
      target: impersonation,
      bearer: () => options.bearerOf(impersonation.via),
    },
  };
}
