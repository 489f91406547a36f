// Products, and the assignments that price them for a buyer or a user group.
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { Product } from '../store/model';
import { assignmentHandlers, reference } from './assignments';
import type { HandlerMap } from './context';
import { crud, verbs } from './crud';

export const productHandlers: HandlerMap = {
  ...crud<Product>({
    objectType: 'Product',
    idParam: 'productID',
    table: (state) => state.tables.products,
    allow: ['admin'],
    operations: verbs('Products'),
    created: ({ state }) => ({ OwnerID: state.seller.ID, AutoForward: false }),
    beforeWrite: (product, _previous, { state }) => {
      const scheduleID = product.DefaultPriceScheduleID;
      if (scheduleID && !state.tables.priceSchedules.has('', scheduleID)) {
        throw apiErrors.notFound('PriceSchedule', scheduleID);
      }
      const supplierID = product.DefaultSupplierID as string | null;
      if (supplierID && !state.tables.suppliers.has('', supplierID))
        throw apiErrors.notFound('Supplier', supplierID);
    },
    afterDelete: (product, { state }) => {
      const { tables } = state;
      for (const table of [
        tables.catalogProductAssignments,
        tables.categoryProductAssignments,
        tables.productAssignments,
        tables.specProductAssignments,
      ]) {
        table.deleteWhere((assignment) => sameId(assignment.ProductID, product.ID));
      }
    },
    view: (product, { state }) => ({
      ...product,
      SpecCount: state.tables.specProductAssignments
        .list('')
        .filter((assignment) => sameId(assignment.ProductID, product.ID)).length,
      VariantCount: 0,
    }),
  }),
  ...assignmentHandlers({
    table: 'productAssignments',
    objectType: 'ProductAssignment',
    params: {
      ProductID: 'productID',
      BuyerID: 'buyerID',
      UserGroupID: 'userGroupID',
      PriceScheduleID: 'priceScheduleID',
    },
    settings: ['PriceScheduleID'],
    references: {
      ProductID: reference('Product', (state) => state.tables.products),
      BuyerID: reference('Buyer', (state) => state.tables.buyers),
      PriceScheduleID: reference('PriceSchedule', (state) => state.tables.priceSchedules),
    },
    allow: ['admin'],
    operations: {
      list: 'Products.ListAssignments',
      save: 'Products.SaveAssignment',
      delete: ['Products.DeleteAssignment'],
    },
    beforeSave: (assignment, { state }) => {
      const groupID = assignment.UserGroupID as string | null;
      if (groupID && !state.tables.userGroups.has(String(assignment.BuyerID), groupID)) {
        throw apiErrors.notFound('UserGroup', groupID);
      }
    },
  }),
};
