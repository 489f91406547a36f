// Orders in both directions, and their lifecycle: submit, approve or decline, cancel, complete, ship.
import type { Caller } from '../auth/caller';
import { holdsAny } from '../auth/roles';
import { ruleMatches } from '../domain/approval-rules';
import {
  findOrder,
  ordersSeen,
  parseDirection,
  pendingApprovalsFor,
  recalculate,
  userSummary,
} from '../domain/order-flow';
import { shipEverything } from '../domain/shipping';
import { apiErrors } from '../http/errors';
import { isoDate, newId, sameId } from '../ids';
import type { Address, Order, OrderStatus } from '../store/model';
import { findParty, partyKey, type Party } from '../store/parties';
import type { SandboxState } from '../store/state';
import { EVERYONE, handlers, param, queryParam, type HandlerContext } from './context';
import { mergePatch, replaceRecord } from './crud';
import { listFrom } from './listing';

function orderIn(context: HandlerContext): Order {
  const direction = parseDirection(param(context, 'direction'));
  return findOrder(context.state, context.caller, direction, param(context, 'orderID'));
}

/** An address the order's buyer may use: one of the buyer's, or the user's own. */
function addressFor(state: SandboxState, from: Party, addressID: string): Address {
  const address =
    state.tables.addresses.get(from.companyID, addressID) ??
    state.tables.personalAddresses.get(partyKey(from), addressID);
  if (!address) throw apiErrors.notFound('Address', addressID);
  return address;
}

function assertOverrides(caller: Caller, order: Partial<Order>, next: Partial<Order>): void {
  const overrides = [
    ['ShippingCost', 'OverrideShipping', 'Order.OverrideShippingPermission'],
    ['TaxCost', 'OverrideTax', 'Order.OverrideTaxPermission'],
  ] as const;
  for (const [field, role, errorCode] of overrides) {
    const changed =
      next[field] !== undefined && next[field] !== null && next[field] !== (order[field] ?? 0);
    if (changed && !holdsAny(caller.roles, ['FullAccess', role])) {
      throw apiErrors.rule(403, errorCode, `User must have the ${role} role to change ${field}.`);
    }
  }
}

/** Applies the writable fields of a Save or Patch; who placed the order never changes. */
function applyUpdate(context: HandlerContext, order: Order, next: Order): Order {
  assertOverrides(context.caller, order, next);
  const from = findParty(context.state, 'buyer', order.FromCompanyID, order.FromUserID);
  const updated: Order = {
    ...next,
    ID: order.ID,
    FromCompanyID: order.FromCompanyID,
    ToCompanyID: order.ToCompanyID,
    FromUserID: order.FromUserID,
    ShippingCost: next.ShippingCost ?? 0,
    TaxCost: next.TaxCost ?? 0,
  };
  updated.BillingAddress =
    updated.BillingAddressID && from
      ? addressFor(context.state, from, updated.BillingAddressID)
      : null;
  recalculate(context.state, updated);
  context.state.tables.orders.put('', updated);
  return updated;
}

/** Who the new order is from and to, by who creates it and in which direction. */
function parties(context: HandlerContext, direction: string): { from: Party; toCompanyID: string } {
  const { state, caller, body } = context;
  const sellerID = state.seller.ID;
  if (direction === 'Incoming' && caller.party.userType === 'admin') {
    const buyerID = body?.FromCompanyID as string | undefined;
    const userID = body?.FromUserID as string | undefined;
    const from = buyerID && userID ? findParty(state, 'buyer', buyerID, userID) : undefined;
    if (!from) {
      throw apiErrors.rule(
        400,
        'Order.CreateIncomingRequiresFromUser',
        'To create an incoming order, you must provide both FromCompanyID and FromUserID.',
      );
    }
    return { from, toCompanyID: sellerID };
  }
  if (direction !== 'Outgoing' || caller.party.userType === 'supplier') {
    throw apiErrors.invalidRequest(
      'Buyer users create Outgoing orders; the seller creates Outgoing orders to suppliers or Incoming ones on behalf of a buyer user.',
    );
  }
  const toCompanyID = (body?.ToCompanyID as string | undefined) ?? sellerID;
  const supplier = state.tables.suppliers.get('', toCompanyID);
  if (caller.party.userType === 'admin' && !supplier) {
    throw apiErrors.invalidRequest(
      "The seller's Outgoing orders go to a supplier: set ToCompanyID to a supplier's ID.",
      { Field: 'ToCompanyID' },
    );
  }
  if (!supplier && !sameId(toCompanyID, sellerID))
    throw apiErrors.notFound('Supplier', toCompanyID);
  return { from: caller.party, toCompanyID: supplier?.ID ?? sellerID };
}

