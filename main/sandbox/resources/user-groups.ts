// A buyer's user groups and who is in them.
import { sameId } from '../ids';
import type { UserGroup } from '../store/model';
import { assignmentHandlers, reference } from './assignments';
import type { HandlerMap } from './context';
import { crud, verbs } from './crud';

const BUYER_USERS = ['admin', 'buyer'] as const;
const buyerScope = { param: 'buyerID', ...reference('Buyer', (state) => state.tables.buyers) };

export const userGroupHandlers: HandlerMap = {
  ...crud<UserGroup>({
    objectType: 'UserGroup',
    idParam: 'userGroupID',
    table: (state) => state.tables.userGroups,
    parent: { param: 'buyerID', objectType: 'Buyer', table: (state) => state.tables.buyers },
    allow: BUYER_USERS,
    operations: verbs('UserGroups'),
    afterDelete: (group, { state, params }) => {
      state.tables.userGroupAssignments.deleteWhere(
        (assignment, scope) =>
          sameId(scope, params.buyerID) && sameId(assignment.UserGroupID, group.ID),
      );
    },
  }),
  ...assignmentHandlers({
    table: 'userGroupAssignments',
    objectType: 'UserGroupAssignment',
    scope: buyerScope,
    params: { UserGroupID: 'userGroupID', UserID: 'userID' },
    references: {
      UserGroupID: reference('UserGroup', (state) => state.tables.userGroups, true),
      UserID: reference('User', (state) => state.tables.users, true),
    },
    allow: BUYER_USERS,
    operations: {
      list: 'UserGroups.ListUserAssignments',
      save: 'UserGroups.SaveUserAssignment',
      delete: ['UserGroups.DeleteUserAssignment'],
    },
  }),
};
