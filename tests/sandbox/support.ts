// Talks to a sandbox over real loopback HTTP, the way any OrderCloud client would.
import type { SandboxHandle } from '../../main/sandbox/index';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies field by field
export type Json = any;

export interface Reply {
  status: number;
  body: Json;
  headers: Headers;
}

export const SEED_SCOPE =
  'CatalogAdmin BuyerReader MeAdmin InventoryAdmin PasswordReset OrderAdmin PriceScheduleAdmin ProductAdmin ProductAssignmentAdmin ShipmentAdmin';

export const SHOPPER_SCOPE = 'MeAdmin PasswordReset Shopper MeAddressAdmin';

async function reply(response: Response): Promise<Reply> {
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    headers: response.headers,
  };
}

/** POST {url}/oauth/token with a form body. */
export async function requestToken(
  sandbox: SandboxHandle,
  form: Record<string, string>,
): Promise<Reply> {
  const response = await fetch(`${sandbox.url}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return reply(response);
}

/** The seeded password of a user, as the ready info publishes it. */
export function passwordOf(sandbox: SandboxHandle, username: string): string {
  const user = sandbox.info.users.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`No seeded user ${username}`);
  return user.password;
}

export async function login(
  sandbox: SandboxHandle,
  username: string,
  scope?: string,
  clientId = sandbox.info.clientId,
): Promise<string> {
  const form: Record<string, string> = {
    grant_type: 'password',
    client_id: clientId,
    username,
    password: passwordOf(sandbox, username),
    ...(scope && { scope }),
  };
  const result = await requestToken(sandbox, form);
  if (result.status !== 200) throw new Error(`login ${username}: ${JSON.stringify(result.body)}`);
  return result.body.access_token as string;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: string | Buffer;
}

/** A call under /v1 (give the path without it). */
export async function api(
  sandbox: SandboxHandle,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | Buffer | undefined = options.raw;
  if (options.body !== undefined) {
    headers['content-type'] ??= 'application/json';
    body = JSON.stringify(options.body);
  }
  const response = await fetch(`${sandbox.url}/v1${path}`, { method, headers, body });
  return reply(response);
}

export function claimsOf(token: string): Json {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

/** The first error's code, for asserting on OrderCloud's `{ Errors: [...] }` bodies. */
export function errorCode(result: Reply): string | undefined {
  return result.body?.Errors?.[0]?.ErrorCode;
}
