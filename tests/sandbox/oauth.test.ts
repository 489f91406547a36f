// POST /oauth/token: every grant type, role intersection, claims and the documented failures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/index';
import { api, claimsOf, errorCode, login, passwordOf, requestToken, SEED_SCOPE } from './support';

let sandbox: SandboxHandle;
let clock = Date.now();
const client = (name: string) =>
  sandbox.info.clients.find((candidate) => candidate.name.startsWith(name))!;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: () => clock });
});
afterAll(() => sandbox.close());

function passwordForm(
  username: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    grant_type: 'password',
    client_id: sandbox.info.clientId,
    username,
    password: passwordOf(sandbox, username),
    ...extra,
  };
}

describe('password grant', () => {
  it('grants the requested roles the user holds, and no others, without an error', async () => {
    const result = await requestToken(
      sandbox,
      passwordForm('admin01', { scope: `${SEED_SCOPE} WebhookAdmin` }),
    );
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ token_type: 'bearer', expires_in: 600 * 60 });
    expect(result.body.refresh_token).toBeUndefined();
    const claims = claimsOf(result.body.access_token);
    expect(claims).toMatchObject({
      usr: 'admin01',
      u: 'maria-reyes',
      usrtype: 'admin',
      cid: sandbox.info.clientId,
    });
    expect(claims.role).toEqual(SEED_SCOPE.split(' '));
    expect(claims.iss).toBe(sandbox.url);
    expect(claims.exp - claims.nbf).toBe(600 * 60);
  });

  it('puts a lone role in the token as a string, and custom roles too', async () => {
    const single = await requestToken(sandbox, passwordForm('admin01', { scope: 'OrderAdmin' }));
    expect(claimsOf(single.body.access_token).role).toBe('OrderAdmin');
    const custom = await requestToken(
      sandbox,
      passwordForm('admin01', { scope: 'OrderAdmin CascadeReportsViewer MadeUpRole' }),
    );
    expect(claimsOf(custom.body.access_token).role).toEqual(['OrderAdmin', 'CascadeReportsViewer']);
  });

  it('grants every assigned role when no scope is asked for', async () => {
    const claims = claimsOf(await login(sandbox, 'buyer01'));
    expect(claims.usrtype).toBe('buyer');
    expect(claims.role).toEqual(
      expect.arrayContaining(['Shopper', 'MeAdmin', 'BuyerImpersonation', 'ApproveLargeOrders']),
    );
  });

  it('needs the client secret on a client that has one (the elevated flow)', async () => {
    const erp = client('ERP');
    const form = passwordForm('erp-integration', { client_id: erp.clientId, scope: 'OrderAdmin' });
    expect(errorCode(await requestToken(sandbox, form))).toBe('InvalidGrant');
    const wrong = await requestToken(sandbox, { ...form, client_secret: 'not-the-secret' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({
      error: 'invalid_grant',
      Errors: [{ ErrorCode: 'InvalidGrant' }],
    });
    const elevated = await requestToken(sandbox, { ...form, client_secret: erp.clientSecret! });
    expect(claimsOf(elevated.body.access_token).role).toBe('OrderAdmin');
  });

  it('answers a wrong password and an unknown user alike: InvalidCredentials', async () => {
    const wrongPassword = await requestToken(sandbox, {
      ...passwordForm('buyer02'),
      password: 'Nope-12345',
    });
    const unknownUser = await requestToken(sandbox, {
      ...passwordForm('buyer02'),
      username: 'nobody-here',
    });
    for (const result of [wrongPassword, unknownUser]) {
      expect(result.status).toBe(400);
      expect(result.body.error_description).toBeTruthy();
      expect(result.body.Errors).toEqual([
        { ErrorCode: 'InvalidCredentials', Message: expect.any(String), Data: null },
      ]);
    }
    expect(wrongPassword.body.error_description).toBe(unknownUser.body.error_description);
  });

  it('refuses an unknown client, and a client the user may not use, with InvalidGrant', async () => {
    const unknown = await requestToken(
      sandbox,
      passwordForm('admin01', { client_id: 'no-such-client' }),
    );
    expect(errorCode(unknown)).toBe('InvalidGrant');
    const supplierOnStorefront = await requestToken(
      sandbox,
      passwordForm('supplier01', { client_id: client('Storefront').clientId }),
    );
    expect(errorCode(supplierOnStorefront)).toBe('InvalidGrant');
  });

  it('asks for both username and password', async () => {
    const result = await requestToken(sandbox, {
      grant_type: 'password',
      client_id: sandbox.info.clientId,
      username: 'admin01',
    });
    expect(errorCode(result)).toBe('Auth.UsernameAndPasswordRequired');
  });

  it('refuses an inactive user with Auth.UserNotActive, once the password is right', async () => {
    const admin = await login(sandbox, 'admin01', 'BuyerUserAdmin');
    await api(sandbox, 'PATCH', '/buyers/lakeside-clinics/users/priya-nair', {
      token: admin,
      body: { Active: false },
    });
    expect(errorCode(await requestToken(sandbox, passwordForm('buyer03')))).toBe(
      'Auth.UserNotActive',
    );
    expect(
      errorCode(
        await requestToken(sandbox, { ...passwordForm('buyer03'), password: 'Wrong-Pass-1' }),
      ),
    ).toBe('InvalidCredentials');
    await api(sandbox, 'PATCH', '/buyers/lakeside-clinics/users/priya-nair', {
      token: admin,
      body: { Active: true },
    });
    expect((await requestToken(sandbox, passwordForm('buyer03'))).status).toBe(200);
  });

  it('locks a username out after five failures, even against the right password', async () => {
    const admin = await login(sandbox, 'admin01', 'BuyerUserAdmin');
    const created = await api(sandbox, 'POST', '/buyers/summit-facilities/users', {
      token: admin,
      body: {
        Username: 'lockme',
        Password: 'Right-Pass-123',
        FirstName: 'Lock',
        LastName: 'Me',
        Email: 'l@x.example',
        Active: true,
      },
    });
    expect(created.status).toBe(201);
    const form = { grant_type: 'password', client_id: sandbox.info.clientId, username: 'lockme' };
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(errorCode(await requestToken(sandbox, { ...form, password: 'Wrong-Pass-123' }))).toBe(
        'InvalidCredentials',
      );
    }
    expect(errorCode(await requestToken(sandbox, { ...form, password: 'Right-Pass-123' }))).toBe(
      'Auth.LockedOut',
    );
    clock += 31 * 60 * 1000;
    expect((await requestToken(sandbox, { ...form, password: 'Right-Pass-123' })).status).toBe(200);
  });
});

