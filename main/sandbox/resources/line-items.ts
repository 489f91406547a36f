// Line items, priced from the price schedule the order's buyer user gets (price breaks and spec
// markups included), as learn_buyer-perspective_adding-line-items.mdx shows.
import { holdsAny } from '../auth/roles';
import { findOrder, parseDirection, recalculate, shopperForOrder } from '../domain/order-flow';
import { assertQuantityAllowed, priceLine } from '../domain/pricing';
import { priceScheduleFor, visibleProduct } from '../domain/visibility';
import { apiErrors } from '../http/errors';
import { isoDate, newId, sameId } from '../ids';
import type { LineItem, LineItemSpec, Order, PriceSchedule, Product } from '../store/model';
import type { JsonObject } from '../spec/request-body';
import { EVERYONE, handlers, param, type HandlerContext } from './context';
import { mergePatch } from './crud';
import { listFrom } from './listing';

const WRITABLE = [
  'CostCenter',
  'DateNeeded',
  'ShippingAccount',
  'ShippingAddressID',
  'ShipFromAddressID',
  'xp',
];

/** The order, which must still take changes to its lines from this caller. */
function editableOrder(context: HandlerContext): Order {
  const direction = parseDirection(param(context, 'direction'));
  const order = findOrder(context.state, context.caller, direction, param(context, 'orderID'));
  const editable =
    context.caller.party.userType === 'admin'
      ? ['Unsubmitted', 'AwaitingApproval', 'Open']
      : ['Unsubmitted'];
  if (!editable.includes(order.Status)) {
    throw apiErrors.rule(
      400,
      'Order.CannotModifyInCurrentStatus',
      `The line items of a ${order.Status} order cannot be changed.`,
      {
        Status: order.Status,
      },
    );
  }
  return order;
}

function readableOrder(context: HandlerContext): Order {
  const direction = parseDirection(param(context, 'direction'));
  return findOrder(context.state, context.caller, direction, param(context, 'orderID'));
}

function findLine(context: HandlerContext, order: Order): LineItem {
  const id = param(context, 'lineItemID');
  const line = context.state.tables.lineItems.get(order.ID, id);
  if (!line) throw apiErrors.notFound('LineItem', id);
  return line;
}

/** The product as the order's buyer user may buy it, with its price schedule. */
function purchasable(
  context: HandlerContext,
  order: Order,
  productID: string,
): { product: Product; schedule: PriceSchedule } {
  const { state } = context;
  const shopper = shopperForOrder(state, order);
  if (shopper) return visibleProduct(state, shopper, productID);
  const product = state.tables.products.get('', productID);
  if (!product) throw apiErrors.notFound('Product', productID);
  const schedule = priceScheduleFor(state, undefined, product);
  if (!schedule) {
    throw apiErrors.rule(
      400,
      'PriceSchedule.MissingOrConflicting',
      'You cannot add this Product to this Order: it has no price schedule.',
    );
  }
  return { product, schedule };
}

function buildLine(
  context: HandlerContext,
  order: Order,
  fields: JsonObject,
  previous?: LineItem,
): LineItem {
  const { state, caller } = context;
  const { product, schedule } = purchasable(context, order, String(fields.ProductID));
  const quantity = Number(fields.Quantity);
  assertQuantityAllowed(schedule, quantity);
  const others = state.tables.lineItems.list(order.ID).filter((line) => line.ID !== previous?.ID);
  const cumulative = schedule.UseCumulativeQuantity
    ? others
        .filter((line) => sameId(line.ProductID, product.ID))
        .reduce((sum, line) => sum + line.Quantity, quantity)
    : quantity;
  const price = priceLine(
    state,
    product,
    schedule,
    quantity,
    (fields.Specs as LineItemSpec[] | null) ?? [],
    cumulative,
  );
  const requestedPrice = fields.UnitPrice as number | null | undefined;
  if (typeof requestedPrice === 'number' && requestedPrice !== price.UnitPrice) {
    if (!holdsAny(caller.roles, ['FullAccess', 'OverrideUnitPrice'])) {
      throw apiErrors.insufficientRoles(['FullAccess', 'OverrideUnitPrice'], caller.roles);
    }
    price.UnitPrice = requestedPrice;
    price.LineSubtotal = price.LineTotal = Math.round(requestedPrice * quantity * 100) / 100;
  }
  return {
    ID: previous?.ID ?? (typeof fields.ID === 'string' ? fields.ID : newId()),
    ProductID: product.ID,
    Quantity: quantity,
    DateAdded: previous?.DateAdded ?? isoDate(context.now),
    QuantityShipped: previous?.QuantityShipped ?? 0,
    UnitPrice: price.UnitPrice,
    PromotionDiscount: 0,
    LineTotal: price.LineTotal,
    LineSubtotal: price.LineSubtotal,
    ...Object.fromEntries(WRITABLE.map((name) => [name, fields[name] ?? null])),
    Product: {
      ID: product.ID,
      Name: product.Name,
      Description: product.Description,
      QuantityMultiplier: product.QuantityMultiplier,
      ShipWeight: product.ShipWeight ?? null,
      ShipHeight: product.ShipHeight ?? null,
      ShipWidth: product.ShipWidth ?? null,
      ShipLength: product.ShipLength ?? null,
      xp: product.xp,
    },
    Variant: null,
    ShippingAddress: null,
    ShipFromAddress: null,
    SupplierID: (product.DefaultSupplierID as string | null) ?? null,
    Specs: price.Specs,
    xp: (fields.xp as LineItem['xp']) ?? null,
  };
}

function store(context: HandlerContext, order: Order, line: LineItem): LineItem {
  context.state.tables.lineItems.put(order.ID, line);
  recalculate(context.state, order);
  order.LastUpdated = isoDate(context.now);
  return line;
}

function update(context: HandlerContext, merge: (previous: LineItem) => JsonObject): LineItem {
  const order = editableOrder(context);
  const previous = findLine(context, order);
  const fields = merge(previous);
  if (!sameId(fields.ProductID, previous.ProductID)) {
    throw apiErrors.rule(
      400,
      'LineItem.CannotChangeProductID',
      'Cannot change the Product ID of an existing Line Item.',
    );
  }
  return store(context, order, buildLine(context, order, fields, previous));
}

export const lineItemHandlers = handlers(EVERYONE, {
  'LineItems.List': (context) =>
    listFrom(context, context.state.tables.lineItems.list(readableOrder(context).ID)),
  'LineItems.Get': (context) => findLine(context, readableOrder(context)),
  'LineItems.Create': (context) => {
    const order = editableOrder(context);
    const fields = context.body ?? {};
    if (typeof fields.ID === 'string' && context.state.tables.lineItems.has(order.ID, fields.ID)) {
      throw apiErrors.idExists('LineItem', fields.ID);
    }
    return store(context, order, buildLine(context, order, fields));
  },
  'LineItems.Save': (context) =>
    update(context, (previous) => ({ ProductID: previous.ProductID, ...context.body })),
  'LineItems.Patch': (context) =>
    update(context, (previous) => {
      const writable = Object.fromEntries(
        ['ProductID', 'Quantity', 'Specs', ...WRITABLE].map((name) => [name, previous[name]]),
      );
      return mergePatch(writable, context.body ?? {});
    }),
  'LineItems.Delete': (context) => {
    const order = editableOrder(context);
    const line = findLine(context, order);
    context.state.tables.lineItems.delete(order.ID, line.ID);
    recalculate(context.state, order);
    return undefined;
  },
});
