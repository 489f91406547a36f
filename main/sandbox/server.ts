// The HTTP front: /oauth/token, /v1/openapi/v3, and the API under /v1, each answering in
// OrderCloud's shapes, including for input it cannot use.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { handleApiRequest, type ApiServices } from './api';
import { bearerToken } from './auth/caller';
import type { LoginThrottle } from './auth/login-throttle';
import { exchangeToken, oauthErrorBody } from './auth/token-endpoint';
import { parseFormBody, readBody } from './http/body';
import { ApiError, apiErrors } from './http/errors';
import { assertLocalRequest } from './http/local-only';
import { sendJson } from './http/respond';
import { pathSegments } from './http/router';
import type { SandboxRequestRecord } from './index';

export interface ServerServices extends ApiServices {
  throttle: LoginThrottle;
  /** Refuse requests from other web origins (on for a sandbox bound to a loopback address). */
  localOnly: boolean;
  url: () => string;
  record: (entry: SandboxRequestRecord, kind: 'token' | 'api' | 'other') => void;
}

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type Outcome = {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
} & Partial<SandboxRequestRecord>;

async function tokenRequest(services: ServerServices, request: IncomingMessage): Promise<Outcome> {
  let form: Record<string, string> = {};
  try {
    if (request.method !== 'POST') {
      throw new ApiError(
        405,
        { ErrorCode: 'MethodNotAllowed', Message: 'Use POST for /oauth/token.', Data: null },
        { allow: 'POST' },
      );
    }
    form = parseFormBody(request, await readBody(request));
    const outcome = await exchangeToken(
      {
        state: services.state(),
        apiRoles: services.spec.apiRoles,
        issuer: services.issuer,
        throttle: services.throttle,
        now: services.now(),
      },
      form,
    );
    if (outcome.stateChanged) await services.commit();
    return { status: 200, body: outcome.response, ...describeForm(form) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return {
      status: error.status,
      body: oauthErrorBody(error),
      headers: error.headers,
      ...describeForm(form),
    };
  }
}

function describeForm(form: Record<string, string>): Partial<SandboxRequestRecord> {
  return {
    ...(form.grant_type && { grantType: form.grant_type }),
    ...(form.username && { username: form.username }),
    ...(form.client_id && { clientId: form.client_id }),
  };
}

async function apiRequest(
  services: ServerServices,
  request: IncomingMessage,
  segments: string[],
  query: string,
) {
  const token = bearerToken(request.headers.authorization);
  const method = request.method ?? 'GET';
  const result = await handleApiRequest(services, {
    request,
    method,
    segments,
    query: new URLSearchParams(query),
    token,
    rawBody: BODY_METHODS.has(method) ? await readBody(request) : Buffer.alloc(0),
  });
  return {
    status: result.status,
    body: result.body,
    ...(result.caller && {
      username: result.caller.claims.usr,
      clientId: result.caller.claims.cid,
    }),
  };
}

async function route(
  services: ServerServices,
  request: IncomingMessage,
): Promise<[Outcome, 'token' | 'api' | 'other']> {
  if (services.localOnly) assertLocalRequest(request);
  const [rawPath = '/', query = ''] = (request.url ?? '/').split(/\?(.*)/s);
  const segments = pathSegments(rawPath);
  const lower = segments.map((segment) => segment.toLowerCase());
  if (lower.join('/') === 'oauth/token') return [await tokenRequest(services, request), 'token'];
  if (lower[0] !== 'v1') throw apiErrors.routeNotFound(rawPath);
  if (lower.join('/') === 'v1/openapi/v3' && request.method === 'GET') {
    return [{ status: 200, body: services.spec.servedDocument(services.url()) }, 'other'];
  }
  return [await apiRequest(services, request, segments.slice(1), query), 'api'];
}

function pathOf(request: IncomingMessage): string {
  return (request.url ?? '/').split('?')[0]!;
}

/** The token a successful sign-in or impersonation answer carries. */
function issuedAccessToken(status: number, body: unknown): string | undefined {
  if (status >= 300 || typeof body !== 'object' || body === null) return undefined;
  const token = (body as { access_token?: unknown }).access_token;
  return typeof token === 'string' ? token : undefined;
}

export function createSandboxServer(services: ServerServices): Server {
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const token = bearerToken(request.headers.authorization);
    let outcome: Outcome;
    let kind: 'token' | 'api' | 'other' = pathOf(request).toLowerCase().startsWith('/v1')
      ? 'api'
      : 'other';
    try {
      [outcome, kind] = await route(services, request);
    } catch (error) {
      const known = error instanceof ApiError ? error : undefined;
      if (!known)
        process.stderr.write(
          `[sandbox] ${request.method} ${pathOf(request)} failed: ${(error as Error).stack}\n`,
        );
      const failure =
        known ??
        new ApiError(500, {
          ErrorCode: 'InternalServerError',
          Message: 'The sandbox could not handle this request.',
          Data: null,
        });
      outcome = { status: failure.status, body: failure.body, headers: failure.headers };
    }
    const { status, body, headers, ...details } = outcome;
    sendJson(response, status, body, headers);
    const issuedToken = issuedAccessToken(status, body);
    services.record(
      {
        method: request.method ?? 'GET',
        path: pathOf(request),
        status,
        ...details,
        ...(token && { token }),
        ...(issuedToken && { issuedToken }),
      },
      kind,
    );
  };
  return createServer((request, response) => void handle(request, response));
}
