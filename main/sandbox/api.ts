// One request under /v1: route, authenticate, check roles (as the sandbox's own document
// declares them), validate the body against the operation's schema, run the handler, save.
import type { IncomingMessage } from 'node:http';
import { authenticate, type Caller } from './auth/caller';
import { holdsAny } from './auth/roles';
import type { TokenIssuer } from './auth/token-issuer';
import { parseJsonBody } from './http/body';
import { ApiError, apiErrors } from './http/errors';
import type { Router } from './http/router';
import { sameId } from './ids';
import type { HandlerDefinition } from './resources/context';
import { prepareBody } from './spec/request-body';
import type { OperationInfo, SandboxSpec } from './spec/sandbox-spec';
import type { SandboxState } from './store/state';

export interface ApiRoute {
  operation: OperationInfo;
  definition: HandlerDefinition;
}

export interface ApiServices {
  state: () => SandboxState;
  spec: SandboxSpec;
  router: Router<ApiRoute>;
  issuer: TokenIssuer;
  now: () => number;
  /** Saves the state (when it has a file); resolves once it is durable. */
  commit: () => Promise<void>;
}

export interface ApiRequest {
  request: IncomingMessage;
  method: string;
  /** Path segments after /v1, decoded. */
  segments: string[];
  query: URLSearchParams;
  token: string | undefined;
  rawBody: Buffer;
}

export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  caller?: Caller;
}

/** Buyer and supplier users reach only their own company through {buyerID} and {supplierID}. */
function assertOwnCompany(caller: Caller, params: Record<string, string>): void {
  const { userType, companyID } = caller.party;
  if (userType === 'buyer' && params.buyerID !== undefined && !sameId(params.buyerID, companyID)) {
    throw apiErrors.notFound('Buyer', params.buyerID);
  }
  if (
    userType === 'supplier' &&
    params.supplierID !== undefined &&
    !sameId(params.supplierID, companyID)
  ) {
    throw apiErrors.notFound('Supplier', params.supplierID);
  }
}

function admit(caller: Caller, route: ApiRoute, params: Record<string, string>): void {
  const { operation, definition } = route;
  if (!holdsAny(caller.roles, operation.roles))
    throw apiErrors.insufficientRoles(operation.roles, caller.roles);
  if (!definition.allow.includes(caller.party.userType)) {
    throw definition.allow.length === 1 && definition.allow[0] === 'buyer'
      ? apiErrors.buyerUsersOnly()
      : apiErrors.notAuthorizedToAdmin();
  }
  assertOwnCompany(caller, params);
}

export async function handleApiRequest(
  services: ApiServices,
  input: ApiRequest,
): Promise<ApiResult> {
  const match = services.router.match(input.method, input.segments);
  const path = `/v1/${input.segments.join('/')}`;
  if (match.kind === 'not-found') throw apiErrors.routeNotFound(path);
  if (match.kind === 'method-not-allowed') {
    throw new ApiError(
      405,
      {
        ErrorCode: 'MethodNotAllowed',
        Message: `${input.method} is not allowed on ${path}.`,
        Data: { Allowed: match.allowed },
      },
      { allow: match.allowed.join(', ') },
    );
  }
  const state = services.state();
  const now = services.now();
  const caller = authenticate(state, input.token, now);
  admit(caller, match.target, match.params);
  const { operation, definition } = match.target;
  const body = prepareBody(services.spec, operation, parseJsonBody(input.request, input.rawBody));
  const result = await definition.handle({
    state,
    spec: services.spec,
    operation,
    caller,
    params: match.params,
    query: input.query,
    body,
    now,
    issuer: services.issuer,
  });
  if (operation.method !== 'GET') await services.commit();
  const status = operation.successStatus;
  return { status, body: status === 204 ? undefined : result, caller };
}
