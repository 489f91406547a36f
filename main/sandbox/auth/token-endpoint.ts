// POST /oauth/token: the grant types of documents_authentication.mdx and their error codes.
import { timingSafeEqual } from 'node:crypto';
import { ApiError } from '../http/errors';
import { newId, sameId } from '../ids';
import type { ApiClient } from '../store/model';
import { developerParty, findPartyByUsername, partyKey, type Party } from '../store/parties';
import type { SandboxState } from '../store/state';
import { activeClient, clientServes, companyActive } from './clients';
import type { LoginThrottle } from './login-throttle';
import { verifyAgainstDecoy, verifyPassword } from './passwords';
import { assignedRoles, grantRoles } from './roles';
import type { TokenIssuer, TokenResponse } from './token-issuer';

export interface TokenEndpointContext {
  state: SandboxState;
  apiRoles: ReadonlySet<string>;
  issuer: TokenIssuer;
  throttle: LoginThrottle;
  now: number;
}

export interface TokenOutcome {
  response: TokenResponse;
  /** A refresh token was stored, so the state must be saved. */
  stateChanged: boolean;
}

type Form = Record<string, string>;

/** The developer role that lets the marketplace owner sign in with Dev Center credentials. */
const DEV_CENTER_IMPERSONATE = 'DevCenterImpersonate';

function denied(errorCode: string, message: string): ApiError {
  return new ApiError(400, { ErrorCode: errorCode, Message: message, Data: null });
}

const invalidGrant = (message: string) => denied('InvalidGrant', message);
const invalidCredentials = () =>
  denied(
    'InvalidCredentials',
    'The provided credentials do not match any account on record for this client.',
  );

/** The OAuth-style error body: `error`, `error_description`, and OrderCloud's `Errors`. */
export function oauthErrorBody(error: ApiError): unknown {
  const oauthCode =
    error.detail.ErrorCode === 'UnsupportedGrantType'
      ? 'unsupported_grant_type'
      : ['InvalidRequest', 'UnsupportedMediaType', 'PayloadTooLarge'].includes(
            error.detail.ErrorCode,
          )
        ? 'invalid_request'
        : 'invalid_grant';
  return { error: oauthCode, error_description: error.detail.Message, Errors: [error.detail] };
}

function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The client, which must exist, be active, and get its secret if it has one (on every grant). */
function requireClient(context: TokenEndpointContext, form: Form): ApiClient {
  const client = activeClient(context.state, form.client_id);
  if (!client) throw invalidGrant('The requested API Client does not exist or is not active.');
  if (client.ClientSecret && !secretsEqual(form.client_secret ?? '', client.ClientSecret)) {
    throw invalidGrant(
      'This API Client has a client secret; it is missing from the request or wrong.',
    );
  }
  return client;
}

function requestedScope(form: Form): string[] | undefined {
  const roles = (form.scope ?? '').split(/\s+/).filter(Boolean);
  return roles.length ? roles : undefined;
}

/** Checks that hold after the credentials do: the user is usable through this client. */
function admit(context: TokenEndpointContext, client: ApiClient, party: Party): void {
  if (!party.user.Active) throw denied('Auth.UserNotActive', 'User is not active.');
  if (!companyActive(context.state, party))
    throw denied('Auth.CompanyNotActive', 'Company is not active.');
  if (!clientServes(context.state, client, party)) {
    throw invalidGrant('The requested API Client is not available to this user.');
  }
}

function rolesFor(
  context: TokenEndpointContext,
  party: Party,
  requested: string[] | undefined,
): string[] {
  if (!party.developer)
    return grantRoles(requested, assignedRoles(context.state, party), context.apiRoles);
  // The owner holds FullAccess implicitly, and the developer role it signed in with.
  const grantable = (role: string) => context.apiRoles.has(role) || role === DEV_CENTER_IMPERSONATE;
  return requested ? [...new Set(requested.filter(grantable))] : ['FullAccess'];
}