function createOrder(context: HandlerContext): Order {
  const { state, caller, body = {} } = context;
  const direction = parseDirection(param(context, 'direction'));
  const { from, toCompanyID } = parties(context, direction);
  const id = caller.anonymousOrderID ?? (typeof body.ID === 'string' ? body.ID : newId());
  if (state.tables.orders.has('', id)) throw apiErrors.idExists('Order', id);
  assertOverrides(caller, {}, body as Partial<Order>);
  const billingID = (body.BillingAddressID as string | null) ?? null;
  const order: Order = {
    ID: id,
    FromUser: userSummary(from.user),
    FromCompanyID: from.companyID,
    ToCompanyID: toCompanyID,
    FromUserID: from.user.ID,
    BillingAddressID: billingID,
    BillingAddress: billingID ? addressFor(state, from, billingID) : null,
    ShippingAddressID: (body.ShippingAddressID as string | null) ?? null,
    Comments: (body.Comments as string | null) ?? null,
    LineItemCount: 0,
    Status: 'Unsubmitted',
    DateCreated: isoDate(context.now),
    DateSubmitted: null,
    DateApproved: null,
    DateDeclined: null,
    DateCanceled: null,
    DateCompleted: null,
    LastUpdated: isoDate(context.now),
    Subtotal: 0,
    ShippingCost: (body.ShippingCost as number | null) ?? 0,
    TaxCost: (body.TaxCost as number | null) ?? 0,
    PromotionDiscount: 0,
    Total: 0,
    IsSubmitted: false,
    xp: (body.xp as Order['xp']) ?? null,
  };
  recalculate(state, order);
  return state.tables.orders.put('', order);
}

function requireStatus(
  order: Order,
  allowed: OrderStatus[],
  errorCode: string,
  message: string,
): void {
  if (!allowed.includes(order.Status))
    throw apiErrors.rule(400, errorCode, message, { Status: order.Status });
}

function submit(context: HandlerContext, order: Order): void {
  const { state, now } = context;
  requireStatus(
    order,
    ['Unsubmitted', 'Declined'],
    'Order.CannotSubmitBadStatus',
    'Cannot submit order with this status. Order status must be Unsubmitted.',
  );
  if (
    order.Status === 'Declined' &&
    !state.tables.orderApprovals.list(order.ID).some((approval) => approval.AllowResubmit)
  ) {
    throw apiErrors.rule(
      400,
      'Order.CannotSubmitBadStatus',
      'This declined order may not be resubmitted.',
    );
  }
  if (order.LineItemCount === 0) {
    throw apiErrors.rule(
      400,
      'Order.CannotSubmitWithNoLineItems',
      'Cannot submit an order without any line items.',
    );
  }
  state.tables.orderApprovals.deleteScope(order.ID);
  const rules = state.tables.approvalRules
    .list(order.FromCompanyID)
    .filter((rule) => ruleMatches(rule.RuleExpression, order));
  for (const rule of rules) {
    state.tables.orderApprovals.put(order.ID, {
      ApprovalRuleID: rule.ID,
      ApprovingGroupID: rule.ApprovingGroupID,
      Status: 'Pending',
      AllowResubmit: false,
      DateCreated: isoDate(now),
      DateCompleted: null,
      Approver: null,
      Comments: null,
    });
  }
  Object.assign(order, {
    Status: rules.length ? 'AwaitingApproval' : 'Open',
    IsSubmitted: true,
    DateSubmitted: isoDate(now),
  });
}

