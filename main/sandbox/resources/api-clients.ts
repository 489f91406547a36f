// API clients (documents_api-clients.mdx): who may sign in through them, how, and for how long.
import { randomUUID } from 'node:crypto';
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { ApiClient } from '../store/model';
import { findPartyByUsername } from '../store/parties';
import { assignmentHandlers, reference } from './assignments';
import type { HandlerMap } from './context';
import { crud, verbs } from './crud';

export const apiClientHandlers: HandlerMap = {
  ...crud<ApiClient>({
    objectType: 'ApiClient',
    idParam: 'apiClientID',
    table: (state) => state.tables.apiClients,
    allow: ['admin'],
    operations: verbs('ApiClients'),
    generateId: () => randomUUID().toUpperCase(),
    created: () => ({
      Active: true,
      RefreshTokenDuration: 0,
      AllowAnyBuyer: false,
      AllowAnySupplier: false,
      AllowSeller: false,
      IsAnonBuyer: false,
    }),
    beforeWrite: (client, _previous, { state }) => {
      if (client.AccessTokenDuration < 10 || client.AccessTokenDuration > 600) {
        throw apiErrors.invalidRequest('AccessTokenDuration must be between 10 and 600 minutes.', {
          Field: 'AccessTokenDuration',
        });
      }
      if (!client.DefaultContextUserName) return;
      const party = findPartyByUsername(state, client.DefaultContextUserName);
      if (!party || party.developer)
        throw apiErrors.notFound('User', client.DefaultContextUserName);
      if (client.IsAnonBuyer && party.userType !== 'buyer') {
        throw apiErrors.invalidRequest(
          'The default context user of an anonymous-buyer client must be a buyer user.',
          {
            Field: 'DefaultContextUserName',
          },
        );
      }
    },
    afterDelete: (client, { state }) => {
      state.tables.apiClientAssignments.deleteWhere((assignment) =>
        sameId(assignment.ApiClientID, client.ID),
      );
      for (const [key, grant] of state.refreshTokens) {
        if (sameId(grant.ClientID, client.ID)) state.refreshTokens.delete(key);
      }
    },
    view: (client, { state }) => {
      const assignments = state.tables.apiClientAssignments
        .list('')
        .filter((assignment) => sameId(assignment.ApiClientID, client.ID));
      return {
        ...client,
        AssignedBuyerCount: assignments.filter((assignment) => assignment.BuyerID).length,
        AssignedSupplierCount: assignments.filter((assignment) => assignment.SupplierID).length,
      };
    },
  }),
  ...assignmentHandlers({
    table: 'apiClientAssignments',
    objectType: 'ApiClientAssignment',
    params: { ApiClientID: 'apiClientID', BuyerID: 'buyerID', SupplierID: 'supplierID' },
    references: {
      ApiClientID: reference('ApiClient', (state) => state.tables.apiClients),
      BuyerID: reference('Buyer', (state) => state.tables.buyers),
      SupplierID: reference('Supplier', (state) => state.tables.suppliers),
    },
    allow: ['admin'],
    operations: {
      list: 'ApiClients.ListAssignments',
      save: 'ApiClients.SaveAssignment',
      delete: ['ApiClients.DeleteBuyerAssignment', 'ApiClients.DeleteSupplierAssignment'],
    },
    beforeSave: (assignment) => {
      if (!assignment.ApiClientID) throw apiErrors.requiredField('ApiClientID');
      if (Boolean(assignment.BuyerID) === Boolean(assignment.SupplierID)) {
        throw apiErrors.rule(
          400,
          'PartyAssignment.CannotSpecifyBuyerAndSupplier',
          'Provide either a BuyerID or a SupplierID, not both and not neither.',
        );
      }
    },
  }),
};
