// Buyers and suppliers: the organizations around the seller.
import { apiErrors } from '../http/errors';
import { newId, sameId } from '../ids';
import type { Buyer, Company } from '../store/model';
import type { SandboxState } from '../store/state';
import type { HandlerMap } from './context';
import { crud, verbs } from './crud';

/** Every trace of a company's users and assignments goes with it; its orders stay on record. */
function forgetCompany(
  state: SandboxState,
  field: 'BuyerID' | 'SupplierID',
  companyID: string,
): void {
  const { tables } = state;
  const scoped =
    field === 'BuyerID'
      ? [
          tables.users,
          tables.userGroups,
          tables.addresses,
          tables.approvalRules,
          tables.userGroupAssignments,
          tables.addressAssignments,
        ]
      : [tables.supplierUsers];
  for (const table of scoped) table.deleteScope(companyID);
  for (const table of [
    tables.catalogAssignments,
    tables.productAssignments,
    tables.securityProfileAssignments,
    tables.apiClientAssignments,
  ]) {
    table.deleteWhere((assignment) => sameId(assignment[field], companyID));
  }
  const prefix = `${field === 'BuyerID' ? 'buyer' : 'supplier'}/${companyID}/`.toLowerCase();
  for (const key of [...state.passwords.keys()])
    if (key.startsWith(prefix)) state.passwords.delete(key);
}

/** A buyer sees its default catalog with everything in it (learn_product-catalogs_default-buyer-catalog.mdx). */
function assignDefaultCatalog(state: SandboxState, buyer: Buyer): void {
  if (!buyer.DefaultCatalogID) return;
  const key = `${buyer.DefaultCatalogID}|${buyer.ID}`;
  if (state.tables.catalogAssignments.has('', key)) return;
  state.tables.catalogAssignments.put('', {
    CatalogID: buyer.DefaultCatalogID,
    BuyerID: buyer.ID,
    ViewAllCategories: true,
    ViewAllProducts: true,
  });
}

const buyers = crud<Buyer>({
  objectType: 'Buyer',
  idParam: 'buyerID',
  table: (state) => state.tables.buyers,
  allow: ['admin'],
  operations: verbs('Buyers'),
  beforeWrite: (buyer, previous, { state }) => {
    if (buyer.DefaultCatalogID) {
      if (!state.tables.catalogs.has('', buyer.DefaultCatalogID)) {
        throw apiErrors.notFound('Catalog', buyer.DefaultCatalogID);
      }
      return;
    }
    if (previous) return;
    // A new buyer gets its own catalog, with the buyer's ID when that is free.
    const id = state.tables.catalogs.has('', buyer.ID) ? newId() : buyer.ID;
    state.tables.catalogs.put('', {
      ID: id,
      OwnerID: state.seller.ID,
      Name: buyer.Name,
      Description: `Default catalog for ${buyer.Name}`,
      Active: true,
      xp: null,
    });
    buyer.DefaultCatalogID = id;
  },
  afterWrite: (buyer, _previous, { state }) => assignDefaultCatalog(state, buyer),
  afterDelete: (buyer, { state }) => forgetCompany(state, 'BuyerID', buyer.ID),
});

const suppliers = crud<Company>({
  objectType: 'Supplier',
  idParam: 'supplierID',
  table: (state) => state.tables.suppliers,
  allow: ['admin'],
  operations: verbs('Suppliers'),
  afterDelete: (supplier, { state }) => forgetCompany(state, 'SupplierID', supplier.ID),
});

export const companyHandlers: HandlerMap = { ...buyers, ...suppliers };
