import { createHmac, timingSafeEqual } from 'node:crypto';

/** The claims OrderCloud puts in its access tokens (plus `imp` while impersonating). */
export interface AccessClaims {
  usr: string;
  cid: string;
  u: string;
  usrtype: 'admin' | 'buyer' | 'supplier';
  role: string | string[];
  iss: string;
  aud: string;
  exp: number;
  nbf: number;
  orderid?: string;
  imp?: string;
}

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

function signature(input: string, key: string): Buffer {
  return createHmac('sha256', key).update(input).digest();
}

export function signJwt(claims: AccessClaims, key: string): string {
  const input = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  return `${input}.${signature(input, key).toString('base64url')}`;
}

/** The token's claims when its signature holds and it is valid at `nowSeconds`; else undefined. */
export function verifyJwt(
  token: string,
  key: string,
  nowSeconds: number,
): AccessClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return undefined;
  const [header, payload, signed] = parts as [string, string, string];
  const expected = signature(`${header}.${payload}`, key);
  const actual = Buffer.from(signed, 'base64url');
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return undefined;
  let claims: AccessClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims;
  } catch {
    return undefined;
  }
  if (typeof claims.exp !== 'number' || typeof claims.nbf !== 'number') return undefined;
  if (nowSeconds >= claims.exp || nowSeconds < claims.nbf) return undefined;
  return claims;
}

/** Roles as the token lists them: a lone role is a string, several (or none) an array. */
export function roleClaim(roles: string[]): string | string[] {
  return roles.length === 1 ? roles[0]! : roles;
}

export function rolesOf(claims: AccessClaims): string[] {
  return Array.isArray(claims.role) ? claims.role : [claims.role];
}