describe('other grants', () => {
  it('client_credentials with a secret acts as the client DefaultContextUserName', async () => {
    const erp = client('ERP');
    const result = await requestToken(sandbox, {
      grant_type: 'client_credentials',
      client_id: erp.clientId,
      client_secret: erp.clientSecret!,
      scope: 'OrderAdmin ShipmentAdmin',
    });
    expect(result.status).toBe(200);
    expect(claimsOf(result.body.access_token)).toMatchObject({
      usr: 'erp-integration',
      role: ['OrderAdmin', 'ShipmentAdmin'],
    });
    const noSecret = await requestToken(sandbox, {
      grant_type: 'client_credentials',
      client_id: erp.clientId,
    });
    expect(errorCode(noSecret)).toBe('InvalidGrant');
    const notAnonymous = await requestToken(sandbox, {
      grant_type: 'client_credentials',
      client_id: sandbox.info.clientId,
    });
    expect(errorCode(notAnonymous)).toBe('InvalidGrant');
  });

  it('client_credentials without a secret on an anonymous-buyer client makes a guest shopper', async () => {
    const guest = client('Guest');
    expect(guest.anonymous).toBe(true);
    const result = await requestToken(sandbox, {
      grant_type: 'client_credentials',
      client_id: guest.clientId,
      scope: 'Shopper MeAdmin',
    });
    expect(result.status).toBe(200);
    expect(result.body.expires_in).toBe(7 * 24 * 60 * 60);
    expect(result.body.refresh_token).toBeUndefined();
    const claims = claimsOf(result.body.access_token);
    expect(claims).toMatchObject({
      usrtype: 'buyer',
      usr: 'guest-template',
      role: ['Shopper', 'MeAdmin'],
    });
    expect(claims.orderid).toMatch(/^[\w-]{22}$/);
    const other = await requestToken(sandbox, {
      grant_type: 'client_credentials',
      client_id: guest.clientId,
    });
    expect(claimsOf(other.body.access_token).orderid).not.toBe(claims.orderid);
  });

  it('refresh_token works only on clients with a RefreshTokenDuration', async () => {
    const storefront = client('Storefront');
    const first = await requestToken(
      sandbox,
      passwordForm('buyer01', { client_id: storefront.clientId, scope: 'Shopper MeAdmin' }),
    );
    expect(first.body.refresh_token).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.body.expires_in).toBe(60 * 60);
    clock += 1000;
    const refreshed = await requestToken(sandbox, {
      grant_type: 'refresh_token',
      client_id: storefront.clientId,
      refresh_token: first.body.refresh_token,
    });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe(first.body.access_token);
    expect(claimsOf(refreshed.body.access_token)).toMatchObject({
      usr: 'buyer01',
      role: ['Shopper', 'MeAdmin'],
    });
    const elsewhere = await requestToken(sandbox, {
      grant_type: 'refresh_token',
      client_id: sandbox.info.clientId,
      refresh_token: first.body.refresh_token,
    });
    expect(errorCode(elsewhere)).toBe('InvalidGrant');
    const forged = await requestToken(sandbox, {
      grant_type: 'refresh_token',
      client_id: storefront.clientId,
      refresh_token: 'abc',
    });
    expect(errorCode(forged)).toBe('InvalidGrant');
  });

  it('refuses unsupported grant types in the OAuth shape', async () => {
    const result = await requestToken(sandbox, {
      grant_type: 'implicit',
      client_id: sandbox.info.clientId,
    });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('unsupported_grant_type');
  });
});

