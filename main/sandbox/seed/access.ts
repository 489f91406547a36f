// How people get in: API clients, security profiles and impersonation configs.
import type { ApiClient, ImpersonationConfig } from '../store/model';
import type { SandboxState } from '../store/state';
import { CLIENT_IDS, ERP_CLIENT_SECRET } from './credentials';

/** Every role the seed "Making Your First Request" asks for, plus what else a seller admin does. */
const MARKETPLACE_ADMIN_ROLES = [
  'CatalogAdmin',
  'BuyerReader',
  'MeAdmin',
  'InventoryAdmin',
  'PasswordReset',
  'OrderAdmin',
  'PriceScheduleAdmin',
  'ProductAdmin',
  'ProductAssignmentAdmin',
  'ShipmentAdmin',
  'BuyerImpersonation',
  'BuyerAdmin',
  'BuyerUserAdmin',
  'UserGroupAdmin',
  'AddressAdmin',
  'ApprovalRuleAdmin',
  'CategoryAdmin',
  'AdminUserAdmin',
  'AdminAddressAdmin',
  'SupplierAdmin',
  'SupplierUserAdmin',
  'SupplierAddressAdmin',
  'ApiClientAdmin',
  'SecurityProfileAdmin',
  'SetSecurityProfile',
  'OrderReader',
  'ShipmentReader',
  'ProductReader',
  'CatalogReader',
  'PriceScheduleReader',
  'MeAddressAdmin',
  'MeXpAdmin',
];

const SUPPORT_READ_ONLY_ROLES = [
  'MeAdmin',
  'BuyerReader',
  'BuyerUserReader',
  'UserGroupReader',
  'AddressReader',
  'OrderReader',
  'ShipmentReader',
  'ProductReader',
  'CatalogReader',
  'CategoryReader',
  'PriceScheduleReader',
  'SupplierReader',
  'SupplierUserReader',
  'AdminUserReader',
  'ApiClientReader',
  'SecurityProfileReader',
];

const PROFILES: Array<[id: string, name: string, roles: string[], customRoles: string[]]> = [
  ['seller-baseline', 'Seller baseline (every admin user)', ['MeAdmin', 'PasswordReset'], []],
  [
    'marketplace-admin',
    'Marketplace Administrator',
    MARKETPLACE_ADMIN_ROLES,
    ['CascadeReportsViewer'],
  ],
  ['support-read-only', 'Customer Support, read-only', SUPPORT_READ_ONLY_ROLES, []],
  [
    'erp-integration',
    'ERP integration',
    [
      'OrderAdmin',
      'ShipmentAdmin',
      'ProductAdmin',
      'PriceScheduleAdmin',
      'InventoryAdmin',
      'BuyerReader',
      'CatalogReader',
    ],
    [],
  ],
  [
    'buyer-shopper',
    'Buyer shopper',
    ['MeAdmin', 'PasswordReset', 'Shopper', 'MeAddressAdmin', 'MeXpAdmin'],
    [],
  ],
  [
    'purchasing-lead',
    'Purchasing lead',
    ['BuyerImpersonation', 'OrderReader'],
    ['ApproveLargeOrders'],
  ],
  [
    'supplier-fulfillment',
    'Supplier fulfillment',
    ['MeAdmin', 'PasswordReset', 'OrderAdmin', 'OrderReader', 'ShipmentAdmin', 'ShipmentReader'],
    [],
  ],
  [
    'impersonation-shopper',
    'Shopping on behalf of a buyer user',
    ['MeAdmin', 'MeAddressAdmin', 'Shopper'],
    [],
  ],
];

/** [profile, level fields]: seller-wide, per admin user, per buyer, per buyer group, per supplier. */
const PROFILE_ASSIGNMENTS: Array<[string, Record<string, string>]> = [
  ['seller-baseline', {}],
  ['marketplace-admin', { UserID: 'maria-reyes' }],
  ['support-read-only', { UserID: 'theo-grant' }],
  ['erp-integration', { UserID: 'erp-integration' }],
  ['buyer-shopper', { BuyerID: 'summit-facilities' }],
  ['buyer-shopper', { BuyerID: 'lakeside-clinics' }],
  ['buyer-shopper', { BuyerID: 'walk-in-customers' }],
  ['purchasing-lead', { BuyerID: 'summit-facilities', UserGroupID: 'purchasing-leads' }],
  ['supplier-fulfillment', { SupplierID: 'ridgeline-safety' }],
];

