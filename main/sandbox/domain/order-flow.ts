// Orders flow from one company to another (documents_orders.mdx): Outgoing for the party that
// places them, Incoming for the one that receives them (or must approve them).
import type { Caller } from '../auth/caller';
import { holdsAny } from '../auth/roles';
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { Order, User } from '../store/model';
import { findParty } from '../store/parties';
import type { SandboxState } from '../store/state';
import { priceLine } from './pricing';
import { priceScheduleFor, shopperOf, type Shopper } from './visibility';

export type Direction = 'Incoming' | 'Outgoing' | 'All';

export function parseDirection(text: string): Direction {
  const direction = ['Incoming', 'Outgoing', 'All'].find(
    (name) => name.toLowerCase() === text.toLowerCase(),
  );
  if (!direction) {
    throw apiErrors.invalidRequest(`direction must be Incoming or Outgoing, not "${text}".`, {
      Field: 'direction',
    });
  }
  return direction as Direction;
}

const COMPANY_WIDE_ROLES = ['FullAccess', 'OrderAdmin', 'OrderReader'];

export function pendingApprovalsFor(state: SandboxState, caller: Caller, order: Order) {
  return state.tables.orderApprovals
    .list(order.ID)
    .filter(
      (approval) =>
        approval.Status === 'Pending' &&
        (caller.party.userType === 'admin' ||
          caller.groupIDs.some((group) => sameId(group, approval.ApprovingGroupID))),
    );
}

function isOutgoingFor(caller: Caller, order: Order): boolean {
  if (caller.anonymousOrderID) return sameId(order.ID, caller.anonymousOrderID);
  if (!sameId(order.FromCompanyID, caller.party.companyID)) return false;
  return (
    caller.party.userType !== 'buyer' ||
    sameId(order.FromUserID, caller.party.user.ID) ||
    holdsAny(caller.roles, COMPANY_WIDE_ROLES)
  );
}

function isIncomingFor(state: SandboxState, caller: Caller, order: Order): boolean {
  if (caller.anonymousOrderID) return false;
  if (caller.party.userType !== 'buyer') return sameId(order.ToCompanyID, caller.party.companyID);
  // A buyer user receives an order only to approve it.
  return (
    order.Status === 'AwaitingApproval' &&
    sameId(order.FromCompanyID, caller.party.companyID) &&
    pendingApprovalsFor(state, caller, order).length > 0
  );
}

export function seesOrder(
  state: SandboxState,
  caller: Caller,
  order: Order,
  direction: Direction,
): boolean {
  if (direction === 'Outgoing') return isOutgoingFor(caller, order);
  if (direction === 'Incoming') return isIncomingFor(state, caller, order);
  return isOutgoingFor(caller, order) || isIncomingFor(state, caller, order);
}

export function ordersSeen(state: SandboxState, caller: Caller, direction: Direction): Order[] {
  return state.tables.orders.list('').filter((order) => seesOrder(state, caller, order, direction));
}

/** The order, when this caller sees it in this direction; otherwise NotFound, as if absent. */
export function findOrder(
  state: SandboxState,
  caller: Caller,
  direction: Direction,
  orderID: string,
): Order {
  const order = state.tables.orders.get('', orderID);
  if (!order || !seesOrder(state, caller, order, direction))
    throw apiErrors.notFound('Order', orderID);
  return order;
}

/** The buyer user an order is placed by, for visibility and pricing; none for seller orders. */
export function shopperForOrder(state: SandboxState, order: Order): Shopper | undefined {
  const party = findParty(state, 'buyer', order.FromCompanyID, order.FromUserID);
  return party && shopperOf(state, party);
}

export function userSummary(user: User): User {
  return { ...user, Password: null };
}

/** Reprices cumulative-quantity lines and recomputes the order's count and totals. */
export function recalculate(state: SandboxState, order: Order): void {
  const lines = state.tables.lineItems.list(order.ID);
  const shopper = shopperForOrder(state, order);
  for (const line of lines) {
    const product = state.tables.products.get('', line.ProductID);
    const schedule = product && priceScheduleFor(state, shopper, product);
    if (!product || !schedule?.UseCumulativeQuantity) continue;
    const cumulative = lines
      .filter((other) => sameId(other.ProductID, line.ProductID))
      .reduce((sum, other) => sum + other.Quantity, 0);
    Object.assign(line, priceLine(state, product, schedule, line.Quantity, line.Specs, cumulative));
  }
  const subtotal = lines.reduce((sum, line) => sum + line.LineSubtotal, 0);
  order.LineItemCount = lines.length;
  order.Subtotal = Math.round(subtotal * 100) / 100;
  order.Total =
    Math.round(
      (order.Subtotal + order.ShippingCost + order.TaxCost - order.PromotionDiscount) * 100,
    ) / 100;
}
