// Catalogs, which buyers see them, and which products are in them.
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { Catalog } from '../store/model';
import { assignmentHandlers, reference } from './assignments';
import type { HandlerMap } from './context';
import { crud, verbs } from './crud';

export const catalogHandlers: HandlerMap = {
  ...crud<Catalog>({
    objectType: 'Catalog',
    idParam: 'catalogID',
    table: (state) => state.tables.catalogs,
    allow: ['admin'],
    operations: verbs('Catalogs'),
    created: ({ state }) => ({ OwnerID: state.seller.ID, Active: true }),
    beforeDelete: (catalog, { state }) => {
      if (
        state.tables.buyers.list('').some((buyer) => sameId(buyer.DefaultCatalogID, catalog.ID))
      ) {
        throw apiErrors.rule(
          400,
          'Catalog.CannotDelete',
          'This catalog is a default catalog for one or more buyers and cannot currently be deleted.',
        );
      }
    },
    afterDelete: (catalog, { state }) => {
      const { tables } = state;
      for (const table of [
        tables.categories,
        tables.categoryAssignments,
        tables.categoryProductAssignments,
      ]) {
        table.deleteScope(catalog.ID);
      }
      for (const table of [tables.catalogAssignments, tables.catalogProductAssignments]) {
        table.deleteWhere((assignment) => sameId(assignment.CatalogID, catalog.ID));
      }
    },
    view: (catalog, { state }) => ({
      ...catalog,
      CategoryCount: state.tables.categories.list(catalog.ID).length,
    }),
  }),
  ...assignmentHandlers({
    table: 'catalogAssignments',
    objectType: 'CatalogAssignment',
    params: { CatalogID: 'catalogID', BuyerID: 'buyerID' },
    settings: ['ViewAllCategories', 'ViewAllProducts'],
    references: {
      CatalogID: reference('Catalog', (state) => state.tables.catalogs),
      BuyerID: reference('Buyer', (state) => state.tables.buyers),
    },
    allow: ['admin'],
    operations: {
      list: 'Catalogs.ListAssignments',
      save: 'Catalogs.SaveAssignment',
      delete: ['Catalogs.DeleteAssignment'],
    },
    // Left out, both settings take the most inclusive value, as on a buyer's default catalog.
    beforeSave: (assignment) => {
      assignment.ViewAllCategories ??= true;
      assignment.ViewAllProducts ??= true;
    },
  }),
  ...assignmentHandlers({
    table: 'catalogProductAssignments',
    objectType: 'ProductCatalogAssignment',
    params: { CatalogID: 'catalogID', ProductID: 'productID' },
    references: {
      CatalogID: reference('Catalog', (state) => state.tables.catalogs),
      ProductID: reference('Product', (state) => state.tables.products),
    },
    allow: ['admin'],
    operations: {
      list: 'Catalogs.ListProductAssignments',
      save: 'Catalogs.SaveProductAssignment',
      delete: ['Catalogs.DeleteProductAssignment'],
    },
  }),
};