function client(id: string, name: string, settings: Partial<ApiClient>): ApiClient {
  return {
    ID: id,
    AppName: name,
    ClientSecret: null,
    AccessTokenDuration: 600,
    RefreshTokenDuration: 0,
    Active: true,
    DefaultContextUserName: null,
    AllowAnyBuyer: false,
    AllowAnySupplier: false,
    AllowSeller: false,
    IsAnonBuyer: false,
    xp: null,
    ...settings,
  };
}

const CLIENTS = [
  client(CLIENT_IDS.defaultAccess, 'Default access', {
    AllowSeller: true,
    AllowAnyBuyer: true,
    AllowAnySupplier: true,
  }),
  client(CLIENT_IDS.storefront, 'Storefront (refresh tokens)', {
    AllowSeller: true,
    AllowAnyBuyer: true,
    AccessTokenDuration: 60,
    RefreshTokenDuration: 7 * 24 * 60,
  }),
  client(CLIENT_IDS.erpIntegration, 'ERP integration (client secret)', {
    AllowSeller: true,
    ClientSecret: ERP_CLIENT_SECRET,
    DefaultContextUserName: 'erp-integration',
    AccessTokenDuration: 30,
  }),
  client(CLIENT_IDS.guestCheckout, 'Guest checkout (anonymous)', {
    IsAnonBuyer: true,
    DefaultContextUserName: 'guest-template',
  }),
];

function impersonation(id: string, settings: Partial<ImpersonationConfig>): ImpersonationConfig {
  return {
    ID: id,
    ImpersonationBuyerID: null,
    ImpersonationGroupID: null,
    ImpersonationUserID: null,
    BuyerID: null,
    GroupID: null,
    UserID: null,
    SecurityProfileID: 'impersonation-shopper',
    ClientID: CLIENT_IDS.defaultAccess,
    ...settings,
  };
}

const IMPERSONATION_CONFIGS = [
  impersonation('cs-desk-summit', {
    ImpersonationUserID: 'maria-reyes',
    BuyerID: 'summit-facilities',
  }),
  impersonation('cs-desk-lakeside', {
    ImpersonationUserID: 'maria-reyes',
    BuyerID: 'lakeside-clinics',
  }),
  impersonation('summit-purchasing-leads', {
    ImpersonationBuyerID: 'summit-facilities',
    ImpersonationGroupID: 'purchasing-leads',
    BuyerID: 'summit-facilities',
  }),
  // Configs of this API version name buyers; the sandbox reads BuyerID as the supplier here.
  impersonation('cs-desk-ridgeline', {
    ImpersonationUserID: 'maria-reyes',
    BuyerID: 'ridgeline-safety',
    UserID: 'alex-moreau',
    SecurityProfileID: 'supplier-fulfillment',
  }),
];

export function seedAccess(state: SandboxState): void {
  const { tables } = state;
  for (const [ID, Name, Roles, CustomRoles] of PROFILES)
    tables.securityProfiles.put('', { ID, Name, Roles, CustomRoles });
  for (const [profile, level] of PROFILE_ASSIGNMENTS) {
    tables.securityProfileAssignments.put('', {
      SecurityProfileID: profile,
      BuyerID: null,
      SupplierID: null,
      UserID: null,
      UserGroupID: null,
      ...level,
    });
  }
  for (const record of CLIENTS) tables.apiClients.put('', record);
  tables.apiClientAssignments.put('', {
    ApiClientID: CLIENT_IDS.guestCheckout,
    BuyerID: 'walk-in-customers',
    SupplierID: null,
  });
  for (const config of IMPERSONATION_CONFIGS) tables.impersonationConfigs.put('', config);
}
