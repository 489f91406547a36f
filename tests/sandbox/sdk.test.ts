// Wire compatibility: the official ordercloud-javascript-sdk, pointed at the sandbox, works as it
// does against OrderCloud. The SDK is a singleton, so this file sets it up once and runs in order.
import {
  Auth,
  Configuration,
  LineItems,
  Me,
  Orders,
  Products,
  Shipments,
  Tokens,
  Users,
  type ApiRole,
  type OrderCloudError,
} from 'ordercloud-javascript-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/index';
import { claimsOf, passwordOf, SEED_SCOPE } from './support';

let sandbox: SandboxHandle;
let clientID: string;
const scope = SEED_SCOPE.split(' ') as ApiRole[];

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  clientID = sandbox.info.clientId;
  Configuration.Set({ baseApiUrl: sandbox.url });
});
afterAll(() => sandbox.close());

async function failure(call: Promise<unknown>): Promise<OrderCloudError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  // The SDK's ES5 build subclasses Error, so instanceof does not hold; it marks its errors instead.
  expect(error).toMatchObject({ name: 'OrderCloudError', isOrderCloudError: true });
  return error as OrderCloudError;
}

describe('ordercloud-javascript-sdk against the sandbox', () => {
  it('signs in with Auth.Login and the seed scope, then Me.Get', async () => {
    const auth = await Auth.Login('admin01', passwordOf(sandbox, 'admin01'), clientID, scope);
    expect(auth.token_type).toBe('bearer');
    Tokens.SetAccessToken(auth.access_token);
    const me = await Me.Get();
    expect(me).toMatchObject({ Username: 'admin01', Seller: { ID: 'cascade-industrial' } });
    expect(sandbox.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/v1/me',
      status: 200,
      token: auth.access_token,
    });
  });

  it('lists products with filters, sorting and paging', async () => {
    const page = await Products.List({
      filters: { 'xp.Brand': 'Ridgeline', Active: true },
      sortBy: ['!Name'],
      page: 2,
      pageSize: 5,
    });
    expect(page.Meta).toMatchObject({ Page: 2, PageSize: 5, ItemRange: [6, 10] });
    expect(page.Items).toHaveLength(5);
    expect(page.Items.every((product) => product.xp.Brand === 'Ridgeline')).toBe(true);
    const names = page.Items.map((product) => product.Name);
    expect(names).toEqual([...names].sort().reverse());
    const searched = await Products.List({
      search: 'tape',
      searchOn: ['Name'],
      filters: { ID: '!masking-tape' },
    });
    expect(searched.Items.map((product) => product.ID).sort()).toEqual([
      'floor-marking-tape',
      'packing-tape-clear',
      'tape-measure-25ft',
    ]);
  });

  it('places and submits an order as a buyer, which the seller finds Incoming and ships', async () => {
    const buyer = await Auth.Login('buyer02', passwordOf(sandbox, 'buyer02'), clientID, [
      'MeAdmin',
      'PasswordReset',
      'Shopper',
    ]);
    const asBuyer = { accessToken: buyer.access_token };
    const products = await Me.ListProducts({ search: 'copy paper' }, asBuyer);
    expect(products.Items[0]!.PriceSchedule.PriceBreaks.length).toBeGreaterThan(1);

    const order = await Orders.Create('Outgoing', {}, asBuyer);
    const line = await LineItems.Create(
      'Outgoing',
      order.ID,
      { ProductID: 'copy-paper-case', Quantity: 5 },
      asBuyer,
    );
    expect(line).toMatchObject({
      UnitPrice: 41.5,
      LineTotal: 207.5,
      Product: { ID: 'copy-paper-case' },
    });
    const submitted = await Orders.Submit('Outgoing', order.ID, asBuyer);
    expect(submitted).toMatchObject({ Status: 'Open', IsSubmitted: true, Total: 207.5 });

    const incoming = await Orders.List('Incoming', { filters: { Status: 'Open' } });
    expect(incoming.Items.map((candidate) => candidate.ID)).toContain(order.ID);
    const shipment = await Shipments.Create({
      Shipper: 'UPS',
      TrackingNumber: '1Z999AA10123456784',
    });
    const item = await Shipments.SaveItem(shipment.ID, {
      OrderID: order.ID,
      LineItemID: line.ID,
      QuantityShipped: 5,
    });
    expect(item.QuantityShipped).toBe(5);
    expect((await Orders.Get('Incoming', order.ID)).Status).toBe('Completed');
  });

  it('impersonates a buyer user with Users.GetAccessToken', async () => {
    const admin = await Auth.Login('admin01', passwordOf(sandbox, 'admin01'), clientID, [
      'BuyerImpersonation',
    ]);
    const token = await Users.GetAccessToken(
      'summit-facilities',
      'dana-whitfield',
      { ClientID: clientID, Roles: ['Shopper', 'MeAdmin'] },
      { accessToken: admin.access_token },
    );
    Tokens.SetImpersonationToken(token.access_token);
    const me = await Me.As().Get();
    expect(me.Username).toBe('buyer01');
    Tokens.RemoveImpersonationToken();
  });

  it('refreshes with Auth.RefreshToken and shops anonymously with Auth.Anonymous', async () => {
    const storefront = sandbox.info.clients.find((client) => client.refreshTokenDuration > 0)!;
    const first = await Auth.Login('buyer01', passwordOf(sandbox, 'buyer01'), storefront.clientId, [
      'Shopper',
    ]);
    const refreshed = await Auth.RefreshToken(first.refresh_token, storefront.clientId);
    expect(claimsOf(refreshed.access_token)).toMatchObject({ usr: 'buyer01', role: 'Shopper' });

    const guest = sandbox.info.clients.find((client) => client.anonymous)!;
    const anonymous = await Auth.Anonymous(guest.clientId, ['Shopper']);
    expect(claimsOf(anonymous.access_token).orderid).toBeTruthy();
    const page = await Me.ListProducts({ pageSize: 1 }, { accessToken: anonymous.access_token });
    expect(page.Meta.TotalCount).toBeGreaterThan(40);
  });

  it('surfaces failures as OrderCloudError with status and ErrorCode', async () => {
    const wrongPassword = await failure(
      Auth.Login('admin01', 'Not-The-Password-1', clientID, scope),
    );
    expect(wrongPassword.status).toBe(400);
    expect(wrongPassword.errorCode).toBe('InvalidCredentials');

    const support = await Auth.Login('support01', passwordOf(sandbox, 'support01'), clientID, [
      'ProductReader',
    ]);
    const missingRole = await failure(
      Products.Create({ Name: 'Forbidden' }, { accessToken: support.access_token }),
    );
    expect(missingRole.status).toBe(403);
    expect(missingRole.errorCode).toBe('InsufficientRoles');

    const notFound = await failure(Products.Get('no-such-product'));
    expect(notFound.status).toBe(404);
    expect(notFound.message).toBe('Product no-such-product not found');
  });
});
