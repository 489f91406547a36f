// A buyer's approval rules: orders matching a rule wait for its approving group.
import { parseRuleExpression } from '../domain/approval-rules';
import { apiErrors } from '../http/errors';
import type { ApprovalRule } from '../store/model';
import type { HandlerMap } from './context';
import { crud, verbs } from './crud';

export const approvalRuleHandlers: HandlerMap = crud<ApprovalRule>({
  objectType: 'ApprovalRule',
  idParam: 'approvalRuleID',
  table: (state) => state.tables.approvalRules,
  parent: { param: 'buyerID', objectType: 'Buyer', table: (state) => state.tables.buyers },
  allow: ['admin', 'buyer'],
  operations: verbs('ApprovalRules'),
  beforeWrite: (rule, _previous, { state, params }) => {
    parseRuleExpression(rule.RuleExpression);
    if (!state.tables.userGroups.has(params.buyerID ?? '', rule.ApprovingGroupID)) {
      throw apiErrors.notFound('UserGroup', rule.ApprovingGroupID);
    }
  },
});
