import type { Caller } from '../auth/caller';
import type { TokenIssuer } from '../auth/token-issuer';
import type { JsonObject } from '../spec/request-body';
import type { OperationInfo, SandboxSpec } from '../spec/sandbox-spec';
import type { UserType } from '../store/parties';
import type { SandboxState } from '../store/state';

/** Everything a handler may use to answer one API request. */
export interface HandlerContext {
  state: SandboxState;
  spec: SandboxSpec;
  operation: OperationInfo;
  caller: Caller;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The body as the operation's schema allows it (see spec/request-body.ts). */
  body: JsonObject | undefined;
  /** The sandbox clock, in milliseconds. */
  now: number;
  issuer: TokenIssuer;
}

/** Returns the response body; the status comes from the operation's documented success response. */
export type Handler = (context: HandlerContext) => unknown;

export interface HandlerDefinition {
  handle: Handler;
  /** The kinds of user that may use it at all; others get Auth.UserNotAuthorizedToAdmin. */
  allow: readonly UserType[];
}

export type HandlerMap = Record<string, HandlerDefinition>;

export const SELLER_ONLY: readonly UserType[] = ['admin'];
export const EVERYONE: readonly UserType[] = ['admin', 'buyer', 'supplier'];

/** A required path parameter (the router guarantees it is there). */
export function param(context: HandlerContext, name: string): string {
  const value = context.params[name];
  if (value === undefined) throw new Error(`The route has no {${name}} parameter.`);
  return value;
}

/** A query parameter, its name matched without case as OrderCloud does. */
export function queryParam(context: HandlerContext, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of context.query) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

export function handlers(allow: readonly UserType[], map: Record<string, Handler>): HandlerMap {
  return Object.fromEntries(Object.entries(map).map(([id, handle]) => [id, { handle, allow }]));
}
