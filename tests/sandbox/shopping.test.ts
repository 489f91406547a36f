// The buyer perspective and the seller perspective of the same marketplace: what a buyer sees
// and pays through Me, and orders flowing from Outgoing to Incoming.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/index';
import { api, claimsOf, errorCode, login, requestToken, SHOPPER_SCOPE, type Json } from './support';

let sandbox: SandboxHandle;
let dana: string; // buyer01, Summit, purchasing lead
let sam: string; // buyer02, Summit
let priya: string; // buyer03, Lakeside
let admin: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  [dana, sam, priya, admin] = await Promise.all([
    login(sandbox, 'buyer01', SHOPPER_SCOPE),
    login(sandbox, 'buyer02', SHOPPER_SCOPE),
    login(sandbox, 'buyer03', SHOPPER_SCOPE),
    login(sandbox, 'admin01'),
  ]);
});
afterAll(() => sandbox.close());

const ids = (page: Json): string[] => page.Items.map((item: Json) => item.ID);

async function newOrder(token: string, lines: Array<Record<string, unknown>>): Promise<Json> {
  const order = await api(sandbox, 'POST', '/orders/Outgoing', { token, body: {} });
  expect(order.status).toBe(201);
  for (const line of lines) {
    const created = await api(sandbox, 'POST', `/orders/Outgoing/${order.body.ID}/lineitems`, {
      token,
      body: line,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  }
  return (await api(sandbox, 'GET', `/orders/Outgoing/${order.body.ID}`, { token })).body;
}

describe('what a buyer user sees through Me', () => {
  it('shows products in its buyer catalogs that are active and priced for it', async () => {
    const summit = await api(sandbox, 'GET', '/me/products?pageSize=100', { token: sam });
    expect(summit.body.Meta).toMatchObject({ Facets: [], TotalCount: 47 });
    expect(ids(summit.body)).toContain('summit-branded-hardhat');
    for (const hidden of [
      'pallet-jack-5500',
      'legacy-dust-mask',
      'custom-safety-signage',
      'exam-table-paper',
    ]) {
      expect(ids(summit.body)).not.toContain(hidden);
    }
    const lakeside = await api(sandbox, 'GET', '/me/products?pageSize=100', { token: priya });
    expect(lakeside.body.Meta.TotalCount).toBe(46);
    expect(
      (await api(sandbox, 'GET', '/me/products/summit-branded-hardhat', { token: priya })).status,
    ).toBe(404);
  });

  it('attaches the price schedule that applies to the buyer', async () => {
    const summit = await api(sandbox, 'GET', '/me/products/nitrile-exam-gloves', { token: sam });
    expect(summit.body.PriceSchedule).toMatchObject({
      ID: 'nitrile-exam-gloves-price',
      PriceBreaks: [
        { Quantity: 1, Price: 12.99 },
        { Quantity: 10, Price: 11.49 },
        { Quantity: 50, Price: 9.99 },
      ],
    });
    expect(summit.body).not.toHaveProperty('OwnerID');
    const lakeside = await api(sandbox, 'GET', '/me/products/nitrile-exam-gloves', {
      token: priya,
    });
    expect(lakeside.body.PriceSchedule.ID).toBe('nitrile-exam-gloves-lakeside');
  });

  it('browses catalogs, nested categories and the products under them', async () => {
    const catalogs = await api(sandbox, 'GET', '/me/catalogs', { token: sam });
    expect(ids(catalogs.body).sort()).toEqual(['cascade-core', 'summit-facilities']);
    const roots = await api(sandbox, 'GET', '/me/categories?catalogID=cascade-core', {
      token: sam,
    });
    expect(ids(roots.body)).toEqual(['safety', 'janitorial', 'packaging', 'tools', 'office']);
    const safety = await api(
      sandbox,
      'GET',
      '/me/products?catalogID=cascade-core&categoryID=safety&pageSize=100',
      { token: sam },
    );
    expect(safety.body.Meta.TotalCount).toBe(11);
    const gloves = await api(
      sandbox,
      'GET',
      '/me/products?catalogID=cascade-core&categoryID=gloves&sortBy=!Name',
      { token: sam },
    );
    expect(ids(gloves.body)).toEqual([
      'nitrile-exam-gloves',
      'leather-driver-gloves',
      'cut-resistant-gloves',
    ]);
    const specs = await api(sandbox, 'GET', '/me/products/nitrile-exam-gloves/specs', {
      token: sam,
    });
    expect(specs.body.Items[0]).toMatchObject({
      ID: 'glove-size',
      Options: expect.arrayContaining([expect.objectContaining({ ID: 'xl', PriceMarkup: 0.5 })]),
    });
  });

  it('lists the addresses and groups assigned to the user, and keeps personal addresses', async () => {
    const addresses = await api(sandbox, 'GET', '/me/addresses', { token: sam });
    expect(addresses.body.Items).toEqual([
      expect.objectContaining({ ID: 'summit-hq', Billing: true, Shipping: false, Editable: false }),
      expect.objectContaining({
        ID: 'summit-dc-denver',
        Billing: false,
        Shipping: true,
        Editable: false,
      }),
    ]);
    const created = await api(sandbox, 'POST', '/me/addresses', {
      token: sam,
      body: {
        AddressName: 'Site 14',
        Street1: '90 Ash St',
        City: 'Aurora',
        State: 'CO',
        Zip: '80010',
        Country: 'US',
      },
    });
    expect(created.body).toMatchObject({ Editable: true, City: 'Aurora' });
    expect((await api(sandbox, 'GET', '/me/addresses', { token: dana })).body.Items).toHaveLength(
      2,
    );
    const groups = await api(sandbox, 'GET', '/me/usergroups', { token: sam });
    expect(ids(groups.body)).toEqual(['facilities-techs']);
  });

  it('lets the user change its own profile: PATCH merges, PUT replaces', async () => {
    const patched = await api(sandbox, 'PATCH', '/me', {
      token: sam,
      body: { Phone: '303-555-0199', xp: { Shift: 'Night' } },
    });
    expect(patched.body).toMatchObject({
      Phone: '303-555-0199',
      xp: { Title: 'Facilities Technician', CostCenter: 'FAC-210', Shift: 'Night' },
    });
    const replaced = await api(sandbox, 'PUT', '/me', {
      token: sam,
      body: {
        Username: 'buyer02',
        FirstName: 'Samuel',
        LastName: 'Okafor',
        Email: 'sam.okafor@summitfacilities.example',
        Active: true,
      },
    });
    expect(replaced.body).toMatchObject({
      FirstName: 'Samuel',
      Phone: null,
      xp: null,
      Buyer: { ID: 'summit-facilities' },
    });
    expect(
      errorCode(await api(sandbox, 'PATCH', '/me', { token: sam, body: { Username: 'admin01' } })),
    ).toBe('User.UsernameMustBeUnique');
  });

  it('is for buyer users only', async () => {
    const seller = await api(sandbox, 'GET', '/me/products', {
      token: await login(sandbox, 'admin01', 'Shopper MeAdmin FullAccess'),
    });
    expect(seller.status).toBe(403);
    expect(
      (await api(sandbox, 'GET', '/me/products', { token: admin })).body.Errors[0].ErrorCode,
    ).toBe('InsufficientRoles');
  });
});

describe('pricing line items', () => {
  it('applies price breaks, and counts the same product across lines when the schedule says so', async () => {
    const order = await newOrder(sam, [
      {
        ProductID: 'nitrile-exam-gloves',
        Quantity: 12,
        Specs: [{ SpecID: 'glove-size', OptionID: 'm' }],
      },
    ]);
    expect(order).toMatchObject({ LineItemCount: 1, Subtotal: 137.88, Total: 137.88 });
    const xl = await api(sandbox, 'POST', `/orders/Outgoing/${order.ID}/lineitems`, {
      token: sam,
      body: {
        ProductID: 'nitrile-exam-gloves',
        Quantity: 40,
        Specs: [{ SpecID: 'glove-size', OptionID: 'xl' }],
      },
    });
    expect(xl.body).toMatchObject({
      UnitPrice: 10.49,
      LineTotal: 419.6,
      Specs: [{ SpecID: 'glove-size', Name: 'Glove Size', OptionID: 'xl', Value: 'X-Large' }],
    });
    const lines = await api(sandbox, 'GET', `/orders/Outgoing/${order.ID}/lineitems`, {
      token: sam,
    });
    expect(lines.body.Items.map((line: Json) => line.UnitPrice)).toEqual([9.99, 10.49]);
    expect(
      (await api(sandbox, 'GET', `/orders/Outgoing/${order.ID}`, { token: sam })).body.Total,
    ).toBe(539.48);
  });

  it('adds percentage and per-line spec markups, and a default option when none is chosen', async () => {
    const order = await newOrder(sam, [
      {
        ProductID: 'hi-vis-vest-class2',
        Quantity: 1,
        Specs: [{ SpecID: 'vest-color', OptionID: 'orange' }],
      },
      {
        ProductID: 'summit-branded-hardhat',
        Quantity: 20,
        Specs: [{ SpecID: 'logo-imprint', OptionID: 'one-color' }],
      },
      { ProductID: 'cut-resistant-gloves', Quantity: 2 },
    ]);
    const lines = (
      await api(sandbox, 'GET', `/orders/Outgoing/${order.ID}/lineitems`, { token: sam })
    ).body.Items;
    expect(lines.map((line: Json) => [line.UnitPrice, line.LineSubtotal])).toEqual([
      [11.81, 11.81],
      [21.5, 475],
      [8.75, 17.5],
    ]);
    expect(lines[2].Specs).toEqual([
      { SpecID: 'glove-size', Name: 'Glove Size', OptionID: 'l', Value: 'Large' },
    ]);
  });

  it('enforces price schedule quantities and product visibility', async () => {
    const order = await newOrder(sam, []);
    const add = (body: Record<string, unknown>) =>
      api(sandbox, 'POST', `/orders/Outgoing/${order.ID}/lineitems`, { token: sam, body });
    expect(errorCode(await add({ ProductID: 'stretch-wrap-roll', Quantity: 5 }))).toBe(
      'PriceSchedule.QuantityNotAllowed',
    );
    expect((await add({ ProductID: 'stretch-wrap-roll', Quantity: 4 })).body.UnitPrice).toBe(22);
    expect(errorCode(await add({ ProductID: 'pallet-jack-5500', Quantity: 1 }))).toBe('NotFound');
    expect(errorCode(await add({ Quantity: 2 }))).toBe('RequiredField');
    expect((await add({ ProductID: 'glass-cleaner' })).body.Quantity).toBe(1);
    expect(errorCode(await add({ ProductID: 'copy-paper-case', Quantity: 1, UnitPrice: 1 }))).toBe(
      'InsufficientRoles',
    );
  });
});

describe('orders, both ways', () => {
  it('flows from the buyer Outgoing to the seller Incoming, and completes once shipped', async () => {
    const order = await newOrder(sam, [
      { ProductID: 'copy-paper-case', Quantity: 5 },
      { ProductID: 'packing-tape-clear', Quantity: 36 },
    ]);
    expect(order).toMatchObject({
      Status: 'Unsubmitted',
      FromUserID: 'sam-okafor',
      FromCompanyID: 'summit-facilities',
      ToCompanyID: 'cascade-industrial',
      Subtotal: 295.7,
    });
    expect(order.FromUser).toMatchObject({ Username: 'buyer02', Password: null });
    expect(
      (await api(sandbox, 'GET', `/orders/Outgoing/${order.ID}`, { token: dana })).status,
    ).toBe(404);

    const submitted = await api(sandbox, 'POST', `/orders/Outgoing/${order.ID}/submit`, {
      token: sam,
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({
      Status: 'Open',
      IsSubmitted: true,
      DateSubmitted: expect.any(String),
    });

    const incoming = await api(sandbox, 'GET', '/orders/incoming?Status=Open', { token: admin });
    expect(ids(incoming.body)).toContain(order.ID);
    const lines = (
      await api(sandbox, 'GET', `/orders/Incoming/${order.ID}/lineitems`, { token: admin })
    ).body.Items;
    const shipment = await api(sandbox, 'POST', '/shipments', {
      token: admin,
      body: { Shipper: 'UPS', TrackingNumber: '1Z999AA10123456784' },
    });
    expect(shipment.status).toBe(201);
    const first = await api(sandbox, 'POST', `/shipments/${shipment.body.ID}/items`, {
      token: admin,
      body: { OrderID: order.ID, LineItemID: lines[0].ID, QuantityShipped: 5 },
    });
    expect(first.body).toMatchObject({ OrderID: order.ID, QuantityShipped: 5, UnitPrice: 41.5 });
    const tooMany = await api(sandbox, 'POST', `/shipments/${shipment.body.ID}/items`, {
      token: admin,
      body: { OrderID: order.ID, LineItemID: lines[1].ID, QuantityShipped: 37 },
    });
    expect(errorCode(tooMany)).toBe('ShipmentItem.QuantityExceeded');
    expect(
      (await api(sandbox, 'GET', `/orders/Incoming/${order.ID}`, { token: admin })).body.Status,
    ).toBe('Open');
    await api(sandbox, 'POST', `/shipments/${shipment.body.ID}/items`, {
      token: admin,
      body: { OrderID: order.ID, LineItemID: lines[1].ID, QuantityShipped: 36 },
    });
    const completed = await api(sandbox, 'GET', `/orders/Outgoing/${order.ID}`, { token: sam });
    expect(completed.body).toMatchObject({
      Status: 'Completed',
      DateCompleted: expect.any(String),
    });
    const mine = await api(sandbox, 'GET', `/me/shipments?orderID=${order.ID}`, { token: sam });
    expect(ids(mine.body)).toEqual([shipment.body.ID]);
    expect(
      (await api(sandbox, 'GET', `/shipments?orderID=${order.ID}`, { token: admin })).body.Items,
    ).toHaveLength(1);
  });

  it('holds a large order for the approving group, who approve it as Incoming', async () => {
    const order = await newOrder(sam, [
      { ProductID: 'copy-paper-case', Quantity: 60 },
      { ProductID: 'paper-towels-multifold', Quantity: 10 },
    ]);
    expect(order.Total).toBe(2625);
    const submitted = await api(sandbox, 'POST', `/orders/Outgoing/${order.ID}/submit`, {
      token: sam,
    });
    expect(submitted.body.Status).toBe('AwaitingApproval');
    const approvable = await api(sandbox, 'GET', '/me/orders/approvable', { token: dana });
    expect(ids(approvable.body)).toContain(order.ID);
    const notMine = await api(sandbox, 'POST', `/orders/Incoming/${order.ID}/approve`, {
      token: sam,
      body: {},
    });
    expect(notMine.status).toBe(404);
    const approved = await api(sandbox, 'POST', `/orders/Incoming/${order.ID}/approve`, {
      token: dana,
      body: { Comments: 'OK for Q3' },
    });
    expect(approved.body).toMatchObject({ Status: 'Open', DateApproved: expect.any(String) });
    const approvals = await api(sandbox, 'GET', `/orders/Outgoing/${order.ID}/approvals`, {
      token: sam,
    });
    expect(approvals.body.Items[0]).toMatchObject({
      ApprovalRuleID: 'large-orders',
      Status: 'Approved',
      Comments: 'OK for Q3',
      Approver: { Username: 'buyer01' },
    });
    const completed = await api(sandbox, 'POST', `/orders/incoming/${order.ID}/complete`, {
      token: admin,
    });
    expect(completed.body.Status).toBe('Completed');
    expect(
      errorCode(
        await api(sandbox, 'POST', `/orders/incoming/${order.ID}/complete`, { token: admin }),
      ),
    ).toBe('Order.CannotCompleteBadStatus');
  });

  it('declines, cancels, and refuses what the status does not allow', async () => {
    const big = await newOrder(sam, [{ ProductID: 'copy-paper-case', Quantity: 70 }]);
    await api(sandbox, 'POST', `/orders/Outgoing/${big.ID}/submit`, { token: sam });
    const declined = await api(sandbox, 'POST', `/orders/Incoming/${big.ID}/decline`, {
      token: dana,
      body: { Comments: 'Split it' },
    });
    expect(declined.body.Status).toBe('Declined');
    expect(
      errorCode(await api(sandbox, 'POST', `/orders/Outgoing/${big.ID}/submit`, { token: sam })),
    ).toBe('Order.CannotSubmitBadStatus');

    const empty = await newOrder(sam, []);
    expect(
      errorCode(await api(sandbox, 'POST', `/orders/Outgoing/${empty.ID}/submit`, { token: sam })),
    ).toBe('Order.CannotSubmitWithNoLineItems');
    const canceled = await api(sandbox, 'POST', `/orders/Outgoing/${empty.ID}/cancel`, {
      token: sam,
    });
    expect(canceled.body).toMatchObject({ Status: 'Canceled', DateCanceled: expect.any(String) });

    const open = await newOrder(sam, [{ ProductID: 'glass-cleaner', Quantity: 2 }]);
    await api(sandbox, 'POST', `/orders/Outgoing/${open.ID}/submit`, { token: sam });
    expect(
      errorCode(await api(sandbox, 'POST', `/orders/Outgoing/${open.ID}/cancel`, { token: sam })),
    ).toBe('Order.CannotCancelInCurrentStatus');
    expect(
      errorCode(
        await api(sandbox, 'POST', `/orders/Outgoing/${open.ID}/lineitems`, {
          token: sam,
          body: { ProductID: 'glass-cleaner', Quantity: 1 },
        }),
      ),
    ).toBe('Order.CannotModifyInCurrentStatus');
    const shipped = await api(sandbox, 'POST', `/orders/Incoming/${open.ID}/ship`, {
      token: admin,
      body: { Shipper: 'FedEx' },
    });
    expect(shipped.body.Status).toBe('Completed');
  });

  it('patches and deletes orders, guarding the costs only an override role may set', async () => {
    const order = await newOrder(sam, [{ ProductID: 'masking-tape', Quantity: 4 }]);
    const patched = await api(sandbox, 'PATCH', `/orders/Outgoing/${order.ID}`, {
      token: sam,
      body: { Comments: 'Leave at dock 3', xp: { PO: 'PO-7781' }, BillingAddressID: 'summit-hq' },
    });
    expect(patched.body).toMatchObject({
      Comments: 'Leave at dock 3',
      xp: { PO: 'PO-7781' },
      BillingAddress: { ID: 'summit-hq', City: 'Denver' },
      Total: 11.4,
    });
    const shipping = await api(sandbox, 'PATCH', `/orders/Outgoing/${order.ID}`, {
      token: sam,
      body: { ShippingCost: 9.95 },
    });
    expect(shipping.status).toBe(403);
    expect(errorCode(shipping)).toBe('Order.OverrideShippingPermission');
    expect(
      (await api(sandbox, 'DELETE', `/orders/Outgoing/${order.ID}`, { token: sam })).status,
    ).toBe(204);
    expect((await api(sandbox, 'GET', `/orders/Outgoing/${order.ID}`, { token: sam })).status).toBe(
      404,
    );
  });

  it('lets the seller order from a supplier, who receives it as Incoming', async () => {
    const order = await api(sandbox, 'POST', '/orders/Outgoing', {
      token: admin,
      body: { ToCompanyID: 'ridgeline-safety', Comments: 'Restock PPE' },
    });
    expect(order.body).toMatchObject({
      FromCompanyID: 'cascade-industrial',
      ToCompanyID: 'ridgeline-safety',
    });
    await api(sandbox, 'POST', `/orders/Outgoing/${order.body.ID}/lineitems`, {
      token: admin,
      body: { ProductID: 'earmuffs-over-head', Quantity: 10 },
    });
    await api(sandbox, 'POST', `/orders/Outgoing/${order.body.ID}/submit`, { token: admin });
    const supplier = await login(sandbox, 'supplier01');
    const incoming = await api(sandbox, 'GET', '/orders/Incoming', { token: supplier });
    expect(ids(incoming.body)).toEqual([order.body.ID]);
    expect(incoming.body.Items[0].Total).toBe(219);
    expect(
      (await api(sandbox, 'GET', '/orders/Incoming', { token: admin })).body.Items.every(
        (item: Json) => item.ToCompanyID === 'cascade-industrial',
      ),
    ).toBe(true);
  });

  it('lets an anonymous shopper use exactly the order its token names', async () => {
    const guest = sandbox.info.clients.find((client) => client.anonymous)!;
    const token = (
      await requestToken(sandbox, {
        grant_type: 'client_credentials',
        client_id: guest.clientId,
        scope: SHOPPER_SCOPE,
      })
    ).body.access_token;
    const { orderid } = claimsOf(token);
    const products = await api(sandbox, 'GET', '/me/products', { token });
    expect(products.body.Meta.TotalCount).toBe(44);
    const order = await api(sandbox, 'POST', '/orders/Outgoing', {
      token,
      body: { ID: 'ignored' },
    });
    expect(order.body).toMatchObject({ ID: orderid, FromCompanyID: 'walk-in-customers' });
    expect((await api(sandbox, 'POST', '/orders/Outgoing', { token, body: {} })).status).toBe(409);
    await api(sandbox, 'POST', `/orders/Outgoing/${orderid}/lineitems`, {
      token,
      body: { ProductID: 'coffee-dark-roast', Quantity: 3 },
    });
    expect(
      (await api(sandbox, 'POST', `/orders/Outgoing/${orderid}/submit`, { token })).body.Status,
    ).toBe('Open');
    const other = (
      await requestToken(sandbox, {
        grant_type: 'client_credentials',
        client_id: guest.clientId,
        scope: SHOPPER_SCOPE,
      })
    ).body.access_token;
    expect(
      (await api(sandbox, 'GET', `/orders/Outgoing/${orderid}`, { token: other })).status,
    ).toBe(404);
    expect((await api(sandbox, 'GET', '/me/orders', { token: other })).body.Items).toEqual([]);
    expect(
      errorCode(await api(sandbox, 'PATCH', '/me', { token, body: { Email: 'me@guest.example' } })),
    ).toBe('Auth.AnonymousUserCannotModify');
  });
});
