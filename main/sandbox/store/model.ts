// The stored records, in the shape OrderCloud puts on the wire (PascalCase, nulls included).
// Computed fields (AvailableRoles, SpecCount, ChildCount, ...) are added when a record is shown.

export type Xp = Record<string, unknown> | null;

export interface Entity {
  ID: string;
  [field: string]: unknown;
}

export interface User extends Entity {
  Username: string;
  Password: null;
  FirstName: string | null;
  LastName: string | null;
  Email: string | null;
  Phone: string | null;
  TermsAccepted: string | null;
  Active: boolean;
  xp: Xp;
  DateCreated: string;
  PasswordLastSetDate: string | null;
}

export interface Company extends Entity {
  Name: string;
  Active: boolean;
  xp: Xp;
}

export interface Buyer extends Company {
  DefaultCatalogID: string | null;
}

export interface UserGroup extends Entity {
  Name: string;
  Description: string | null;
  xp: Xp;
}

export interface Address extends Entity {
  DateCreated: string;
  CompanyName: string | null;
  FirstName: string | null;
  LastName: string | null;
  Street1: string;
  Street2: string | null;
  City: string;
  State: string;
  Zip: string;
  Country: string;
  Phone: string | null;
  AddressName: string | null;
  xp: Xp;
}

export interface ApiClient extends Entity {
  AppName: string;
  ClientSecret: string | null;
  AccessTokenDuration: number;
  RefreshTokenDuration: number;
  Active: boolean;
  DefaultContextUserName: string | null;
  AllowAnyBuyer: boolean;
  AllowAnySupplier: boolean;
  AllowSeller: boolean;
  IsAnonBuyer: boolean;
  xp: Xp;
}

export interface SecurityProfile extends Entity {
  Name: string;
  Roles: string[];
  CustomRoles: string[];
}

export interface ImpersonationConfig extends Entity {
  ImpersonationBuyerID: string | null;
  ImpersonationGroupID: string | null;
  ImpersonationUserID: string | null;
  BuyerID: string | null;
  GroupID: string | null;
  UserID: string | null;
  SecurityProfileID: string | null;
  ClientID: string | null;
}

export interface Catalog extends Entity {
  OwnerID: string;
  Name: string;
  Description: string | null;
  Active: boolean;
  xp: Xp;
}

export interface Category extends Entity {
  Name: string;
  Description: string | null;
  ListOrder: number;
  Active: boolean;
  ParentID: string | null;
  xp: Xp;
}

export interface Product extends Entity {
  OwnerID: string;
  DefaultPriceScheduleID: string | null;
  Name: string;
  Description: string | null;
  QuantityMultiplier: number;
  Active: boolean;
  xp: Xp;
}

export interface PriceBreak {
  Quantity: number;
  Price: number;
}

export interface PriceSchedule extends Entity {
  Name: string;
  MinQuantity: number;
  MaxQuantity: number | null;
  UseCumulativeQuantity: boolean;
  RestrictedQuantity: boolean;
  PriceBreaks: PriceBreak[];
  xp: Xp;
}

export interface Spec extends Entity {
  Name: string;
  ListOrder: number;
  DefaultValue: string | null;
  Required: boolean;
  AllowOpenText: boolean;
  DefaultOptionID: string | null;
  xp: Xp;
}

export type PriceMarkupType = 'NoMarkup' | 'AmountPerQuantity' | 'AmountTotal' | 'Percentage';

export interface SpecOption extends Entity {
  Value: string;
  ListOrder: number;
  IsOpenText: boolean;
  PriceMarkupType: PriceMarkupType;
  PriceMarkup: number | null;
  xp: Xp;
}

export type OrderStatus =
  'Unsubmitted' | 'AwaitingApproval' | 'Declined' | 'Open' | 'Completed' | 'Canceled';

export interface Order extends Entity {
  FromUser: User;
  FromCompanyID: string;
  ToCompanyID: string;
  FromUserID: string;
  BillingAddressID: string | null;
  BillingAddress: Address | null;
  ShippingAddressID: string | null;
  Comments: string | null;
  LineItemCount: number;
  Status: OrderStatus;
  DateCreated: string;
  DateSubmitted: string | null;
  DateApproved: string | null;
  DateDeclined: string | null;
  DateCanceled: string | null;
  DateCompleted: string | null;
  Subtotal: number;
  ShippingCost: number;
  TaxCost: number;
  PromotionDiscount: number;
  Total: number;
  IsSubmitted: boolean;
  xp: Xp;
}

export interface LineItemSpec {
  SpecID: string;
  Name: string | null;
  OptionID: string | null;
  Value: string | null;
}

export interface LineItem extends Entity {
  ProductID: string;
  Quantity: number;
  DateAdded: string;
  QuantityShipped: number;
  UnitPrice: number | null;
  PromotionDiscount: number;
  LineTotal: number;
  LineSubtotal: number;
  Product: Record<string, unknown>;
  Variant: null;
  Specs: LineItemSpec[];
  xp: Xp;
}

export interface OrderApproval {
  ApprovalRuleID: string;
  ApprovingGroupID: string;
  Status: 'Pending' | 'Approved' | 'Declined';
  AllowResubmit: boolean;
  DateCreated: string;
  DateCompleted: string | null;
  Approver: User | null;
  Comments: string | null;
}

export interface ApprovalRule extends Entity {
  Name: string | null;
  Description: string | null;
  ApprovingGroupID: string;
  RuleExpression: string;
  xp: Xp;
}

export interface Shipment extends Entity {
  BuyerID: string | null;
  Shipper: string | null;
  DateShipped: string | null;
  TrackingNumber: string | null;
  xp: Xp;
}

export interface ShipmentItem {
  OrderID: string;
  LineItemID: string;
  QuantityShipped: number;
  UnitPrice: number | null;
  CostCenter: string | null;
  DateNeeded: string | null;
  Product: Record<string, unknown>;
  Variant: null;
  Specs: LineItemSpec[];
  xp: Xp;
}