describe('tokens on the API', () => {
  it('signs in the owner developer account as the Default User (Getting Started guide)', async () => {
    const result = await requestToken(sandbox, {
      grant_type: 'password',
      client_id: sandbox.info.clientId,
      username: 'cascade.owner',
      password: 'Owner-DevCenter-1!',
      scope: 'DevCenterImpersonate FullAccess',
    });
    expect(result.status).toBe(200);
    expect(claimsOf(result.body.access_token).role).toEqual(['DevCenterImpersonate', 'FullAccess']);
    const me = await api(sandbox, 'GET', '/me', { token: result.body.access_token });
    expect(me.body).toMatchObject({
      Buyer: null,
      Supplier: null,
      Seller: { ID: 'cascade-industrial' },
      FirstName: 'Default User',
      LastName: 'Default User',
      AvailableRoles: [],
    });
    const withoutDevRole = await requestToken(sandbox, {
      grant_type: 'password',
      client_id: sandbox.info.clientId,
      username: 'cascade.owner',
      password: 'Owner-DevCenter-1!',
      scope: 'FullAccess',
    });
    expect(errorCode(withoutDevRole)).toBe('InvalidCredentials');
  });

  it('answers a missing, forged or expired token with 401 InvalidToken', async () => {
    const token = await login(sandbox, 'buyer02', 'MeAdmin');
    expect((await api(sandbox, 'GET', '/me', { token })).status).toBe(200);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('forged-signature').toString('base64url')}`;
    for (const candidate of [undefined, forged, 'not-a-jwt']) {
      const result = await api(sandbox, 'GET', '/me', { ...(candidate && { token: candidate }) });
      expect(result.status).toBe(401);
      expect(errorCode(result)).toBe('InvalidToken');
    }
    clock += 601 * 60 * 1000;
    const expired = await api(sandbox, 'GET', '/me', { token });
    expect(expired.status).toBe(401);
    expect(errorCode(expired)).toBe('InvalidToken');
  });

  it('counts and records token requests without the password', () => {
    expect(sandbox.counters.tokenRequests).toBeGreaterThan(10);
    const record = sandbox.requests.find(
      (entry) => entry.grantType === 'password' && entry.username === 'admin01',
    );
    expect(record).toMatchObject({
      method: 'POST',
      path: '/oauth/token',
      status: 200,
      clientId: sandbox.info.clientId,
    });
    expect(JSON.stringify(sandbox.requests)).not.toContain('Marketplace-Admin-1!');
  });

  it('records the token each sign-in issued, and the token each API call carried', async () => {
    const issued = await requestToken(sandbox, passwordForm('buyer02'));
    const signIn = sandbox.requests.at(-1);
    expect(signIn).toMatchObject({ path: '/oauth/token', username: 'buyer02', status: 200 });
    expect(signIn?.issuedToken).toBe(issued.body.access_token);

    await api(sandbox, 'GET', '/me', { token: issued.body.access_token });
    const call = sandbox.requests.at(-1);
    expect(call).toMatchObject({ path: '/v1/me', status: 200, token: issued.body.access_token });
    expect(call?.issuedToken).toBeUndefined();

    await requestToken(sandbox, { ...passwordForm('buyer02'), password: 'Not-It-123' });
    expect(sandbox.requests.at(-1)).toMatchObject({ status: 400 });
    expect(sandbox.requests.at(-1)?.issuedToken).toBeUndefined();
  });
});
