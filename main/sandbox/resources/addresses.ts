// A buyer's shared addresses, and which users or groups may ship or bill to them.
import { apiErrors } from '../http/errors';
import { isoDate, sameId } from '../ids';
import type { Address } from '../store/model';
import { assignmentHandlers, reference } from './assignments';
import type { HandlerMap } from './context';
import { crud, verbs } from './crud';

const BUYER_USERS = ['admin', 'buyer'] as const;

export const addressHandlers: HandlerMap = {
  ...crud<Address>({
    objectType: 'Address',
    idParam: 'addressID',
    table: (state) => state.tables.addresses,
    parent: { param: 'buyerID', objectType: 'Buyer', table: (state) => state.tables.buyers },
    allow: BUYER_USERS,
    operations: verbs('Addresses'),
    created: (context) => ({ DateCreated: isoDate(context.now) }),
    afterDelete: (address, { state, params }) => {
      state.tables.addressAssignments.deleteWhere(
        (assignment, scope) =>
          sameId(scope, params.buyerID) && sameId(assignment.AddressID, address.ID),
      );
    },
  }),
  ...assignmentHandlers({
    table: 'addressAssignments',
    objectType: 'AddressAssignment',
    scope: { param: 'buyerID', ...reference('Buyer', (state) => state.tables.buyers) },
    params: { AddressID: 'addressID', UserID: 'userID', UserGroupID: 'userGroupID' },
    settings: ['IsShipping', 'IsBilling'],
    references: {
      AddressID: reference('Address', (state) => state.tables.addresses, true),
      UserID: reference('User', (state) => state.tables.users, true),
      UserGroupID: reference('UserGroup', (state) => state.tables.userGroups, true),
    },
    allow: BUYER_USERS,
    operations: {
      list: 'Addresses.ListAssignments',
      save: 'Addresses.SaveAssignment',
      delete: ['Addresses.DeleteAssignment'],
    },
    beforeSave: (assignment) => {
      if (assignment.UserID && assignment.UserGroupID) {
        throw apiErrors.rule(
          400,
          'PartyAssignment.CannotSpecifyGroupAndUser',
          'Cannot specify both a UserID and a GroupID.',
        );
      }
      if (!assignment.IsShipping && !assignment.IsBilling) {
        throw apiErrors.rule(
          400,
          'AddressAssignment.MustBeBillingOrShipping',
          'Cannot assign address without defining it as either a billing or a shipping address.',
        );
      }
    },
  }),
};
