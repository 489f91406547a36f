// Me (documents_me-resource.mdx): the signed-in user, its groups and its addresses.
import { apiErrors } from '../http/errors';
import { isoDate, sameId } from '../ids';
import type { Address, User } from '../store/model';
import { partyKey, userScope, userTable, type Party } from '../store/parties';
import type { SandboxState } from '../store/state';
import { EVERYONE, handlers, param, type HandlerContext, type HandlerMap } from './context';
import { crud, mergePatch, replaceRecord } from './crud';
import { listFrom } from './listing';
import { admitUserWrite, showUser } from './users';

export const BUYERS_ONLY = ['buyer'] as const;

/** MeUser: the user, with the companies it belongs to. */
export function meView(state: SandboxState, party: Party) {
  const buyer =
    party.userType === 'buyer' ? state.tables.buyers.get('', party.companyID) : undefined;
  const user = party.developer
    ? { ...party.user, Password: null, AvailableRoles: [] }
    : showUser(state, party);
  return {
    Buyer: buyer ? { ID: buyer.ID, DefaultCatalogID: buyer.DefaultCatalogID } : null,
    Supplier: party.userType === 'supplier' ? { ID: party.companyID } : null,
    Seller: { ID: state.seller.ID },
    ...user,
  };
}

async function saveMe(context: HandlerContext, next: User) {
  const { state, caller } = context;
  if (caller.anonymousOrderID) {
    throw apiErrors.rule(
      403,
      'Auth.AnonymousUserCannotModify',
      'An anonymous shopper cannot change the profile it borrows; register first.',
    );
  }
  const party: Party = { ...caller.party, user: { ...next, ID: caller.party.user.ID } };
  await admitUserWrite(context, party);
  if (party.developer) Object.assign(state.developer.DefaultUser, party.user);
  else userTable(state, party.userType).put(userScope(party.userType, party.companyID), party.user);
  return meView(state, party);
}

/** Personal addresses belong to the user, or to one anonymous session. */
function personalScope(context: HandlerContext): string {
  const { caller } = context;
  return caller.anonymousOrderID ? `anonymous/${caller.anonymousOrderID}` : partyKey(caller.party);
}

/** Shared buyer addresses assigned to the user directly, through a group, or to the whole buyer. */
function assignedAddresses(context: HandlerContext) {
  const { state, caller } = context;
  const buyerID = caller.party.companyID;
  const reaching = state.tables.addressAssignments
    .list(buyerID)
    .filter(
      (assignment) =>
        (!assignment.UserID && !assignment.UserGroupID) ||
        sameId(assignment.UserID, caller.party.user.ID) ||
        caller.groupIDs.some((group) => sameId(group, assignment.UserGroupID)),
    );
  return state.tables.addresses.list(buyerID).flatMap((address) => {
    const own = reaching.filter((assignment) => sameId(assignment.AddressID, address.ID));
    if (!own.length) return [];
    const shipping = own.some((assignment) => assignment.IsShipping === true);
    const billing = own.some((assignment) => assignment.IsBilling === true);
    return [{ ...address, Shipping: shipping, Billing: billing, Editable: false }];
  });
}

const personalView = (address: Address) => ({
  ...address,
  Shipping: address.Shipping ?? true,
  Billing: address.Billing ?? true,
  Editable: true,
});

function myAddresses(context: HandlerContext) {
  const personal = context.state.tables.personalAddresses
    .list(personalScope(context))
    .map(personalView);
  return [...assignedAddresses(context), ...personal];
}

const personalAddresses = crud<Address>({
  objectType: 'Address',
  idParam: 'addressID',
  table: (state) => state.tables.personalAddresses,
  scope: personalScope,
  allow: BUYERS_ONLY,
  operations: {
    Create: 'Me.CreateAddress',
    Save: 'Me.SaveAddress',
    Patch: 'Me.PatchAddress',
    Delete: 'Me.DeleteAddress',
  },
  created: (context) => ({ DateCreated: isoDate(context.now) }),
  beforeWrite: (address, _previous, context) => {
    if (assignedAddresses(context).some((shared) => sameId(shared.ID, address.ID))) {
      throw apiErrors.rule(
        403,
        'Address.CannotEditPublic',
        'This Address is registered as public and cannot be edited by this endpoint.',
      );
    }
  },
  view: personalView,
});

export const meHandlers: HandlerMap = {
  ...handlers(EVERYONE, {
    'Me.Get': (context) => meView(context.state, context.caller.party),
    'Me.Save': (context) => saveMe(context, replaceRecord(context.caller.party.user, context)),
    'Me.Patch': (context) =>
      saveMe(context, mergePatch(context.caller.party.user, context.body ?? {}) as User),
    'Me.ListUserGroups': (context) => {
      const { state, caller } = context;
      const groups = caller.groupIDs.flatMap(
        (id) => state.tables.userGroups.get(caller.party.companyID, id) ?? [],
      );
      return listFrom(context, groups);
    },
  }),
  ...personalAddresses,
  ...handlers(BUYERS_ONLY, {
    'Me.ListAddresses': (context) => listFrom(context, myAddresses(context)),
    'Me.GetAddress': (context) => {
      const id = param(context, 'addressID');
      const address = myAddresses(context).find((candidate) => sameId(candidate.ID, id));
      if (!address) throw apiErrors.notFound('Address', id);
      return address;
    },
  }),
};
