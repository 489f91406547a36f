import { z } from 'zod';
import type {
  Address,
  ApiClient,
  ApprovalRule,
  Buyer,
  Catalog,
  Category,
  Company,
  ImpersonationConfig,
  LineItem,
  Order,
  OrderApproval,
  PriceSchedule,
  Product,
  SecurityProfile,
  Shipment,
  ShipmentItem,
  Spec,
  SpecOption,
  User,
  UserGroup,
} from './model';
import { Table } from './table';

/** An assignment record: the fields that identify it plus its settings (IsShipping, ViewAllProducts...). */
export type Assignment = Record<string, string | number | boolean | null>;

/** The fields that identify each kind of assignment; saving one with the same key replaces it. */
export const ASSIGNMENT_KEYS = {
  securityProfileAssignments: [
    'SecurityProfileID',
    'BuyerID',
    'SupplierID',
    'UserID',
    'UserGroupID',
  ],
  userGroupAssignments: ['UserGroupID', 'UserID'],
  addressAssignments: ['AddressID', 'UserID', 'UserGroupID'],
  catalogAssignments: ['CatalogID', 'BuyerID'],
  catalogProductAssignments: ['CatalogID', 'ProductID'],
  categoryAssignments: ['CategoryID', 'BuyerID', 'UserGroupID'],
  categoryProductAssignments: ['CategoryID', 'ProductID'],
  productAssignments: ['ProductID', 'BuyerID', 'UserGroupID'],
  specProductAssignments: ['SpecID', 'ProductID'],
  apiClientAssignments: ['ApiClientID', 'BuyerID', 'SupplierID'],
} as const;

export type AssignmentTableName = keyof typeof ASSIGNMENT_KEYS;

function assignmentTable(kind: AssignmentTableName): Table<Assignment> {
  const fields: readonly string[] = ASSIGNMENT_KEYS[kind];
  return new Table<Assignment>((record) => fields.map((field) => record[field] ?? '').join('|'));
}

function createTables() {
  return {
    adminUsers: new Table<User>(),
    buyers: new Table<Buyer>(),
    users: new Table<User>(),
    userGroups: new Table<UserGroup>(),
    addresses: new Table<Address>(),
    personalAddresses: new Table<Address>(),
    approvalRules: new Table<ApprovalRule>(),
    suppliers: new Table<Company>(),
    supplierUsers: new Table<User>(),
    apiClients: new Table<ApiClient>(),
    securityProfiles: new Table<SecurityProfile>(),
    impersonationConfigs: new Table<ImpersonationConfig>(),
    catalogs: new Table<Catalog>(),
    categories: new Table<Category>(),
    products: new Table<Product>(),
    priceSchedules: new Table<PriceSchedule>(),
    specs: new Table<Spec>(),
    specOptions: new Table<SpecOption>(),
    orders: new Table<Order>(),
    lineItems: new Table<LineItem>(),
    orderApprovals: new Table<OrderApproval>((approval) => approval.ApprovalRuleID),
    shipments: new Table<Shipment>(),
    shipmentItems: new Table<ShipmentItem>((item) => `${item.OrderID}|${item.LineItemID}`),
    securityProfileAssignments: assignmentTable('securityProfileAssignments'),
    userGroupAssignments: assignmentTable('userGroupAssignments'),
    addressAssignments: assignmentTable('addressAssignments'),
    catalogAssignments: assignmentTable('catalogAssignments'),
    catalogProductAssignments: assignmentTable('catalogProductAssignments'),
    categoryAssignments: assignmentTable('categoryAssignments'),
    categoryProductAssignments: assignmentTable('categoryProductAssignments'),
    productAssignments: assignmentTable('productAssignments'),
    specProductAssignments: assignmentTable('specProductAssignments'),
    apiClientAssignments: assignmentTable('apiClientAssignments'),
  };
}

export type Tables = ReturnType<typeof createTables>;
export type TableName = keyof Tables;

export interface SellerInfo {
  ID: string;
  Name: string;
  /** The per-marketplace HS256 key that signs its access tokens. */
  SigningKey: string;
}

/** The marketplace owner's developer account; it signs in as the "Default User". */
export interface DeveloperAccount {
  Username: string;
  PasswordHash: string;
  DefaultUser: User;
}

/** What a refresh token stands for. Stored under the token's SHA-256, never the token itself. */
export interface RefreshGrant {
  ClientID: string;
  Username: string;
  Roles: string[];
  ExpiresAt: number;
}

const STATE_FORMAT = 'oc-explorer-sandbox';
const STATE_VERSION = 1;

const record = z.record(z.string(), z.unknown());
const persistedSchema = z.object({
  format: z.literal(STATE_FORMAT),
  version: z.literal(STATE_VERSION),
  seller: z.object({ ID: z.string(), Name: z.string(), SigningKey: z.string().min(32) }),
  developer: z.object({ Username: z.string(), PasswordHash: z.string(), DefaultUser: record }),
  tables: z.record(z.string(), z.record(z.string(), z.array(record))),
  passwords: z.record(z.string(), z.string()),
  refreshTokens: z.record(
    z.string(),
    z.object({
      ClientID: z.string(),
      Username: z.string(),
      Roles: z.array(z.string()),
      ExpiresAt: z.number(),
    }),
  ),
});

/** The whole marketplace: everything a restart with --data must bring back. */
export class SandboxState {
  readonly tables: Tables = createTables();
  /** Password hashes by party key (see parties.ts), apart from the user records shown on the wire. */
  readonly passwords = new Map<string, string>();
  readonly refreshTokens = new Map<string, RefreshGrant>();

  constructor(
    readonly seller: SellerInfo,
    readonly developer: DeveloperAccount,
  ) {}

  toJSON(): unknown {
    return {
      format: STATE_FORMAT,
      version: STATE_VERSION,
      seller: this.seller,
      developer: this.developer,
      tables: Object.fromEntries(
        Object.entries(this.tables).map(([name, table]) => [name, table.toJSON()]),
      ),
      passwords: Object.fromEntries(this.passwords),
      refreshTokens: Object.fromEntries(this.refreshTokens),
    };
  }

  static fromJSON(data: unknown): SandboxState {
    const parsed = persistedSchema.parse(data);
    const state = new SandboxState(parsed.seller, {
      ...parsed.developer,
      DefaultUser: parsed.developer.DefaultUser as User,
    });
    for (const [name, scopes] of Object.entries(parsed.tables)) {
      if (!(name in state.tables)) throw new Error(`Unknown table "${name}" in the sandbox data.`);
      (state.tables[name as TableName] as Table<object>).load(scopes as Record<string, object[]>);
    }
    for (const [key, hash] of Object.entries(parsed.passwords)) state.passwords.set(key, hash);
    for (const [key, grant] of Object.entries(parsed.refreshTokens))
      state.refreshTokens.set(key, grant);
    return state;
  }
}
