import type { GrantType, Impersonation } from '../../preload/contract/profiles';
import { ActionableError } from '../http/failures';
import type { IssuedToken, OAuthClient, TokenGrant } from './oauth-client';
import { signInRequired } from './sign-in-failures';

export interface Endpoints {
  /** The API's base URL, without /v1. */
  apiUrl: string;
  /** The OAuth server's base URL (OrderCloud serves both from one host). */
  authUrl: string;
}

/** Everything one sign-in needs, gathered from a profile, its perspective and the vault. */
export interface Credentials {
  grantType: GrantType;
  endpoints: Endpoints;
  clientId: string;
  clientSecret?: string;
  username?: string;
  password?: string;
  scope: string[];
  impersonation?: {
    target: Impersonation;
    /** A fresh access token of the impersonating perspective. */
    bearer: () => Promise<string>;
  };
}

/** Chooses the OAuth grant for a perspective's grant type and obtains a token with it. */
export class Authenticator {
  constructor(private readonly oauth: OAuthClient) {}

  async signIn(credentials: Credentials): Promise<IssuedToken> {
    if (credentials.grantType === 'impersonation') return this.impersonate(credentials);
    return this.oauth.requestToken({
      authUrl: credentials.endpoints.authUrl,
      clientId: credentials.clientId,
      clientSecret: secretFor(credentials),
      scope: credentials.scope,
      grant: grantFor(credentials),
    });
  }

  refresh(credentials: Credentials, refreshToken: string): Promise<IssuedToken> {
    return this.oauth.requestToken({
      authUrl: credentials.endpoints.authUrl,
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      scope: credentials.scope,
      grant: { type: 'refresh_token', refreshToken },
    });
  }

  private async impersonate(credentials: Credentials): Promise<IssuedToken> {
    const { impersonation } = credentials;
    if (!impersonation) throw missing('the perspective to impersonate through');
    return this.oauth.impersonate({
      apiUrl: credentials.endpoints.apiUrl,
      bearer: await impersonation.bearer(),
      userType: impersonation.target.userType,
      orgId: impersonation.target.orgId,
      userId: impersonation.target.userId,
      clientId: credentials.clientId,
      roles: credentials.scope,
    });
  }
}

/** Whether a sign-in could happen now without asking the user anything. */
export function canSignInUnattended(credentials: Credentials): boolean {
  try {
    if (credentials.grantType === 'impersonation') return credentials.impersonation !== undefined;
    secretFor(credentials);
    grantFor(credentials);
    return true;
  } catch {
    return false;
  }
}

function grantFor(credentials: Credentials): TokenGrant {
  switch (credentials.grantType) {
    case 'password':
    case 'elevated-password': {
      if (!credentials.username) throw missing('a username');
      if (!credentials.password) {
        throw signInRequired(`The password for ${credentials.username} is not saved.`);
      }
      return { type: 'password', username: credentials.username, password: credentials.password };
    }
    default:
      return { type: 'client_credentials' };
  }
}

function secretFor(credentials: Credentials): string | undefined {
  const needsSecret =
    credentials.grantType === 'elevated-password' || credentials.grantType === 'client-credentials';
  if (needsSecret && !credentials.clientSecret) {
    throw new ActionableError(
      'auth',
      'ClientSecretRequired',
      `The ${credentials.grantType} grant needs the API client's secret, and none is saved.`,
      "Enter the client secret in the profile's API client.",
    );
  }
  return credentials.clientSecret;
}

function missing(what: string): ActionableError {
  return new ActionableError(
    'usage',
    'PerspectiveIncomplete',
    `This perspective has no ${what}.`,
    'Edit the perspective and fill it in.',
  );
}
