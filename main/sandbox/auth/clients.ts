import { sameId } from '../ids';
import type { ApiClient } from '../store/model';
import type { Party } from '../store/parties';
import type { SandboxState } from '../store/state';

function assignedTo(
  state: SandboxState,
  client: ApiClient,
  field: 'BuyerID' | 'SupplierID',
  companyID: string,
) {
  return state.tables.apiClientAssignments
    .list('')
    .some(
      (assignment) =>
        sameId(assignment.ApiClientID, client.ID) && sameId(assignment[field], companyID),
    );
}

/** Whether this party may sign in through this API client (AllowSeller/AllowAny*, or assigned). */
export function clientServes(state: SandboxState, client: ApiClient, party: Party): boolean {
  switch (party.userType) {
    case 'admin':
      return client.AllowSeller;
    case 'buyer':
      return client.AllowAnyBuyer || assignedTo(state, client, 'BuyerID', party.companyID);
    case 'supplier':
      return client.AllowAnySupplier || assignedTo(state, client, 'SupplierID', party.companyID);
  }
}

export function activeClient(
  state: SandboxState,
  clientID: string | undefined,
): ApiClient | undefined {
  const client = clientID ? state.tables.apiClients.get('', clientID) : undefined;
  return client?.Active ? client : undefined;
}

/** Whether the user's company (a buyer or supplier) is active; the seller always is. */
export function companyActive(state: SandboxState, party: Party): boolean {
  if (party.userType === 'admin') return true;
  const table = party.userType === 'buyer' ? state.tables.buyers : state.tables.suppliers;
  return table.get('', party.companyID)?.Active ?? false;
}
