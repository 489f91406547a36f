// Me and my catalog: what a buyer user can see and buy, flattened (learn_buyer-perspective_viewing-products.mdx).
import { levelOf, parseDepth } from '../domain/category-tree';
import {
  catalogsFor,
  shopperOf,
  visibleCategories,
  visibleProduct,
  visibleProducts,
  type Shopper,
  type VisibleProduct,
} from '../domain/visibility';
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { Category } from '../store/model';
import type { SandboxState } from '../store/state';
import { handlers, param, queryParam, type HandlerContext } from './context';
import { listFrom } from './listing';
import { BUYERS_ONLY } from './me';

function shopper(context: HandlerContext): Shopper {
  const found = shopperOf(context.state, context.caller.party);
  if (!found) throw new Error('Me catalog handlers serve buyer users only.');
  return found;
}

/** BuyerProduct: the product as a buyer sees it, its price schedule attached. */
function buyerProduct(state: SandboxState, { product, schedule }: VisibleProduct) {
  const {
    OwnerID: _owner,
    DefaultPriceScheduleID: _schedule,
    AutoForward: _forward,
    ...shown
  } = product;
  const specCount = state.tables.specProductAssignments
    .list('')
    .filter((assignment) => sameId(assignment.ProductID, product.ID)).length;
  return { PriceSchedule: schedule, ...shown, SpecCount: specCount, VariantCount: 0 };
}

function myCategories(context: HandlerContext, catalogID?: string) {
  const { state } = context;
  const me = shopper(context);
  return catalogsFor(state, me, catalogID).flatMap((seen) => {
    const all = state.tables.categories.list(seen.catalog.ID);
    const childCount = (category: Category) =>
      all.filter((child) => sameId(child.ParentID, category.ID)).length;
    return visibleCategories(state, me, seen).map((category) => ({
      category: { ...category, ChildCount: childCount(category) },
      level: levelOf(all, category),
      catalogID: seen.catalog.ID,
    }));
  });
}

function mySpecs(context: HandlerContext) {
  const { state } = context;
  const { product } = visibleProduct(state, shopper(context), param(context, 'productID'));
  return state.tables.specProductAssignments
    .list('')
    .filter((assignment) => sameId(assignment.ProductID, product.ID))
    .flatMap((assignment) => {
      const spec = state.tables.specs.get('', String(assignment.SpecID));
      if (!spec) return [];
      const options = state.tables.specOptions.list(spec.ID);
      return [
        {
          ...spec,
          DefaultOptionID: assignment.DefaultOptionID ?? spec.DefaultOptionID,
          Options: options,
        },
      ];
    });
}

export const meCatalogHandlers = handlers(BUYERS_ONLY, {
  'Me.ListCatalogs': (context) => {
    const catalogs = catalogsFor(context.state, shopper(context)).map(({ catalog }) => ({
      ...catalog,
      CategoryCount: context.state.tables.categories.list(catalog.ID).length,
    }));
    return listFrom(context, catalogs);
  },
  'Me.GetCatalog': (context) => {
    const [seen] = catalogsFor(context.state, shopper(context), param(context, 'catalogID'));
    return {
      ...seen!.catalog,
      CategoryCount: context.state.tables.categories.list(seen!.catalog.ID).length,
    };
  },
  'Me.ListCategories': (context) => {
    const depth = parseDepth(queryParam(context, 'depth'), 1);
    const productID = queryParam(context, 'productID');
    const filed = (catalogID: string, category: Category) =>
      context.state.tables.categoryProductAssignments
        .list(catalogID)
        .some(
          (assignment) =>
            sameId(assignment.CategoryID, category.ID) && sameId(assignment.ProductID, productID),
        );
    const categories = myCategories(context, queryParam(context, 'catalogID'))
      .filter((entry) =>
        productID ? filed(entry.catalogID, entry.category) : entry.level <= depth,
      )
      .map((entry) => entry.category);
    return listFrom(context, categories);
  },
  'Me.GetCategory': (context) => {
    const id = param(context, 'categoryID');
    const found = myCategories(context, queryParam(context, 'catalogID')).find((entry) =>
      sameId(entry.category.ID, id),
    );
    if (!found) throw apiErrors.notFound('Category', id);
    return found.category;
  },
  'Me.ListProducts': (context) => {
    const products = visibleProducts(context.state, shopper(context), {
      catalogID: queryParam(context, 'catalogID') || undefined,
      categoryID: queryParam(context, 'categoryID') || undefined,
      depth: parseDepth(queryParam(context, 'depth'), Infinity),
    });
    return listFrom(
      context,
      products.map((entry) => buyerProduct(context.state, entry)),
    );
  },
  'Me.GetProduct': (context) =>
    buyerProduct(
      context.state,
      visibleProduct(context.state, shopper(context), param(context, 'productID')),
    ),
  'Me.ListSpecs': (context) => listFrom(context, mySpecs(context)),
  'Me.GetSpec': (context) => {
    const id = param(context, 'specID');
    const spec = mySpecs(context).find((candidate) => sameId(candidate.ID, id));
    if (!spec) throw apiErrors.notFound('Spec', id);
    return spec;
  },
});
