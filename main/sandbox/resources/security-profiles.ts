// Security profiles (documents_security-profiles.mdx) and the parties they are assigned to.
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { SecurityProfile } from '../store/model';
import { findParty } from '../store/parties';
import type { Assignment, SandboxState } from '../store/state';
import { assignmentHandlers, reference } from './assignments';
import type { HandlerMap } from './context';
import { crud, verbs } from './crud';

/** The user or group an assignment names must belong to the company it names (or the seller). */
function assertPartyExists(state: SandboxState, assignment: Assignment): void {
  const buyerID = assignment.BuyerID as string | null;
  const supplierID = assignment.SupplierID as string | null;
  if (buyerID && supplierID) {
    throw apiErrors.rule(
      400,
      'PartyAssignment.CannotSpecifyBuyerAndSupplier',
      'Cannot specify both a BuyerID and a SupplierID.',
    );
  }
  if (assignment.UserID && assignment.UserGroupID) {
    throw apiErrors.rule(
      400,
      'PartyAssignment.CannotSpecifyGroupAndUser',
      'Cannot specify both a UserID and a GroupID.',
    );
  }
  const userID = assignment.UserID as string | null;
  if (userID) {
    const party = buyerID
      ? findParty(state, 'buyer', buyerID, userID)
      : supplierID
        ? findParty(state, 'supplier', supplierID, userID)
        : findParty(state, 'admin', state.seller.ID, userID);
    if (!party) throw apiErrors.notFound('User', userID);
  }
  const groupID = assignment.UserGroupID as string | null;
  if (groupID && !(buyerID && state.tables.userGroups.has(buyerID, groupID))) {
    throw apiErrors.notFound('UserGroup', groupID);
  }
}

export const securityProfileHandlers: HandlerMap = {
  ...crud<SecurityProfile>({
    objectType: 'SecurityProfile',
    idParam: 'securityProfileID',
    table: (state) => state.tables.securityProfiles,
    allow: ['admin'],
    operations: verbs('SecurityProfiles'),
    beforeWrite: (profile) => {
      profile.Roles ??= [];
      profile.CustomRoles ??= [];
    },
    afterDelete: (profile, { state }) => {
      state.tables.securityProfileAssignments.deleteWhere((assignment) =>
        sameId(assignment.SecurityProfileID, profile.ID),
      );
    },
  }),
  ...assignmentHandlers({
    table: 'securityProfileAssignments',
    objectType: 'SecurityProfileAssignment',
    params: {
      SecurityProfileID: 'securityProfileID',
      BuyerID: 'buyerID',
      SupplierID: 'supplierID',
      UserID: 'userID',
      UserGroupID: 'userGroupID',
    },
    references: {
      SecurityProfileID: reference('SecurityProfile', (state) => state.tables.securityProfiles),
      BuyerID: reference('Buyer', (state) => state.tables.buyers),
      SupplierID: reference('Supplier', (state) => state.tables.suppliers),
    },
    allow: ['admin'],
    operations: {
      list: 'SecurityProfiles.ListAssignments',
      save: 'SecurityProfiles.SaveAssignment',
      delete: ['SecurityProfiles.DeleteAssignment'],
    },
    beforeSave: (assignment, { state }) => assertPartyExists(state, assignment),
  }),
};
