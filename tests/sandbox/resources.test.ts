// OrderCloud's conventions on the admin resources: IDs, PUT and PATCH, errors, roles, assignments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../main/sandbox/index';
import { api, claimsOf, errorCode, login, requestToken, type Json } from './support';

let sandbox: SandboxHandle;
let admin: string;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  admin = await login(sandbox, 'admin01');
});
afterAll(() => sandbox.close());

describe('writes', () => {
  it('generates an ID when none is given, and refuses a taken one with 409 IdExists', async () => {
    const created = await api(sandbox, 'POST', '/products', {
      token: admin,
      body: { Name: 'Wet Floor Sign', Active: true },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      Name: 'Wet Floor Sign',
      OwnerID: 'cascade-industrial',
      QuantityMultiplier: 1,
      xp: null,
    });
    expect(created.body.ID).toMatch(/^[\w-]{22}$/);
    const again = await api(sandbox, 'POST', '/products', {
      token: admin,
      body: { ID: created.body.ID.toLowerCase(), Name: 'Twin' },
    });
    expect(again.status).toBe(409);
    expect(again.body.Errors[0]).toMatchObject({
      ErrorCode: 'IdExists',
      Data: { ObjectType: 'Product' },
    });
  });

  it('answers a missing required field with RequiredField', async () => {
    const result = await api(sandbox, 'POST', '/products', {
      token: admin,
      body: { Description: 'No name' },
    });
    expect(result.status).toBe(400);
    expect(result.body.Errors[0]).toMatchObject({
      ErrorCode: 'RequiredField',
      Data: { Field: 'Name' },
    });
  });

  it('answers a wrong type with InvalidRequest, naming the field', async () => {
    const result = await api(sandbox, 'POST', '/priceschedules', {
      token: admin,
      body: { Name: 'Bad', PriceBreaks: [{ Quantity: 1, Price: 'free' }] },
    });
    expect(result.status).toBe(400);
    expect(result.body.Errors[0]).toMatchObject({
      ErrorCode: 'InvalidRequest',
      Data: { Field: 'PriceBreaks[0].Price' },
    });
  });

  it('PUT replaces the record: what the body leaves out becomes null; server fields stay', async () => {
    await api(sandbox, 'PUT', '/products/mop-bucket', {
      token: admin,
      body: {
        Name: 'Mop Bucket',
        Description: 'With wringer',
        xp: { Color: 'Yellow', Liters: 26 },
      },
    });
    const replaced = await api(sandbox, 'PUT', '/products/mop-bucket', {
      token: admin,
      body: { Name: 'Mop Bucket, 35 qt' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({
      ID: 'mop-bucket',
      Name: 'Mop Bucket, 35 qt',
      Description: null,
      xp: null,
      OwnerID: 'cascade-industrial',
    });
  });

  it('PATCH merges, deeply for xp', async () => {
    await api(sandbox, 'PUT', '/products/dust-pan', {
      token: admin,
      body: {
        Name: 'Dust Pan',
        Description: 'Lobby pan',
        xp: { Color: 'Black', Dimensions: { Width: 12, Height: 30 } },
      },
    });
    const patched = await api(sandbox, 'PATCH', '/products/dust-pan', {
      token: admin,
      body: { xp: { Dimensions: { Height: 34 }, Recycled: true } },
    });
    expect(patched.body).toMatchObject({
      Name: 'Dust Pan',
      Description: 'Lobby pan',
      xp: { Color: 'Black', Dimensions: { Width: 12, Height: 34 }, Recycled: true },
    });
  });

  it('answers an unknown ID with 404 NotFound naming the object', async () => {
    const result = await api(sandbox, 'GET', '/products/no-such-thing', { token: admin });
    expect(result.status).toBe(404);
    expect(result.body).toEqual({
      Errors: [
        {
          ErrorCode: 'NotFound',
          Message: expect.any(String),
          Data: { ObjectType: 'Product', ObjectID: 'no-such-thing' },
        },
      ],
    });
    const deleted = await api(sandbox, 'DELETE', '/products/dust-pan', { token: admin });
    expect(deleted.status).toBe(204);
    expect((await api(sandbox, 'GET', '/products/dust-pan', { token: admin })).status).toBe(404);
  });

  it('keeps passwords out of user records and lets the new user sign in', async () => {
    const created = await api(sandbox, 'POST', '/buyers/summit-facilities/users', {
      token: admin,
      body: {
        ID: 'ken-ito',
        Username: 'ken.ito',
        Password: 'Facilities-9x',
        FirstName: 'Ken',
        LastName: 'Ito',
        Email: 'ken@summit.example',
        Active: true,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      Password: null,
      AvailableRoles: expect.arrayContaining(['Shopper']),
    });
    const signedIn = await requestToken(sandbox, {
      grant_type: 'password',
      client_id: sandbox.info.clientId,
      username: 'ken.ito',
      password: 'Facilities-9x',
    });
    expect(signedIn.status).toBe(200);
    const weak = await api(sandbox, 'PATCH', '/buyers/summit-facilities/users/ken-ito', {
      token: admin,
      body: { Password: 'short' },
    });
    expect(errorCode(weak)).toBe('PasswordReset.InsecurePassword');
    const taken = await api(sandbox, 'PATCH', '/buyers/summit-facilities/users/ken-ito', {
      token: admin,
      body: { Username: 'buyer02' },
    });
    expect(errorCode(taken)).toBe('User.UsernameMustBeUnique');
  });

  it('gives a new buyer its default catalog, assigned with everything visible', async () => {
    const buyer = await api(sandbox, 'POST', '/buyers', {
      token: admin,
      body: { ID: 'harbor-logistics', Name: 'Harbor Logistics', Active: true },
    });
    expect(buyer.body.DefaultCatalogID).toBe('harbor-logistics');
    const catalog = await api(sandbox, 'GET', '/catalogs/harbor-logistics', { token: admin });
    expect(catalog.body).toMatchObject({
      Name: 'Harbor Logistics',
      Description: 'Default catalog for Harbor Logistics',
      Active: true,
    });
    const assignments = await api(
      sandbox,
      'GET',
      '/catalogs/assignments?catalogID=harbor-logistics',
      { token: admin },
    );
    expect(assignments.body.Items).toEqual([
      {
        CatalogID: 'harbor-logistics',
        BuyerID: 'harbor-logistics',
        ViewAllCategories: true,
        ViewAllProducts: true,
      },
    ]);
  });
});

describe('approval rules', () => {
  it('accepts comparisons on the order joined by and/or, and refuses anything else', async () => {
    const path = '/buyers/summit-facilities/approvalrules';
    const bad = await api(sandbox, 'POST', path, {
      token: admin,
      body: { ApprovingGroupID: 'purchasing-leads', RuleExpression: 'total is big' },
    });
    expect(errorCode(bad)).toBe('Expression.InvalidSyntax');
    const good = await api(sandbox, 'POST', path, {
      token: admin,
      body: {
        ApprovingGroupID: 'purchasing-leads',
        RuleExpression: "order.xp.Rush = true or order.Comments = 'urgent'",
      },
    });
    expect(good.status).toBe(201);
    const noGroup = await api(sandbox, 'POST', path, {
      token: admin,
      body: { ApprovingGroupID: 'nobody', RuleExpression: 'order.Total > 1' },
    });
    expect(errorCode(noGroup)).toBe('NotFound');
  });
});

describe('roles', () => {
  it('answers a missing role with 403 InsufficientRoles, listing sufficient and assigned roles', async () => {
    const support = await login(sandbox, 'support01');
    expect((await api(sandbox, 'GET', '/products?pageSize=1', { token: support })).status).toBe(
      200,
    );
    const result = await api(sandbox, 'POST', '/products', {
      token: support,
      body: { Name: 'Nope' },
    });
    expect(result.status).toBe(403);
    expect(result.body.Errors[0]).toMatchObject({
      ErrorCode: 'InsufficientRoles',
      Data: {
        SufficientRoles: ['FullAccess', 'ProductAdmin'],
        AssignedRoles: claimsOf(support).role,
      },
    });
  });

  it('keeps buyer users out of seller resources whatever their roles, and inside their own buyer', async () => {
    const buyer = await login(sandbox, 'buyer01');
    const result = await api(sandbox, 'GET', '/products', { token: buyer });
    expect(result.status).toBe(403);
    const profileAdmin = await api(sandbox, 'POST', '/securityprofiles', {
      token: admin,
      body: { ID: 'buyer-admin', Name: 'Buyer admin', Roles: ['BuyerUserReader', 'ProductReader'] },
    });
    expect(profileAdmin.status).toBe(201);
    await api(sandbox, 'POST', '/securityprofiles/assignments', {
      token: admin,
      body: {
        SecurityProfileID: 'buyer-admin',
        BuyerID: 'summit-facilities',
        UserID: 'dana-whitfield',
      },
    });
    const empowered = await login(sandbox, 'buyer01');
    expect(claimsOf(empowered).role).toEqual(
      expect.arrayContaining(['BuyerUserReader', 'ProductReader']),
    );
    expect(errorCode(await api(sandbox, 'GET', '/products', { token: empowered }))).toBe(
      'Auth.UserNotAuthorizedToAdmin',
    );
    const ownUsers = await api(sandbox, 'GET', '/buyers/summit-facilities/users', {
      token: empowered,
    });
    expect(ownUsers.body.Items.map((user: Json) => user.Username)).toEqual(
      expect.arrayContaining(['buyer01', 'buyer02']),
    );
    expect(
      (await api(sandbox, 'GET', '/buyers/lakeside-clinics/users', { token: empowered })).status,
    ).toBe(404);
  });

  it('takes a security profile assignment away at the next sign-in', async () => {
    const removed = await api(
      sandbox,
      'DELETE',
      '/securityprofiles/buyer-admin/assignments?buyerID=summit-facilities&userID=dana-whitfield',
      { token: admin },
    );
    expect(removed.status).toBe(204);
    expect(claimsOf(await login(sandbox, 'buyer01')).role).not.toContain('ProductReader');
    const again = await api(
      sandbox,
      'DELETE',
      '/securityprofiles/buyer-admin/assignments?buyerID=summit-facilities&userID=dana-whitfield',
      { token: admin },
    );
    expect(again.status).toBe(404);
  });
});

describe('assignments', () => {
  it('lists assignments by their query filters', async () => {
    const company = await api(
      sandbox,
      'GET',
      '/securityprofiles/assignments?buyerID=summit-facilities&level=Company',
      { token: admin },
    );
    expect(company.body.Items).toEqual([
      {
        SecurityProfileID: 'buyer-shopper',
        BuyerID: 'summit-facilities',
        SupplierID: null,
        UserID: null,
        UserGroupID: null,
      },
    ]);
    const groups = await api(
      sandbox,
      'GET',
      '/buyers/summit-facilities/usergroups/assignments?userID=dana-whitfield',
      { token: admin },
    );
    expect(groups.body.Items).toEqual([
      { UserGroupID: 'purchasing-leads', UserID: 'dana-whitfield' },
    ]);
  });

  it('refuses an assignment to something that does not exist', async () => {
    const result = await api(sandbox, 'POST', '/catalogs/productassignments', {
      token: admin,
      body: { CatalogID: 'cascade-core', ProductID: 'ghost' },
    });
    expect(result.body.Errors[0]).toMatchObject({
      ErrorCode: 'NotFound',
      Data: { ObjectType: 'Product', ObjectID: 'ghost' },
    });
  });

  it('nests categories and lists them by depth', async () => {
    const top = await api(sandbox, 'GET', '/catalogs/cascade-core/categories', { token: admin });
    expect(top.body.Items.map((category: Json) => category.ID)).toEqual([
      'safety',
      'janitorial',
      'packaging',
      'tools',
      'office',
    ]);
    expect(top.body.Items[0].ChildCount).toBe(4);
    const all = await api(sandbox, 'GET', '/catalogs/cascade-core/categories?depth=all', {
      token: admin,
    });
    expect(all.body.Meta.TotalCount).toBe(19);
    const children = await api(
      sandbox,
      'GET',
      '/catalogs/cascade-core/categories?ParentID=safety',
      { token: admin },
    );
    expect(children.body.Items.map((category: Json) => category.ID)).toEqual([
      'gloves',
      'eye-protection',
      'hi-vis',
      'hearing',
    ]);
    const cycle = await api(sandbox, 'PATCH', '/catalogs/cascade-core/categories/safety', {
      token: admin,
      body: { ParentID: 'gloves' },
    });
    expect(errorCode(cycle)).toBe('Category.CircularReference');
  });
});