function decide(context: HandlerContext, order: Order, decision: 'Approved' | 'Declined'): void {
  requireStatus(
    order,
    ['AwaitingApproval'],
    'Order.MustBeAwaitingApproval',
    'Cannot process order with given status. Order status must be AwaitingApproval.',
  );
  const pending = pendingApprovalsFor(context.state, context.caller, order);
  if (!pending.length)
    throw apiErrors.rule(
      403,
      'Order.NotEligibleToApprove',
      'You are not eligible to approve this order.',
    );
  const now = isoDate(context.now);
  for (const approval of pending) {
    Object.assign(approval, {
      Status: decision,
      Approver: userSummary(context.caller.party.user),
      Comments: (context.body?.Comments as string | null) ?? null,
      AllowResubmit: decision === 'Declined' && context.body?.AllowResubmit === true,
      DateCompleted: now,
    });
  }
  if (decision === 'Declined') Object.assign(order, { Status: 'Declined', DateDeclined: now });
  else if (
    !context.state.tables.orderApprovals
      .list(order.ID)
      .some((approval) => approval.Status === 'Pending')
  ) {
    Object.assign(order, { Status: 'Open', DateApproved: now });
  }
}

/** An action on one order: checks and changes it, and answers with the order. */
function action(change: (context: HandlerContext, order: Order) => void) {
  return (context: HandlerContext) => {
    const order = orderIn(context);
    change(context, order);
    order.LastUpdated = isoDate(context.now);
    return order;
  };
}

export const orderHandlers = handlers(EVERYONE, {
  'Orders.List': (context) => {
    const direction = parseDirection(param(context, 'direction'));
    const [buyerID, supplierID] = [
      queryParam(context, 'buyerID'),
      queryParam(context, 'supplierID'),
    ];
    const [from, to] = [queryParam(context, 'from'), queryParam(context, 'to')];
    const orders = ordersSeen(context.state, context.caller, direction).filter(
      (order) =>
        (!buyerID || sameId(order.FromCompanyID, buyerID)) &&
        (!supplierID || sameId(order.ToCompanyID, supplierID)) &&
        (!from || Date.parse(order.DateCreated) >= Date.parse(from)) &&
        (!to || Date.parse(order.DateCreated) <= Date.parse(to)),
    );
    return listFrom(context, orders);
  },
  'Orders.Get': (context) => orderIn(context),
  'Orders.Create': createOrder,
  'Orders.Save': (context) => {
    const order = orderIn(context);
    return applyUpdate(context, order, replaceRecord(order, context));
  },
  'Orders.Patch': (context) => {
    const order = orderIn(context);
    return applyUpdate(context, order, mergePatch(order, context.body ?? {}) as Order);
  },
  'Orders.Delete': (context) => {
    const order = orderIn(context);
    if (context.caller.party.userType !== 'admin') {
      requireStatus(
        order,
        ['Unsubmitted'],
        'Order.CannotDeleteBadStatus',
        'Only an unsubmitted order can be deleted.',
      );
    }
    const { tables } = context.state;
    tables.orders.delete('', order.ID);
    tables.lineItems.deleteScope(order.ID);
    tables.orderApprovals.deleteScope(order.ID);
    return undefined;
  },
  'Orders.ListApprovals': (context) =>
    listFrom(context, context.state.tables.orderApprovals.list(orderIn(context).ID)),
  'Orders.Submit': action(submit),
  'Orders.Approve': action((context, order) => decide(context, order, 'Approved')),
  'Orders.Decline': action((context, order) => decide(context, order, 'Declined')),
  'Orders.Cancel': action((context, order) => {
    requireStatus(
      order,
      ['Unsubmitted', 'AwaitingApproval', 'Declined'],
      'Order.CannotCancelInCurrentStatus',
      'Cannot cancel an order with the status of Open, Completed or Canceled.',
    );
    Object.assign(order, { Status: 'Canceled', DateCanceled: isoDate(context.now) });
  }),
  'Orders.Complete': action((context, order) => {
    requireStatus(
      order,
      ['Open'],
      'Order.CannotCompleteBadStatus',
      'Cannot complete an order with this status. Order status must be Open.',
    );
    Object.assign(order, { Status: 'Completed', DateCompleted: isoDate(context.now) });
  }),
  'Orders.Ship': action((context, order) => {
    requireStatus(
      order,
      ['Open'],
      'Order.CannotShipBadStatus',
      'Cannot ship order with this status. Order status must be Open.',
    );
    if (order.LineItemCount === 0) {
      throw apiErrors.rule(
        400,
        'Order.CannotShipWithNoLineItems',
        'Cannot ship an order without any line items.',
      );
    }
    shipEverything(context, order);
  }),
});
