import type { User } from './model';
import type { SandboxState } from './state';
import type { Table } from './table';

export type UserType = 'admin' | 'buyer' | 'supplier';

/** A user together with the organization it belongs to (the seller, a buyer or a supplier). */
export interface Party {
  userType: UserType;
  /** The seller's ID for admin users, else the buyer's or supplier's ID. */
  companyID: string;
  user: User;
  /** The marketplace owner's "Default User", signed in through its developer account. */
  developer?: boolean;
}

export function userTable(state: SandboxState, userType: UserType): Table<User> {
  if (userType === 'admin') return state.tables.adminUsers;
  return userType === 'buyer' ? state.tables.users : state.tables.supplierUsers;
}

/** Admin users live in the table's global scope; the others under their company. */
export function userScope(userType: UserType, companyID: string): string {
  return userType === 'admin' ? '' : companyID;
}

/** The key under which a party's password and login failures are kept. */
export function partyKey(party: {
  userType: UserType;
  companyID: string;
  user: { ID: string };
}): string {
  return `${party.userType}/${party.companyID}/${party.user.ID}`.toLowerCase();
}

export function findParty(
  state: SandboxState,
  userType: UserType,
  companyID: string,
  userID: string,
): Party | undefined {
  const user = userTable(state, userType).get(userScope(userType, companyID), userID);
  return user && { userType, companyID, user };
}

function* allParties(state: SandboxState): Generator<Party> {
  for (const [, user] of state.tables.adminUsers.entries()) {
    yield { userType: 'admin', companyID: state.seller.ID, user };
  }
  for (const [scope, user] of state.tables.users.entries()) {
    yield { userType: 'buyer', companyID: companyIDOf(state, 'buyer', scope), user };
  }
  for (const [scope, user] of state.tables.supplierUsers.entries()) {
    yield { userType: 'supplier', companyID: companyIDOf(state, 'supplier', scope), user };
  }
}

/** Table scopes are lowercased; the company record carries the ID as it was written. */
function companyIDOf(state: SandboxState, userType: 'buyer' | 'supplier', scope: string): string {
  const table = userType === 'buyer' ? state.tables.buyers : state.tables.suppliers;
  return table.get('', scope)?.ID ?? scope;
}

/** Usernames are unique across the whole marketplace and compared without case. */
export function findPartyByUsername(state: SandboxState, username: string): Party | undefined {
  const wanted = username.toLowerCase();
  if (state.developer.DefaultUser.Username.toLowerCase() === wanted) {
    return developerParty(state);
  }
  for (const party of allParties(state)) {
    if (party.user.Username.toLowerCase() === wanted) return party;
  }
  return undefined;
}

export function developerParty(state: SandboxState): Party {
  return {
    userType: 'admin',
    companyID: state.seller.ID,
    user: state.developer.DefaultUser,
    developer: true,
  };
}
