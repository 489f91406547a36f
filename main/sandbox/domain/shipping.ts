// Shipments carry quantities of an order's line items; an order whose lines have all shipped
// is Completed (learn_order-fulfillment_shipping-an-order.mdx).
import { apiErrors } from '../http/errors';
import { isoDate, newId, sameId } from '../ids';
import type { LineItem, Order, Shipment, ShipmentItem } from '../store/model';
import type { SandboxState } from '../store/state';
import type { HandlerContext } from '../resources/context';
import { findOrder } from './order-flow';

function shippedQuantity(
  state: SandboxState,
  line: LineItem,
  orderID: string,
  exceptShipmentID?: string,
): number {
  let total = 0;
  for (const [shipmentID, item] of state.tables.shipmentItems.entries()) {
    if (exceptShipmentID && sameId(shipmentID, exceptShipmentID)) continue;
    if (sameId(item.OrderID, orderID) && sameId(item.LineItemID, line.ID))
      total += item.QuantityShipped;
  }
  return total;
}

/** Brings each line's QuantityShipped up to date and completes the order once all has shipped. */
export function refreshShipped(state: SandboxState, order: Order, now: number): void {
  const lines = state.tables.lineItems.list(order.ID);
  for (const line of lines) line.QuantityShipped = shippedQuantity(state, line, order.ID);
  const allShipped =
    lines.length > 0 && lines.every((line) => line.QuantityShipped >= line.Quantity);
  if (allShipped && order.Status === 'Open') {
    Object.assign(order, { Status: 'Completed', DateCompleted: isoDate(now) });
  }
}

/** The order behind a shipment item, which must be one the caller receives and has submitted. */
export function shippableOrder(context: HandlerContext, orderID: string): Order {
  const order = findOrder(context.state, context.caller, 'Incoming', orderID);
  if (!order.IsSubmitted || ['Canceled', 'Declined', 'AwaitingApproval'].includes(order.Status)) {
    throw apiErrors.rule(
      400,
      'Order.CannotShipBadStatus',
      'Cannot ship order with this status. Order status must be Open.',
      {
        Status: order.Status,
      },
    );
  }
  return order;
}

export function saveShipmentItem(
  context: HandlerContext,
  shipment: Shipment,
  order: Order,
  lineItemID: string,
  quantity: number,
): ShipmentItem {
  const { state } = context;
  const line = state.tables.lineItems.get(order.ID, lineItemID);
  if (!line) throw apiErrors.notFound('LineItem', lineItemID);
  if (quantity < 1)
    throw apiErrors.invalidRequest('QuantityShipped must be at least 1.', {
      Field: 'QuantityShipped',
    });
  if (shippedQuantity(state, line, order.ID, shipment.ID) + quantity > line.Quantity) {
    throw apiErrors.rule(
      400,
      'ShipmentItem.QuantityExceeded',
      'The quantity shipped cannot exceed the requested amount on the order.',
      {
        Quantity: line.Quantity,
        AlreadyShipped: shippedQuantity(state, line, order.ID, shipment.ID),
      },
    );
  }
  const item: ShipmentItem = {
    OrderID: order.ID,
    LineItemID: line.ID,
    QuantityShipped: quantity,
    UnitPrice: line.UnitPrice,
    CostCenter: (line.CostCenter as string | null) ?? null,
    DateNeeded: (line.DateNeeded as string | null) ?? null,
    Product: line.Product,
    Variant: null,
    Specs: line.Specs,
    xp: line.xp,
  };
  state.tables.shipmentItems.put(shipment.ID, item);
  shipment.BuyerID ??= order.FromCompanyID;
  refreshShipped(state, order, context.now);
  return item;
}

/** Orders.Ship: one shipment with everything not yet shipped. */
export function shipEverything(context: HandlerContext, order: Order): Shipment {
  const { state, body = {} } = context;
  const shipment: Shipment = {
    ID: typeof body.ID === 'string' ? body.ID : newId(),
    BuyerID: order.FromCompanyID,
    Shipper: (body.Shipper as string | null) ?? null,
    DateShipped: (body.DateShipped as string | null) ?? isoDate(context.now),
    DateDelivered: null,
    TrackingNumber: (body.TrackingNumber as string | null) ?? null,
    Cost: (body.Cost as number | null) ?? null,
    xp: (body.xp as Shipment['xp']) ?? null,
    Account: null,
    FromAddressID: null,
    ToAddressID: null,
    OwnerID: order.ToCompanyID,
  };
  if (state.tables.shipments.has('', shipment.ID))
    throw apiErrors.idExists('Shipment', shipment.ID);
  state.tables.shipments.put('', shipment);
  for (const line of state.tables.lineItems.list(order.ID)) {
    const remaining = line.Quantity - shippedQuantity(state, line, order.ID);
    if (remaining > 0) saveShipmentItem(context, shipment, order, line.ID, remaining);
  }
  return shipment;
}
