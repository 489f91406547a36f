// Shipments and the line item quantities they carry.
import { refreshShipped, saveShipmentItem, shippableOrder } from '../domain/shipping';
import { apiErrors } from '../http/errors';
import { sameId } from '../ids';
import type { Shipment, ShipmentItem } from '../store/model';
import type { SandboxState } from '../store/state';
import { param, queryParam, type HandlerContext, type HandlerMap } from './context';
import { crud, verbs } from './crud';
import { listFrom } from './listing';

const SHIPPERS = ['admin', 'supplier'] as const;

/** Each company sees the shipments it sends. */
function ownShipment(context: HandlerContext): Shipment {
  const id = param(context, 'shipmentID');
  const shipment = context.state.tables.shipments.get('', id);
  if (!shipment || !sameId(shipment.OwnerID, context.caller.party.companyID))
    throw apiErrors.notFound('Shipment', id);
  return shipment;
}

function refreshOrdersOf(state: SandboxState, items: ShipmentItem[], now: number): void {
  for (const orderID of new Set(items.map((item) => item.OrderID))) {
    const order = state.tables.orders.get('', orderID);
    if (order) refreshShipped(state, order, now);
  }
}

const shipments = crud<Shipment>({
  objectType: 'Shipment',
  idParam: 'shipmentID',
  table: (state) => state.tables.shipments,
  allow: SHIPPERS,
  operations: verbs('Shipments', ['Create', 'Save', 'Patch', 'Delete']),
  created: (context) => ({ OwnerID: context.caller.party.companyID }),
  beforeWrite: (shipment, previous, context) => {
    if (previous && !sameId(previous.OwnerID, context.caller.party.companyID)) {
      throw apiErrors.notFound('Shipment', shipment.ID);
    }
  },
  beforeDelete: (_shipment, context) => void ownShipment(context),
  afterDelete: (shipment, { state, now }) => {
    const items = state.tables.shipmentItems.list(shipment.ID);
    state.tables.shipmentItems.deleteScope(shipment.ID);
    refreshOrdersOf(state, items, now);
  },
});

export const shipmentHandlers: HandlerMap = {
  ...shipments,
  'Shipments.List': {
    allow: SHIPPERS,
    handle: (context) => {
      const { state, caller } = context;
      const orderID = queryParam(context, 'orderID');
      const list = state.tables.shipments
        .list('')
        .filter((shipment) => sameId(shipment.OwnerID, caller.party.companyID))
        .filter(
          (shipment) =>
            !orderID ||
            state.tables.shipmentItems
              .list(shipment.ID)
              .some((item) => sameId(item.OrderID, orderID)),
        );
      return listFrom(context, list);
    },
  },
  'Shipments.Get': { allow: SHIPPERS, handle: ownShipment },
  'Shipments.ListItems': {
    allow: SHIPPERS,
    handle: (context) =>
      listFrom(context, context.state.tables.shipmentItems.list(ownShipment(context).ID)),
  },
  'Shipments.GetItem': {
    allow: SHIPPERS,
    handle: (context) => {
      const shipment = ownShipment(context);
      const key = `${param(context, 'orderID')}|${param(context, 'lineItemID')}`;
      const item = context.state.tables.shipmentItems.get(shipment.ID, key);
      if (!item) throw apiErrors.notFound('ShipmentItem', key);
      return item;
    },
  },
  'Shipments.SaveItem': {
    allow: SHIPPERS,
    handle: (context) => {
      const shipment = ownShipment(context);
      const body = context.body ?? {};
      const order = shippableOrder(context, String(body.OrderID));
      return saveShipmentItem(
        context,
        shipment,
        order,
        String(body.LineItemID),
        Number(body.QuantityShipped),
      );
    },
  },
  'Shipments.DeleteItem': {
    allow: SHIPPERS,
    handle: (context) => {
      const shipment = ownShipment(context);
      const key = `${param(context, 'orderID')}|${param(context, 'lineItemID')}`;
      const item = context.state.tables.shipmentItems.get(shipment.ID, key);
      if (!item) throw apiErrors.notFound('ShipmentItem', key);
      context.state.tables.shipmentItems.delete(shipment.ID, key);
      refreshOrdersOf(context.state, [item], context.now);
      return undefined;
    },
  },
};
