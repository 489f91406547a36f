import type { Perspective, Profile } from '../../preload/contract/profiles';
import type { SessionSummary } from '../../preload/contract/sessions';

/** Profiles and sessions as main would hand them over, for the marketplace harness. */

const STAMP = '2025-01-01T00:00:00.000Z';

export const SANDBOX_ADMIN: Perspective = {
  id: 'admin',
  label: 'admin01 (admin)',
  grantType: 'password',
  apiClientId: 'seed-client',
  username: 'admin01',
  savePassword: true,
  hasPassword: true,
  roles: ['CatalogAdmin', 'BuyerReader', 'MeAdmin', 'ProductAdmin'],
  customRoles: [],
};

export const SELLER_ADMIN: Perspective = {
  id: 'seller',
  label: 'Seller admin',
  grantType: 'password',
  apiClientId: 'storefront',
  username: 'admin01',
  savePassword: false,
  hasPassword: false,
  roles: ['OrderAdmin', 'ProductAdmin', 'BuyerImpersonation'],
  customRoles: ['ReportViewer'],
};

export const LOCAL_SANDBOX: Profile = {
  id: 'local-sandbox',
  name: 'Local sandbox',
  color: '#2f9e44',
  environment: { kind: 'local' },
  apiClients: [
    {
      id: 'seed-client',
      clientId: 'seed-client',
      label: 'Seller app',
      defaultScope: [],
      hasSecret: true,
    },
  ],
  perspectives: [SANDBOX_ADMIN],
  builtIn: true,
  createdAt: STAMP,
  updatedAt: STAMP,
};

export const ACME: Profile = {
  id: 'acme',
  name: 'Acme Industrial',
  color: '#7048e8',
  marketplaceId: 'acme-prod',
  environment: { kind: 'region', region: 'europe-west', stage: 'sandbox' },
  apiClients: [
    {
      id: 'storefront',
      clientId: '4A1F0C2E-9B7D-4E3A-8F55-0D1C2B3A4E5F',
      label: 'Storefront',
      defaultScope: ['Shopper', 'MeAdmin'],
      hasSecret: false,
    },
    {
      id: 'integration',
      clientId: 'B7E2D1C0-1A2B-3C4D-5E6F-778899AABBCC',
      label: 'Integration',
      defaultScope: ['FullAccess'],
      hasSecret: true,
    },
  ],
  perspectives: [
    SELLER_ADMIN,
    {
      id: 'as-buyer',
      label: 'As buyer01',
      grantType: 'impersonation',
      apiClientId: 'storefront',
      savePassword: false,
      hasPassword: false,
      roles: ['Shopper'],
      customRoles: [],
      impersonation: { via: 'seller', userType: 'buyer', orgId: 'acme-buyers', userId: 'buyer01' },
    },
  ],
  builtIn: false,
  createdAt: STAMP,
  updatedAt: STAMP,
};

export const STAGING: Profile = {
  ...ACME,
  id: 'northwind',
  name: 'Northwind staging',
  color: '#e8590c',
  marketplaceId: undefined,
  environment: { kind: 'custom', apiUrl: 'https://api.northwind.example:8443' },
};

export const PROFILES: readonly Profile[] = [LOCAL_SANDBOX, ACME, STAGING];

/** Signed in as admin01, nine minutes and 41 seconds from expiry, one role refused. */
export function adminSession(secondsLeft = 9 * 60 + 41): SessionSummary {
  return {
    profileId: 'acme',
    perspectiveId: 'seller',
    state: 'signed-in',
    username: 'admin01',
    userType: 'admin',
    clientId: '4A1F0C2E-9B7D-4E3A-8F55-0D1C2B3A4E5F',
    requestedRoles: ['OrderAdmin', 'ProductAdmin', 'BuyerImpersonation', 'ReportViewer'],
    grantedRoles: ['OrderAdmin', 'ProductAdmin', 'ReportViewer', 'MeAdmin'],
    missingRoles: ['BuyerImpersonation'],
    expiresAt: new Date(Date.now() + secondsLeft * 1000).toISOString(),
  };
}

export function impersonatedSession(): SessionSummary {
  return {
    profileId: 'acme',
    perspectiveId: 'as-buyer',
    state: 'signed-in',
    username: 'buyer01',
    userType: 'buyer',
    clientId: '4A1F0C2E-9B7D-4E3A-8F55-0D1C2B3A4E5F',
    requestedRoles: ['Shopper', 'MeAdmin'],
    grantedRoles: ['FullAccess'],
    missingRoles: [],
    expiresAt: new Date(Date.now() + 9 * 3600 * 1000).toISOString(),
    impersonating: {
      viaPerspectiveId: 'seller',
      userType: 'buyer',
      orgId: 'acme-buyers',
      userId: 'buyer01',
    },
  };
}
