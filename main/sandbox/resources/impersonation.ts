// Impersonation (documents_impersonation.mdx): configs say who may act as whom through which
// client; POST .../users/{userID}/accesstoken hands out the impersonated user's token.
import type { Caller } from '../auth/caller';
import { activeClient, clientServes } from '../auth/clients';
import { assignedRoles, grantRoles, groupIDsOf, type AssignedRoles } from '../auth/roles';
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { ApiClient, ImpersonationConfig } from '../store/model';
import { findParty, type Party } from '../store/parties';
import type { SandboxState } from '../store/state';
import { param, type HandlerContext, type HandlerMap } from './context';
import { crud, verbs } from './crud';

/** Whether the config names the caller as one who may impersonate. */
function namesImpersonator(config: ImpersonationConfig, caller: Caller): boolean {
  const { party } = caller;
  if (config.ImpersonationBuyerID) {
    if (party.userType !== 'buyer' || !sameId(config.ImpersonationBuyerID, party.companyID))
      return false;
  } else if (party.userType !== 'admin') {
    return false;
  }
  if (config.ImpersonationUserID && !sameId(config.ImpersonationUserID, party.user.ID))
    return false;
  if (
    config.ImpersonationGroupID &&
    !caller.groupIDs.some((group) => sameId(group, config.ImpersonationGroupID))
  ) {
    return false;
  }
  return true;
}

/**
 * Whether the config names the user to impersonate. This API version's configs name buyers
 * only, so for the supplier twin the sandbox reads BuyerID as the impersonated user's company.
 */
function namesImpersonatee(
  state: SandboxState,
  config: ImpersonationConfig,
  target: Party,
): boolean {
  if (!sameId(config.BuyerID, target.companyID)) return false;
  if (config.UserID && !sameId(config.UserID, target.user.ID)) return false;
  if (config.GroupID && !groupIDsOf(state, target).some((group) => sameId(group, config.GroupID)))
    return false;
  return true;
}

function matchingConfig(
  context: HandlerContext,
  target: Party,
  client: ApiClient,
): ImpersonationConfig | undefined {
  const { caller, state } = context;
  // A buyer user may only impersonate within its own company.
  if (caller.party.userType !== 'admin' && !sameId(caller.party.companyID, target.companyID))
    return undefined;
  return state.tables.impersonationConfigs
    .list('')
    .find(
      (config) =>
        (!config.ClientID || sameId(config.ClientID, client.ID)) &&
        namesImpersonator(config, caller) &&
        namesImpersonatee(state, config, target),
    );
}

function impersonationToken(userType: 'buyer' | 'supplier', companyParam: string) {
  return (context: HandlerContext) => {
    const { state, body } = context;
    const companyID = param(context, companyParam);
    const target = findParty(state, userType, companyID, param(context, 'userID'));
    if (!target) throw apiErrors.notFound('User', param(context, 'userID'));
    const client = activeClient(
      state,
      typeof body?.ClientID === 'string' ? body.ClientID : undefined,
    );
    if (!client || !clientServes(state, client, target)) {
      throw apiErrors.rule(
        404,
        'Impersonation.ClientIDNotFound',
        'Client ID not found or you do not have access to it.',
      );
    }
    const config = matchingConfig(context, target, client);
    if (!config) {
      throw apiErrors.rule(
        403,
        'Impersonation.NotAllowed',
        `No impersonation config lets ${context.caller.party.user.Username} impersonate ${target.user.Username} through this API Client.`,
        { UserID: target.user.ID, ClientID: client.ID },
      );
    }
    if (!target.user.Active) throw apiErrors.rule(400, 'Auth.UserNotActive', 'User is not active.');
    const profile = config.SecurityProfileID
      ? state.tables.securityProfiles.get('', config.SecurityProfileID)
      : undefined;
    const available: AssignedRoles = profile
      ? { roles: profile.Roles, customRoles: profile.CustomRoles }
      : assignedRoles(state, target);
    const requested = [
      ...((body?.Roles as string[] | null) ?? []),
      ...((body?.CustomRoles as string[] | null) ?? []),
    ];
    const roles = grantRoles(requested, available, context.spec.apiRoles);
    return context.issuer.issue({
      party: target,
      client,
      roles,
      impersonatorID: context.caller.party.user.ID,
    });
  };
}

export const impersonationHandlers: HandlerMap = {
  ...crud<ImpersonationConfig>({
    objectType: 'ImpersonationConfig',
    idParam: 'impersonationConfigID',
    table: (state) => state.tables.impersonationConfigs,
    allow: ['admin'],
    operations: verbs('ImpersonationConfigs'),
    beforeWrite: (config, _previous, { state }) => {
      const references: Array<
        [string, string | null, { has(scope: string, id: string): boolean }]
      > = [
        ['SecurityProfile', config.SecurityProfileID, state.tables.securityProfiles],
        ['ApiClient', config.ClientID, state.tables.apiClients],
      ];
      for (const [objectType, id, table] of references) {
        if (id && !table.has('', id)) throw apiErrors.notFound(objectType, id);
      }
      const company = config.BuyerID ?? '';
      if (!state.tables.buyers.has('', company) && !state.tables.suppliers.has('', company)) {
        throw apiErrors.notFound('Buyer', company);
      }
    },
  }),
  'Users.GetAccessToken': {
    allow: ['admin', 'buyer'],
    handle: impersonationToken('buyer', 'buyerID'),
  },
  'SupplierUsers.GetAccessToken': {
    allow: ['admin', 'supplier'],
    handle: impersonationToken('supplier', 'supplierID'),
  },
};
