import { sameId } from '../ids';
import type { Assignment, SandboxState } from '../store/state';
import type { Party } from '../store/parties';

export interface AssignedRoles {
  roles: string[];
  customRoles: string[];
}

/** The user groups a buyer user belongs to. */
export function groupIDsOf(state: SandboxState, party: Party): string[] {
  if (party.userType !== 'buyer') return [];
  return state.tables.userGroupAssignments
    .list(party.companyID)
    .filter((assignment) => sameId(assignment.UserID, party.user.ID))
    .map((assignment) => String(assignment.UserGroupID));
}

/** Whether a security profile assignment reaches this party: at company, group or user level. */
function reaches(assignment: Assignment, party: Party, groups: string[]): boolean {
  const { BuyerID, SupplierID, UserID, UserGroupID } = assignment;
  const company =
    party.userType === 'admin'
      ? !BuyerID && !SupplierID
      : party.userType === 'buyer'
        ? sameId(BuyerID, party.companyID)
        : sameId(SupplierID, party.companyID);
  if (!company) return false;
  if (UserID) return sameId(UserID, party.user.ID);
  if (UserGroupID) return groups.some((group) => sameId(UserGroupID, group));
  return true;
}

/** The union of the roles of every security profile assigned to the party, at any level. */
export function assignedRoles(state: SandboxState, party: Party): AssignedRoles {
  const groups = groupIDsOf(state, party);
  const roles = new Set<string>();
  const customRoles = new Set<string>();
  for (const assignment of state.tables.securityProfileAssignments.list('')) {
    if (!reaches(assignment, party, groups)) continue;
    const profile = state.tables.securityProfiles.get('', String(assignment.SecurityProfileID));
    profile?.Roles.forEach((role) => roles.add(role));
    profile?.CustomRoles.forEach((role) => customRoles.add(role));
  }
  return { roles: [...roles], customRoles: [...customRoles] };
}

/** `AvailableRoles` as OrderCloud shows it on a user. */
export function availableRoles(assigned: AssignedRoles): string[] {
  return [...assigned.roles, ...assigned.customRoles];
}

/**
 * The roles a token gets: those requested that the user holds (FullAccess holding every API
 * role), silently leaving out the rest; with no scope, everything the user holds.
 */
export function grantRoles(
  requested: string[] | undefined,
  assigned: AssignedRoles,
  apiRoles: ReadonlySet<string>,
): string[] {
  if (!requested?.length) return availableRoles(assigned);
  const fullAccess = assigned.roles.includes('FullAccess');
  const granted = requested.filter(
    (role) =>
      (fullAccess && apiRoles.has(role)) ||
      assigned.roles.includes(role) ||
      assigned.customRoles.includes(role),
  );
  return [...new Set(granted)];
}

/** Whether a token's roles satisfy an operation: any one listed role will do; none listed, any token. */
export function holdsAny(tokenRoles: readonly string[], sufficient: readonly string[]): boolean {
  return sufficient.length === 0 || sufficient.some((role) => tokenRoles.includes(role));
}
