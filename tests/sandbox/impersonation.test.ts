// Impersonation (documents_impersonation.mdx): only through a matching config and the role.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/index';
import { api, claimsOf, errorCode, login, SHOPPER_SCOPE } from './support';

let sandbox: SandboxHandle;
const request = (roles = ['Shopper', 'MeAdmin', 'OrderAdmin']) => ({
  ClientID: sandbox.info.clientId,
  Roles: roles,
});

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

describe('buyer impersonation', () => {
  it('lets admin01 shop as a buyer user, with the config security profile roles', async () => {
    const admin = await login(sandbox, 'admin01');
    const result = await api(
      sandbox,
      'POST',
      '/buyers/summit-facilities/users/sam-okafor/accesstoken',
      { token: admin, body: request() },
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ token_type: 'bearer', expires_in: 600 * 60 });
    expect(sandbox.requests.at(-1)?.issuedToken).toBe(result.body.access_token);
    const claims = claimsOf(result.body.access_token);
    expect(claims).toMatchObject({
      usr: 'buyer02',
      u: 'sam-okafor',
      usrtype: 'buyer',
      imp: 'maria-reyes',
      role: ['Shopper', 'MeAdmin'],
    });
    const me = await api(sandbox, 'GET', '/me', { token: result.body.access_token });
    expect(me.body).toMatchObject({ Username: 'buyer02', Buyer: { ID: 'summit-facilities' } });
    const order = await api(sandbox, 'POST', '/orders/Outgoing', {
      token: result.body.access_token,
      body: {},
    });
    expect(order.body.FromUserID).toBe('sam-okafor');
  });

  it('refuses a seller user without BuyerImpersonation (InsufficientRoles)', async () => {
    const support = await login(sandbox, 'support01');
    const result = await api(
      sandbox,
      'POST',
      '/buyers/summit-facilities/users/sam-okafor/accesstoken',
      { token: support, body: request() },
    );
    expect(result.status).toBe(403);
    expect(result.body.Errors[0]).toMatchObject({
      ErrorCode: 'InsufficientRoles',
      Data: { SufficientRoles: ['FullAccess', 'BuyerImpersonation'] },
    });
  });

  it('refuses when no config matches: another client, or a user the config does not name', async () => {
    const admin = await login(sandbox, 'admin01');
    const storefront = sandbox.info.clients.find((client) => client.name.startsWith('Storefront'))!;
    const otherClient = await api(
      sandbox,
      'POST',
      '/buyers/summit-facilities/users/sam-okafor/accesstoken',
      {
        token: admin,
        body: { ClientID: storefront.clientId, Roles: ['Shopper'] },
      },
    );
    expect(otherClient.status).toBe(403);
    expect(errorCode(otherClient)).toBe('Impersonation.NotAllowed');
    const created = await api(sandbox, 'POST', '/buyers', {
      token: admin,
      body: { ID: 'no-config-buyer', Name: 'No Config Inc.', Active: true },
    });
    expect(created.status).toBe(201);
    await api(sandbox, 'POST', '/buyers/no-config-buyer/users', {
      token: admin,
      body: {
        ID: 'pat',
        Username: 'pat.nc',
        FirstName: 'Pat',
        LastName: 'Lee',
        Email: 'pat@nc.example',
        Active: true,
      },
    });
    const unconfigured = await api(
      sandbox,
      'POST',
      '/buyers/no-config-buyer/users/pat/accesstoken',
      { token: admin, body: request() },
    );
    expect(errorCode(unconfigured)).toBe('Impersonation.NotAllowed');
    const unknownClient = await api(
      sandbox,
      'POST',
      '/buyers/summit-facilities/users/sam-okafor/accesstoken',
      {
        token: admin,
        body: { ClientID: 'nope', Roles: ['Shopper'] },
      },
    );
    expect(errorCode(unknownClient)).toBe('Impersonation.ClientIDNotFound');
  });

  it('lets a purchasing lead act for a colleague in the same buyer only', async () => {
    const dana = await login(sandbox, 'buyer01', `${SHOPPER_SCOPE} BuyerImpersonation`);
    const colleague = await api(
      sandbox,
      'POST',
      '/buyers/summit-facilities/users/sam-okafor/accesstoken',
      { token: dana, body: request(['Shopper']) },
    );
    expect(colleague.status).toBe(200);
    expect(claimsOf(colleague.body.access_token)).toMatchObject({
      usr: 'buyer02',
      imp: 'dana-whitfield',
    });
    const elsewhere = await api(
      sandbox,
      'POST',
      '/buyers/lakeside-clinics/users/priya-nair/accesstoken',
      { token: dana, body: request() },
    );
    expect(elsewhere.status).toBe(404);
  });

  it('refuses a buyer user without BuyerImpersonation', async () => {
    const sam = await login(sandbox, 'buyer02');
    const result = await api(
      sandbox,
      'POST',
      '/buyers/summit-facilities/users/dana-whitfield/accesstoken',
      { token: sam, body: request() },
    );
    expect(errorCode(result)).toBe('InsufficientRoles');
  });
});

describe('supplier impersonation', () => {
  it('goes through its config too', async () => {
    const admin = await login(sandbox, 'admin01');
    const result = await api(
      sandbox,
      'POST',
      '/suppliers/ridgeline-safety/users/alex-moreau/accesstoken',
      {
        token: admin,
        body: request(['OrderAdmin', 'ShipmentAdmin', 'Shopper']),
      },
    );
    expect(result.status).toBe(200);
    expect(claimsOf(result.body.access_token)).toMatchObject({
      usr: 'supplier01',
      usrtype: 'supplier',
      role: ['OrderAdmin', 'ShipmentAdmin'],
    });
    await api(sandbox, 'DELETE', '/impersonationconfig/cs-desk-ridgeline', { token: admin });
    const withoutConfig = await api(
      sandbox,
      'POST',
      '/suppliers/ridgeline-safety/users/alex-moreau/accesstoken',
      { token: admin, body: request() },
    );
    expect(errorCode(withoutConfig)).toBe('Impersonation.NotAllowed');
  });
});
