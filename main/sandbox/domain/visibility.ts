// What a buyer user sees through Me: catalogs assigned to its buyer, the categories and
// products in them, each product priced for the user (learn_product-catalogs_*.mdx).
import { groupIDsOf } from '../auth/roles';
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { Catalog, Category, PriceSchedule, Product } from '../store/model';
import type { Party } from '../store/parties';
import type { Assignment, SandboxState } from '../store/state';
import { subtree } from './category-tree';

/** A buyer user as far as visibility and pricing care: its buyer and its groups. */
export interface Shopper {
  buyerID: string;
  userID: string;
  groupIDs: string[];
}

export function shopperOf(state: SandboxState, party: Party): Shopper | undefined {
  if (party.userType !== 'buyer') return undefined;
  return { buyerID: party.companyID, userID: party.user.ID, groupIDs: groupIDsOf(state, party) };
}

/** Whether an assignment to a buyer (and perhaps one of its groups) reaches this shopper. */
function reaches(assignment: Assignment, shopper: Shopper): boolean {
  if (!sameId(assignment.BuyerID, shopper.buyerID)) return false;
  return (
    !assignment.UserGroupID ||
    shopper.groupIDs.some((group) => sameId(group, assignment.UserGroupID))
  );
}

export interface VisibleCatalog {
  catalog: Catalog;
  viewAllCategories: boolean;
  viewAllProducts: boolean;
}

export function visibleCatalogs(state: SandboxState, shopper: Shopper): VisibleCatalog[] {
  return state.tables.catalogAssignments.list('').flatMap((assignment) => {
    const catalog = state.tables.catalogs.get('', String(assignment.CatalogID));
    if (!catalog?.Active || !sameId(assignment.BuyerID, shopper.buyerID)) return [];
    return [
      {
        catalog,
        viewAllCategories: assignment.ViewAllCategories !== false,
        viewAllProducts: assignment.ViewAllProducts !== false,
      },
    ];
  });
}

/** The shopper's price: a group-level assignment beats a buyer-level one, which beats the default. */
export function priceScheduleFor(
  state: SandboxState,
  shopper: Shopper | undefined,
  product: Product,
) {
  const assignments = shopper
    ? state.tables.productAssignments
        .list('')
        .filter(
          (assignment) => sameId(assignment.ProductID, product.ID) && reaches(assignment, shopper),
        )
        .filter((assignment) => assignment.PriceScheduleID)
    : [];
  const chosen =
    assignments.find((assignment) => assignment.UserGroupID) ??
    assignments.find((assignment) => !assignment.UserGroupID);
  const id = (chosen?.PriceScheduleID as string | undefined) ?? product.DefaultPriceScheduleID;
  const schedule: PriceSchedule | undefined = id
    ? state.tables.priceSchedules.get('', id)
    : undefined;
  return schedule?.PriceBreaks.length ? schedule : undefined;
}

function categoryVisible(
  state: SandboxState,
  shopper: Shopper,
  seen: VisibleCatalog,
  category: Category,
): boolean {
  const categories = state.tables.categories.list(seen.catalog.ID);
  let current: Category | undefined = category;
  let visible: boolean | undefined;
  const walked = new Set<Category>();
  while (current && !walked.has(current)) {
    walked.add(current);
    if (!current.Active) return false;
    const own = state.tables.categoryAssignments
      .list(seen.catalog.ID)
      .filter(
        (assignment) => sameId(assignment.CategoryID, current!.ID) && reaches(assignment, shopper),
      );
    const explicit = (own.find((assignment) => assignment.UserGroupID) ?? own[0])?.Visible;
    if (visible === undefined && typeof explicit === 'boolean') visible = explicit;
    const parentID: string | null = current.ParentID;
    current = parentID ? categories.find((candidate) => sameId(candidate.ID, parentID)) : undefined;
  }
  return visible ?? seen.viewAllCategories;
}

export function visibleCategories(
  state: SandboxState,
  shopper: Shopper,
  seen: VisibleCatalog,
): Category[] {
  return state.tables.categories
    .list(seen.catalog.ID)
    .filter((category) => categoryVisible(state, shopper, seen, category));
}

export interface ProductQuery {
  catalogID?: string;
  categoryID?: string;
  depth?: number;
}

/** The shopper's catalogs, narrowed to one when asked (404 when it is not theirs). */
export function catalogsFor(
  state: SandboxState,
  shopper: Shopper,
  catalogID?: string,
): VisibleCatalog[] {
  const catalogs = visibleCatalogs(state, shopper);
  if (!catalogID) return catalogs;
  const wanted = catalogs.filter((seen) => sameId(seen.catalog.ID, catalogID));
  if (!wanted.length) throw apiErrors.notFound('Catalog', catalogID);
  return wanted;
}

function productIDsIn(
  state: SandboxState,
  shopper: Shopper,
  seen: VisibleCatalog,
  query: ProductQuery,
) {
  const inCatalog = state.tables.catalogProductAssignments
    .list('')
    .filter((assignment) => sameId(assignment.CatalogID, seen.catalog.ID))
    .map((assignment) => String(assignment.ProductID));
  if (!query.categoryID) return inCatalog;
  const categories = visibleCategories(state, shopper, seen);
  const under = subtree(categories, query.categoryID, query.depth);
  return state.tables.categoryProductAssignments
    .list(seen.catalog.ID)
    .filter((assignment) => under.some((category) => sameId(category.ID, assignment.CategoryID)))
    .map((assignment) => String(assignment.ProductID));
}

function assignedToShopper(state: SandboxState, shopper: Shopper, productID: string): boolean {
  return state.tables.productAssignments
    .list('')
    .some((assignment) => sameId(assignment.ProductID, productID) && reaches(assignment, shopper));
}

export interface VisibleProduct {
  product: Product;
  schedule: PriceSchedule;
}

/** Active, priced products in the shopper's catalogs (ViewAllProducts, or assigned to them). */
export function visibleProducts(
  state: SandboxState,
  shopper: Shopper,
  query: ProductQuery = {},
): VisibleProduct[] {
  const found = new Map<string, VisibleProduct>();
  for (const seen of catalogsFor(state, shopper, query.catalogID)) {
    for (const productID of productIDsIn(state, shopper, seen, query)) {
      if (found.has(productID.toLowerCase())) continue;
      const product = state.tables.products.get('', productID);
      if (!product?.Active) continue;
      if (!seen.viewAllProducts && !assignedToShopper(state, shopper, product.ID)) continue;
      const schedule = priceScheduleFor(state, shopper, product);
      if (schedule) found.set(productID.toLowerCase(), { product, schedule });
    }
  }
  return [...found.values()];
}

export function visibleProduct(
  state: SandboxState,
  shopper: Shopper,
  productID: string,
): VisibleProduct {
  const match = visibleProducts(state, shopper).find((entry) =>
    sameId(entry.product.ID, productID),
  );
  if (!match) throw apiErrors.notFound('Product', productID);
  return match;
}
