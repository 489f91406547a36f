// Who is in the marketplace: the seller's staff, its buyers and their people, a supplier.
import type { Address, User } from '../store/model';
import { userScope, userTable } from '../store/parties';
import type { SandboxState } from '../store/state';
import { SEED_USERS } from './credentials';

export const SEED_DATE = '2024-03-04T15:00:00.000Z';

const BUYERS = [
  {
    ID: 'summit-facilities',
    Name: 'Summit Facilities Group',
    xp: { Region: 'Mountain', AccountManager: 'maria-reyes' },
  },
  {
    ID: 'lakeside-clinics',
    Name: 'Lakeside Medical Clinics',
    xp: { Region: 'Midwest', AccountManager: 'maria-reyes' },
  },
  {
    ID: 'walk-in-customers',
    Name: 'Walk-in Customers',
    xp: { Region: 'Any', GuestCheckout: true },
  },
];

const USER_GROUPS: Array<
  [buyerID: string, id: string, name: string, description: string, members: string[]]
> = [
  [
    'summit-facilities',
    'purchasing-leads',
    'Purchasing Leads',
    'Approve large orders and may shop on behalf of colleagues.',
    ['dana-whitfield'],
  ],
  [
    'summit-facilities',
    'facilities-techs',
    'Facilities Technicians',
    'Order supplies for their sites.',
    ['sam-okafor'],
  ],
  [
    'lakeside-clinics',
    'clinic-managers',
    'Clinic Managers',
    'Run supply ordering for the clinics.',
    ['priya-nair'],
  ],
];

function address(
  id: string,
  name: string,
  company: string,
  street: string,
  city: string,
  state: string,
  zip: string,
): Address {
  return {
    ID: id,
    DateCreated: SEED_DATE,
    CompanyName: company,
    FirstName: null,
    LastName: null,
    Street1: street,
    Street2: null,
    City: city,
    State: state,
    Zip: zip,
    Country: 'US',
    Phone: null,
    AddressName: name,
    xp: null,
  };
}

const ADDRESSES: Array<[buyerID: string, Address, shipping: boolean, billing: boolean]> = [
  [
    'summit-facilities',
    address(
      'summit-hq',
      'Headquarters (billing)',
      'Summit Facilities Group',
      '1700 Lincoln St, Suite 2400',
      'Denver',
      'CO',
      '80203',
    ),
    false,
    true,
  ],
  [
    'summit-facilities',
    address(
      'summit-dc-denver',
      'Denver Distribution Center',
      'Summit Facilities Group',
      '4800 Dahlia St',
      'Denver',
      'CO',
      '80216',
    ),
    true,
    false,
  ],
  [
    'lakeside-clinics',
    address(
      'lakeside-main',
      'Main Clinic',
      'Lakeside Medical Clinics',
      '202 S Park St',
      'Madison',
      'WI',
      '53715',
    ),
    true,
    true,
  ],
];

function user(seed: (typeof SEED_USERS)[number]): User {
  return {
    ID: seed.id,
    Username: seed.username,
    Password: null,
    FirstName: seed.firstName,
    LastName: seed.lastName,
    Email: seed.email,
    Phone: seed.phone ?? null,
    TermsAccepted: SEED_DATE,
    Active: true,
    xp: seed.xp ?? null,
    DateCreated: SEED_DATE,
    PasswordLastSetDate: seed.password ? SEED_DATE : null,
  };
}

export function seedOrganization(state: SandboxState): void {
  const { tables } = state;
  for (const buyer of BUYERS)
    tables.buyers.put('', { ...buyer, DefaultCatalogID: buyer.ID, Active: true });
  tables.suppliers.put('', {
    ID: 'ridgeline-safety',
    Name: 'Ridgeline Safety Products',
    Active: true,
    xp: { LeadTimeDays: 3 },
  });
  for (const seed of SEED_USERS) {
    const companyID = seed.companyID ?? state.seller.ID;
    userTable(state, seed.userType).put(userScope(seed.userType, companyID), user(seed));
  }
  for (const [buyerID, id, name, description, members] of USER_GROUPS) {
    tables.userGroups.put(buyerID, { ID: id, Name: name, Description: description, xp: null });
    for (const member of members)
      tables.userGroupAssignments.put(buyerID, { UserGroupID: id, UserID: member });
  }
  for (const [buyerID, record, shipping, billing] of ADDRESSES) {
    tables.addresses.put(buyerID, record);
    tables.addressAssignments.put(buyerID, {
      AddressID: record.ID,
      UserID: null,
      UserGroupID: null,
      IsShipping: shipping,
      IsBilling: billing,
    });
  }
  tables.approvalRules.put('summit-facilities', {
    ID: 'large-orders',
    Name: 'Orders over $2,500',
    Description: 'A purchasing lead approves any order over $2,500.',
    ApprovingGroupID: 'purchasing-leads',
    RuleExpression: 'order.Total > 2500',
    xp: null,
  });
}
