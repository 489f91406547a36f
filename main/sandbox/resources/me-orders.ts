// Me and my orders: what I placed, what waits for my approval, and what was shipped to me.
import { pendingApprovalsFor } from '../domain/order-flow';
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { Order } from '../store/model';
import { handlers, param, queryParam, type HandlerContext } from './context';
import { listFrom } from './listing';
import { BUYERS_ONLY } from './me';

function withinDates(context: HandlerContext, orders: Order[]): Order[] {
  const [from, to] = [queryParam(context, 'from'), queryParam(context, 'to')];
  return orders.filter(
    (order) =>
      (!from || Date.parse(order.DateCreated) >= Date.parse(from)) &&
      (!to || Date.parse(order.DateCreated) <= Date.parse(to)),
  );
}

/** Orders this user placed; an anonymous shopper has just the one its token names. */
function myOrders(context: HandlerContext): Order[] {
  const { state, caller } = context;
  return state.tables.orders
    .list('')
    .filter((order) =>
      caller.anonymousOrderID
        ? sameId(order.ID, caller.anonymousOrderID)
        : sameId(order.FromCompanyID, caller.party.companyID) &&
          sameId(order.FromUserID, caller.party.user.ID),
    );
}

function myShipments(context: HandlerContext) {
  const { state } = context;
  const orderIDs = myOrders(context).map((order) => order.ID);
  const mine = (orderID: string) => orderIDs.some((id) => sameId(id, orderID));
  return state.tables.shipments
    .list('')
    .filter((shipment) =>
      state.tables.shipmentItems.list(shipment.ID).some((item) => mine(item.OrderID)),
    );
}

function myShipment(context: HandlerContext) {
  const id = param(context, 'shipmentID');
  const shipment = myShipments(context).find((candidate) => sameId(candidate.ID, id));
  if (!shipment) throw apiErrors.notFound('Shipment', id);
  return shipment;
}

export const meOrderHandlers = handlers(BUYERS_ONLY, {
  'Me.ListOrders': (context) => listFrom(context, withinDates(context, myOrders(context))),
  'Me.ListApprovableOrders': (context) => {
    const { state, caller } = context;
    const approvable = state.tables.orders
      .list('')
      .filter(
        (order) =>
          order.Status === 'AwaitingApproval' &&
          sameId(order.FromCompanyID, caller.party.companyID) &&
          pendingApprovalsFor(state, caller, order).length > 0,
      );
    return listFrom(context, withinDates(context, approvable));
  },
  'Me.ListShipments': (context) => {
    const orderID = queryParam(context, 'orderID');
    const shipments = myShipments(context).filter(
      (shipment) =>
        !orderID ||
        context.state.tables.shipmentItems
          .list(shipment.ID)
          .some((item) => sameId(item.OrderID, orderID)),
    );
    return listFrom(context, shipments);
  },
  'Me.GetShipment': myShipment,
  'Me.ListShipmentItems': (context) =>
    listFrom(context, context.state.tables.shipmentItems.list(myShipment(context).ID)),
});
