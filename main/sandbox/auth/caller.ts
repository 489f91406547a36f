import { apiErrors } from '../http/errors';
import { findPartyByUsername, type Party } from '../store/parties';
import type { SandboxState } from '../store/state';
import { activeClient } from './clients';
import { rolesOf, verifyJwt, type AccessClaims } from './jwt';
import { groupIDsOf } from './roles';

/** Who is calling, as their bearer token says. */
export interface Caller {
  party: Party;
  roles: string[];
  groupIDs: string[];
  claims: AccessClaims;
  /** An anonymous shopper may only touch this one order. */
  anonymousOrderID?: string;
}

export function bearerToken(authorization: string | undefined): string | undefined {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
}

/** The caller behind a token, or InvalidToken (401) when it is missing, forged, expired or orphaned. */
export function authenticate(
  state: SandboxState,
  token: string | undefined,
  nowMs: number,
): Caller {
  const claims = token
    ? verifyJwt(token, state.seller.SigningKey, Math.floor(nowMs / 1000))
    : undefined;
  const party = claims && findPartyByUsername(state, claims.usr);
  const valid =
    claims &&
    party &&
    party.user.ID === claims.u &&
    party.userType === claims.usrtype &&
    party.user.Active &&
    activeClient(state, claims.cid);
  if (!valid) throw apiErrors.invalidToken();
  return {
    party,
    roles: rolesOf(claims),
    groupIDs: groupIDsOf(state, party),
    claims,
    ...(claims.orderid && { anonymousOrderID: claims.orderid }),
  };
}