async function passwordGrant(context: TokenEndpointContext, form: Form): Promise<TokenOutcome> {
  const client = requireClient(context, form);
  const username = form.username?.trim() ?? '';
  const password = form.password ?? '';
  if (!username || !password) {
    throw denied('Auth.UsernameAndPasswordRequired', 'Both username and password are required.');
  }
  if (context.throttle.isLocked(username, context.now)) {
    throw denied(
      'Auth.LockedOut',
      'Due to excessive login failures, this account is locked for 30 minutes.',
    );
  }
  const requested = requestedScope(form);
  const { state } = context;
  const asDeveloper = requested?.includes(DEV_CENTER_IMPERSONATE) ?? false;
  const party = asDeveloper
    ? sameId(state.developer.Username, username)
      ? developerParty(state)
      : undefined
    : findPartyByUsername(state, username);
  const hash = party?.developer
    ? asDeveloper && state.developer.PasswordHash
    : party && state.passwords.get(partyKey(party));
  const verified = hash ? await verifyPassword(password, hash) : await verifyAgainstDecoy(password);
  if (!party || !verified) {
    context.throttle.recordFailure(username, context.now);
    throw invalidCredentials();
  }
  context.throttle.recordSuccess(username);
  admit(context, client, party);
  const response = context.issuer.issue({
    party,
    client,
    roles: rolesFor(context, party, requested),
    withRefreshToken: true,
  });
  return { response, stateChanged: response.refresh_token !== undefined };
}

function clientCredentialsGrant(context: TokenEndpointContext, form: Form): TokenOutcome {
  const client = requireClient(context, form);
  if (!client.ClientSecret && !client.IsAnonBuyer) {
    throw invalidGrant(
      'The client_credentials grant needs a client secret, and this API Client has none.',
    );
  }
  const party = findPartyByUsername(context.state, client.DefaultContextUserName ?? '');
  if (!party || party.developer)
    throw invalidGrant('This API Client has no valid DefaultContextUserName.');
  admit(context, client, party);
  const roles = rolesFor(context, party, requestedScope(form));
  if (client.ClientSecret) {
    const response = context.issuer.issue({ party, client, roles, withRefreshToken: true });
    return { response, stateChanged: response.refresh_token !== undefined };
  }
  // No secret on an anonymous-buyer client: a guest shopper, a temporary copy of the template user.
  if (party.userType !== 'buyer')
    throw invalidGrant('An anonymous shopper must have a buyer user as template.');
  return {
    response: context.issuer.issue({ party, client, roles, anonymousOrderID: newId() }),
    stateChanged: false,
  };
}

function refreshTokenGrant(context: TokenEndpointContext, form: Form): TokenOutcome {
  const client = requireClient(context, form);
  if (!(client.RefreshTokenDuration > 0)) {
    throw invalidGrant(
      'Refresh tokens are not enabled for this API Client (RefreshTokenDuration is 0).',
    );
  }
  const grant = form.refresh_token ? context.issuer.redeem(form.refresh_token) : undefined;
  if (!grant || !sameId(grant.ClientID, client.ID)) {
    throw invalidGrant(
      'The refresh token is invalid, expired, or was issued to another API Client.',
    );
  }
  const party = findPartyByUsername(context.state, grant.Username);
  if (!party) throw invalidGrant('The user behind this refresh token no longer exists.');
  admit(context, client, party);
  const roles = rolesFor(context, party, grant.Roles);
  const response = context.issuer.issue({ party, client, roles });
  return { response: { ...response, refresh_token: form.refresh_token! }, stateChanged: false };
}

export async function exchangeToken(
  context: TokenEndpointContext,
  form: Form,
): Promise<TokenOutcome> {
  switch (form.grant_type) {
    case 'password':
      return passwordGrant(context, form);
    case 'client_credentials':
      return clientCredentialsGrant(context, form);
    case 'refresh_token':
      return refreshTokenGrant(context, form);
    default:
      throw denied(
        'UnsupportedGrantType',
        form.grant_type
          ? `grant_type "${form.grant_type}" is not supported.`
          : 'grant_type is required: password, client_credentials or refresh_token.',
      );
  }
}
