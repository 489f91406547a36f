// Admin users, buyer users and supplier users: one record shape, three homes.
import { hashPassword } from '../auth/passwords';
import { assignedRoles, availableRoles } from '../auth/roles';
import { apiErrors } from '../http/errors';
import { isoDate, sameId } from '../ids';
import type { User } from '../store/model';
import {
  findPartyByUsername,
  partyKey,
  userTable,
  type Party,
  type UserType,
} from '../store/parties';
import type { SandboxState } from '../store/state';
import type { HandlerContext, HandlerMap } from './context';
import { crud, verbs, type Resource } from './crud';

/** The default password policy: at least 10 characters with a digit, an upper and a lower case letter. */
export function assertSecurePassword(password: string): void {
  if (
    password.length >= 10 &&
    /\d/.test(password) &&
    /[A-Z]/.test(password) &&
    /[a-z]/.test(password)
  )
    return;
  throw apiErrors.rule(
    400,
    'PasswordReset.InsecurePassword',
    'Password does not meet security requirements.',
    {
      MinimumCharacterCount: 10,
      UpperCaseRequired: true,
      LowerCaseRequired: true,
      NumericRequired: true,
    },
  );
}

/** Stores a password hash for the party; the record itself only ever shows `Password: null`. */
export async function setPassword(
  state: SandboxState,
  party: Party,
  password: string,
  now: number,
) {
  assertSecurePassword(password);
  state.passwords.set(partyKey(party), await hashPassword(password));
  party.user.PasswordLastSetDate = isoDate(now);
}

export function showUser(state: SandboxState, party: Party): User & { AvailableRoles: string[] } {
  return {
    ...party.user,
    Password: null,
    AvailableRoles: availableRoles(assignedRoles(state, party)),
  };
}

/**
 * Before a user record is stored: its username must be free, and a password in the body is
 * hashed into the password store rather than kept on the record.
 */
export async function admitUserWrite(context: HandlerContext, party: Party): Promise<void> {
  const next = party.user;
  const holder = findPartyByUsername(context.state, next.Username);
  const samePerson =
    holder && !holder.developer === !party.developer && partyKey(holder) === partyKey(party);
  if (holder && !samePerson) {
    throw apiErrors.rule(
      409,
      'User.UsernameMustBeUnique',
      'Username already exists in this marketplace.',
      {
        Username: next.Username,
      },
    );
  }
  const password = next.Password as unknown;
  next.Password = null;
  if (typeof password === 'string') await setPassword(context.state, party, password, context.now);
}

function companyOf(context: HandlerContext, userType: UserType): string {
  if (userType === 'admin') return context.state.seller.ID;
  const id = context.params[userType === 'buyer' ? 'buyerID' : 'supplierID'] ?? '';
  const table = userType === 'buyer' ? context.state.tables.buyers : context.state.tables.suppliers;
  return table.get('', id)?.ID ?? id;
}

/** Removes what pointed at a deleted user: its password and its user-level assignments. */
function forgetUser(state: SandboxState, party: Party): void {
  state.passwords.delete(partyKey(party));
  const { tables } = state;
  const company =
    party.userType === 'buyer'
      ? 'BuyerID'
      : party.userType === 'supplier'
        ? 'SupplierID'
        : undefined;
  tables.securityProfileAssignments.deleteWhere(
    (assignment) =>
      sameId(assignment.UserID, party.user.ID) &&
      (company
        ? sameId(assignment[company], party.companyID)
        : !assignment.BuyerID && !assignment.SupplierID),
  );
  for (const table of [tables.userGroupAssignments, tables.addressAssignments]) {
    table.deleteWhere(
      (assignment, scope) =>
        sameId(scope, party.companyID) && sameId(assignment.UserID, party.user.ID),
    );
  }
}

function userResource(userType: UserType, prefix: string): Resource<User> {
  const parent =
    userType === 'buyer'
      ? {
          param: 'buyerID',
          objectType: 'Buyer',
          table: (state: SandboxState) => state.tables.buyers,
        }
      : userType === 'supplier'
        ? {
            param: 'supplierID',
            objectType: 'Supplier',
            table: (state: SandboxState) => state.tables.suppliers,
          }
        : undefined;
  const partyOf = (user: User, context: HandlerContext): Party => ({
    userType,
    companyID: companyOf(context, userType),
    user,
  });
  return {
    objectType: 'User',
    idParam: 'userID',
    table: (state) => userTable(state, userType),
    ...(parent && { parent }),
    allow: userType === 'admin' ? ['admin'] : ['admin', userType],
    operations: verbs(prefix),
    created: (context) => ({ DateCreated: isoDate(context.now), PasswordLastSetDate: null }),
    beforeWrite: (next, _previous, context) => admitUserWrite(context, partyOf(next, context)),
    beforeDelete: (user, context) => {
      const inUse = [...context.state.tables.apiClients.entries()].some(([, client]) =>
        sameId(client.DefaultContextUserName, user.Username),
      );
      if (inUse) {
        throw apiErrors.rule(
          400,
          'User.CannotDeleteDefaultContextUser',
          'Cannot delete a user currently set as the Default Context User of an API Client.',
        );
      }
    },
    afterDelete: (user, context) => forgetUser(context.state, partyOf(user, context)),
    view: (user, context) => showUser(context.state, partyOf(user, context)),
  };
}

export const userHandlers: HandlerMap = {
  ...crud(userResource('admin', 'AdminUsers')),
  ...crud(userResource('buyer', 'Users')),
  ...crud(userResource('supplier', 'SupplierUsers')),
};
