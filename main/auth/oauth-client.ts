import { z } from 'zod';
import { apiUrlFor } from '../http/api-url';
import { ActionableError, NetworkCode, unexpectedResponse } from '../http/failures';
import { isJson, orderCloudErrors, parseJsonBytes } from '../http/json-body';
import type { HttpTransport, IncomingResponse } from '../http/transport';
import { impersonationFailure, signInFailure } from './sign-in-failures';

export type TokenGrant =
  | { type: 'password'; username: string; password: string }
  | { type: 'client_credentials' }
  | { type: 'refresh_token'; refreshToken: string };

export interface TokenRequest {
  /** The OAuth server's base: `{authUrl}/oauth/token`. */
  authUrl: string;
  clientId: string;
  /** Sent whenever the client has one: OrderCloud then requires it on every grant. */
  clientSecret?: string;
  scope: readonly string[];
  grant: TokenGrant;
}

export interface ImpersonationRequest {
  apiUrl: string;
  /** The impersonating session's access token. */
  bearer: string;
  userType: 'buyer' | 'supplier';
  orgId: string;
  userId: string;
  clientId: string;
  roles: readonly string[];
}

export interface IssuedToken {
  accessToken: string;
  refreshToken?: string;
  lifetimeMs: number;
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  refresh_token: z.string().min(1).nullish(),
});

const OAuthError = z.object({ error: z.string(), error_description: z.string().optional() });

/** OrderCloud's token endpoint and impersonation calls, over the shared transport. */
export class OAuthClient {
  constructor(private readonly http: HttpTransport) {}

  async requestToken(request: TokenRequest): Promise<IssuedToken> {
    const url = new URL(`${request.authUrl.replace(/\/+$/, '')}/oauth/token`);
    const response = await this.http.send({
      method: 'POST',
      url,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
      },
      body: tokenForm(request).toString(),
    });
    return issuedToken(response, url.host, (value) =>
      signInFailure(orderCloudErrors(value)?.[0] ?? fromOAuthError(value), response.status),
    );
  }

  /** POST /v1/{buyers|suppliers}/{orgId}/users/{userId}/accesstoken as the impersonating user. */
  async impersonate(request: ImpersonationRequest): Promise<IssuedToken> {
    const collection = request.userType === 'buyer' ? 'buyers' : 'suppliers';
    const path = `/${collection}/${encodeURIComponent(request.orgId)}/users/${encodeURIComponent(request.userId)}/accesstoken`;
    const url = apiUrlFor(request.apiUrl, path);
    const response = await this.http.send({
      method: 'POST',
      url,
      headers: {
        authorization: `Bearer ${request.bearer}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ ClientID: request.clientId, Roles: request.roles }),
    });
    return issuedToken(response, url.host, (value) =>
      impersonationFailure(orderCloudErrors(value)?.[0], response.status, request.userType),
    );
  }
}

function tokenForm(request: TokenRequest): URLSearchParams {
  const form = new URLSearchParams({ client_id: request.clientId });
  const { grant } = request;
  form.set('grant_type', grant.type);
  if (grant.type === 'password') {
    form.set('username', grant.username);
    form.set('password', grant.password);
  }
  if (grant.type === 'refresh_token') form.set('refresh_token', grant.refreshToken);
  if (request.clientSecret) form.set('client_secret', request.clientSecret);
  if (request.scope.length) form.set('scope', request.scope.join(' '));
  return form;
}

function issuedToken(
  response: IncomingResponse,
  host: string,
  refusal: (body: unknown) => Error,
): IssuedToken {
  const body = isJson(response.contentType) ? parseJsonBytes(response.body) : undefined;
  if (body === undefined || response.status >= 500) {
    throw unexpectedResponse(host, response.status, response.contentType);
  }
  if (response.status >= 400) throw refusal(body);
  const parsed = TokenResponse.safeParse(body);
  if (!parsed.success) {
    throw new ActionableError(
      'network',
      NetworkCode.NotJson,
      `${host} answered without an access token.`,
      'Check that the profile points at an OrderCloud API.',
    );
  }
  return {
    accessToken: parsed.data.access_token,
    refreshToken: parsed.data.refresh_token ?? undefined,
    lifetimeMs: parsed.data.expires_in * 1000,
  };
}

/** A plain OAuth error body (no `Errors`) in OrderCloud's error shape. */
function fromOAuthError(value: unknown) {
  const parsed = OAuthError.safeParse(value);
  if (!parsed.success) return undefined;
  const code = parsed.data.error === 'invalid_grant' ? 'InvalidGrant' : parsed.data.error;
  return { ErrorCode: code, Message: parsed.data.error_description ?? '' };
}
