import type { Perspective, Profile } from '../../preload/contract/profiles';
import { API_ROLES, isApiRole } from './api-roles';

/** A typed role as OrderCloud spells it ("productadmin" → "ProductAdmin"); custom roles as typed. */
export function canonicalRole(typed: string): string {
  const role = typed.trim();
  const lower = role.toLowerCase();
  return API_ROLES.find((known) => known.toLowerCase() === lower) ?? role;
}

/** Splits one list of roles into the perspective's API roles and custom roles. */
export function splitRoles(all: readonly string[]): Pick<Perspective, 'roles' | 'customRoles'> {
  return {
    roles: all.filter(isApiRole),
    customRoles: all.filter((role) => !isApiRole(role)),
  };
}

/** What a sign-in asks for: the perspective's roles, else its API client's default scope (as main does). */
export function requestedScope(profile: Profile, perspective: Perspective): string[] {
  const own = [...new Set([...perspective.roles, ...perspective.customRoles])];
  if (own.length > 0) return own;
  const client = profile.apiClients.find((candidate) => candidate.id === perspective.apiClientId);
  return [...(client?.defaultScope ?? [])];
}
