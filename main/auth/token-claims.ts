import { z } from 'zod';
import type { UserType } from '../../preload/contract/sessions';
import { ActionableError } from '../http/failures';

const Claims = z.object({
  usr: z.string().optional(),
  cid: z.string().optional(),
  u: z.string().optional(),
  usrtype: z.enum(['admin', 'buyer', 'supplier']).optional(),
  // A token with one role carries a string, with several an array.
  role: z.union([z.string(), z.array(z.string())]).optional(),
  exp: z.number().optional(),
  nbf: z.number().optional(),
  orderid: z.string().optional(),
  imp: z.string().optional(),
});

/** What an OrderCloud access token says about its bearer. Times are the server's, in ms. */
export interface TokenClaims {
  username?: string;
  clientId?: string;
  userId?: string;
  userType?: UserType;
  roles: string[];
  expiresAt?: number;
  notBefore?: number;
  anonymousOrderId?: string;
  impersonatorId?: string;
}

/** Reads the claims (the signature is the API's business, not ours). */
export function decodeClaims(accessToken: string): TokenClaims {
  const payload = accessToken.split('.')[1];
  const parsed = payload === undefined ? undefined : Claims.safeParse(parseSegment(payload));
  if (!parsed?.success) {
    throw new ActionableError(
      'auth',
      'UnreadableToken',
      'The server issued an access token OC Explorer cannot read (not an OrderCloud JWT).',
      'Check that the profile points at an OrderCloud API.',
    );
  }
  const claims = parsed.data;
  return {
    username: claims.usr,
    clientId: claims.cid,
    userId: claims.u,
    userType: claims.usrtype,
    roles: claims.role === undefined ? [] : [claims.role].flat(),
    expiresAt: claims.exp === undefined ? undefined : claims.exp * 1000,
    notBefore: claims.nbf === undefined ? undefined : claims.nbf * 1000,
    anonymousOrderId: claims.orderid,
    impersonatorId: claims.imp,
  };
}

function parseSegment(segment: string): unknown {
  try {
    return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Requested roles the token lacks. FullAccess implies every role. */
export function missingRoles(requested: readonly string[], granted: readonly string[]): string[] {
  if (granted.includes('FullAccess')) return [];
  const have = new Set(granted);
  return requested.filter((role) => !have.has(role));
}
