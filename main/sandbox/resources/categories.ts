// A catalog's categories, who sees them, and the products filed under them.
import { assertValidParent, levelOf, parseDepth, subtree } from '../domain/category-tree';
import { sameId } from '../ids';
import type { Category } from '../store/model';
import { assignmentHandlers, reference } from './assignments';
import { queryParam, type HandlerMap } from './context';
import { crud, verbs } from './crud';

const catalogScope = {
  param: 'catalogID',
  ...reference('Catalog', (state) => state.tables.catalogs),
};

export const categoryHandlers: HandlerMap = {
  ...crud<Category>({
    objectType: 'Category',
    idParam: 'categoryID',
    table: (state) => state.tables.categories,
    parent: { param: 'catalogID', objectType: 'Catalog', table: (state) => state.tables.catalogs },
    allow: ['admin'],
    operations: verbs('Categories'),
    created: () => ({ Active: true, ListOrder: 0 }),
    beforeWrite: (category, _previous, { state, params }) => {
      const others = state.tables.categories
        .list(params.catalogID ?? '')
        .filter((other) => !sameId(other.ID, category.ID));
      assertValidParent([...others, category], category);
    },
    afterDelete: (category, { state, params }) => {
      const catalogID = params.catalogID ?? '';
      const { tables } = state;
      const removed = subtree([...tables.categories.list(catalogID), category], category.ID);
      for (const gone of removed) tables.categories.delete(catalogID, gone.ID);
      for (const table of [tables.categoryAssignments, tables.categoryProductAssignments]) {
        table.deleteWhere(
          (assignment, scope) =>
            sameId(scope, catalogID) &&
            removed.some((gone) => sameId(gone.ID, assignment.CategoryID)),
        );
      }
    },
    // Without a depth (or a ParentID filter), a category list shows the top level only.
    narrow: (categories, context) => {
      if (queryParam(context, 'ParentID') !== undefined) return categories;
      const depth = parseDepth(queryParam(context, 'depth'), 1);
      return categories.filter((category) => levelOf(categories, category) <= depth);
    },
    view: (category, { state, params }) => ({
      ...category,
      ChildCount: state.tables.categories
        .list(params.catalogID ?? '')
        .filter((child) => sameId(child.ParentID, category.ID)).length,
    }),
  }),
  ...assignmentHandlers({
    table: 'categoryAssignments',
    objectType: 'CategoryAssignment',
    scope: catalogScope,
    params: { CategoryID: 'categoryID', BuyerID: 'buyerID', UserGroupID: 'userGroupID' },
    settings: ['Visible', 'ViewAllProducts'],
    references: {
      CategoryID: reference('Category', (state) => state.tables.categories, true),
      BuyerID: reference('Buyer', (state) => state.tables.buyers),
    },
    allow: ['admin'],
    operations: {
      list: 'Categories.ListAssignments',
      save: 'Categories.SaveAssignment',
      delete: ['Categories.DeleteAssignment'],
    },
  }),
  ...assignmentHandlers({
    table: 'categoryProductAssignments',
    objectType: 'CategoryProductAssignment',
    scope: catalogScope,
    params: { CategoryID: 'categoryID', ProductID: 'productID' },
    settings: ['ListOrder'],
    references: {
      CategoryID: reference('Category', (state) => state.tables.categories, true),
      ProductID: reference('Product', (state) => state.tables.products),
    },
    allow: ['admin'],
    operations: {
      list: 'Categories.ListProductAssignments',
      save: 'Categories.SaveProductAssignment',
      delete: ['Categories.DeleteProductAssignment'],
    },
    // Filing a product under a category puts it in the category's catalog, as OrderCloud does.
    afterSave: (assignment, { state, params }) => {
      const catalog = state.tables.catalogs.get('', params.catalogID ?? '');
      if (catalog) {
        state.tables.catalogProductAssignments.put('', {
          CatalogID: catalog.ID,
          ProductID: assignment.ProductID ?? null,
        });
      }
    },
  }),
};
