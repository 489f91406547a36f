import { describe, expect, it } from 'vitest';
import { REAL_SPEC_OPERATION_COUNT } from '../fixtures/openapi/specs';
import { realSpecCatalog } from './support';

describe('what a session’s roles may call', () => {
  it('lets a buyer with Shopper shop, and says which roles the rest need', () => {
    const access = realSpecCatalog().access(['Shopper', 'MeAddressAdmin']);
    expect(access.fullAccess).toBe(false);
    expect(access.allowed).toEqual(
      expect.arrayContaining(['Me.Get', 'Me.ListProducts', 'Orders.Create', 'LineItems.Create']),
    );
    expect(access.allowed).not.toContain('Products.Create');
    expect(access.missing['Products.Create']).toEqual(['FullAccess', 'ProductAdmin']);
    expect(access.missing['Me.Patch']).toEqual(['FullAccess', 'MeAdmin']);
    expect(access.allowed.length + Object.keys(access.missing).length).toBe(
      REAL_SPEC_OPERATION_COUNT,
    );
  });

  it('lets any token call operations that list no roles', () => {
    const access = realSpecCatalog().access([]);
    expect(access.allowed).toEqual(
      expect.arrayContaining([
        'Me.Get',
        'Me.ListUserGroups',
        'PasswordResets.SendVerificationCode',
      ]),
    );
    expect(access.allowed).toHaveLength(4);
  });

  it('lets FullAccess call everything', () => {
    const access = realSpecCatalog().access(['FullAccess']);
    expect(access.fullAccess).toBe(true);
    expect(access.allowed).toHaveLength(REAL_SPEC_OPERATION_COUNT);
    expect(access.missing).toEqual({});
  });

  it('needs only one of an operation’s roles', () => {
    const access = realSpecCatalog().access(['ProductReader']);
    expect(access.allowed).toContain('Products.List');
    expect(access.missing['Products.Create']).toBeDefined();
  });
});
