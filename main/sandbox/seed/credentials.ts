// The seed's published sign-ins (also listed in main/sandbox/README.md). They are public on
// purpose: the Local sandbox exists so anyone can explore with no account.
import type { UserType } from '../store/parties';

export const SELLER = { ID: 'cascade-industrial', Name: 'Cascade Industrial Supply' };

export const CLIENT_IDS = {
  defaultAccess: '8E3C6B1A-2F4D-4C7E-9A51-3D2B7F0C9E14',
  storefront: '5B7D2E90-4A13-4F6C-8D2E-A1C3B5E7F902',
  erpIntegration: 'C41F8A27-9B3E-4D5A-B6C1-72E0D4F8A319',
  guestCheckout: '2A9E5C71-6D84-4B3F-A0E2-9C1B7D5F3E48',
};

export const ERP_CLIENT_SECRET = 'erp-7Qm2vX9tLp4sN8kR3wZ6yB1cD5fH0jG';

/** The marketplace owner's Dev Center account (seed "Getting Started with OrderCloud.io"). */
export const DEVELOPER = { username: 'cascade.owner', password: 'Owner-DevCenter-1!' };

export interface SeedUser {
  id: string;
  username: string;
  /** Absent for users that never sign in themselves (the guest checkout template). */
  password?: string;
  userType: UserType;
  companyID?: string;
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  xp?: Record<string, unknown>;
}

export const SEED_USERS: SeedUser[] = [
  {
    id: 'maria-reyes',
    username: 'admin01',
    password: 'Marketplace-Admin-1!',
    userType: 'admin',
    firstName: 'Maria',
    lastName: 'Reyes',
    email: 'maria.reyes@cascade-supply.example',
    xp: { Title: 'Marketplace Administrator' },
  },
  {
    id: 'theo-grant',
    username: 'support01',
    password: 'Support-Desk-1!',
    userType: 'admin',
    firstName: 'Theo',
    lastName: 'Grant',
    email: 'theo.grant@cascade-supply.example',
    xp: { Title: 'Customer Support (read-only)' },
  },
  {
    id: 'erp-integration',
    username: 'erp-integration',
    password: 'Erp-Integration-1!',
    userType: 'admin',
    firstName: 'ERP',
    lastName: 'Integration',
    email: 'erp@cascade-supply.example',
    xp: { Title: 'Back-office integration user' },
  },
  {
    id: 'dana-whitfield',
    username: 'buyer01',
    password: 'Summit-Buyer-1!',
    userType: 'buyer',
    companyID: 'summit-facilities',
    firstName: 'Dana',
    lastName: 'Whitfield',
    email: 'dana.whitfield@summitfacilities.example',
    phone: '303-555-0142',
    xp: { Title: 'Purchasing Lead', CostCenter: 'FAC-100' },
  },
  {
    id: 'sam-okafor',
    username: 'buyer02',
    password: 'Summit-Buyer-2!',
    userType: 'buyer',
    companyID: 'summit-facilities',
    firstName: 'Sam',
    lastName: 'Okafor',
    email: 'sam.okafor@summitfacilities.example',
    phone: '303-555-0178',
    xp: { Title: 'Facilities Technician', CostCenter: 'FAC-210' },
  },
  {
    id: 'priya-nair',
    username: 'buyer03',
    password: 'Lakeside-Buyer-1!',
    userType: 'buyer',
    companyID: 'lakeside-clinics',
    firstName: 'Priya',
    lastName: 'Nair',
    email: 'priya.nair@lakesideclinics.example',
    phone: '608-555-0119',
    xp: { Title: 'Clinic Operations Manager' },
  },
  {
    id: 'guest-template',
    username: 'guest-template',
    userType: 'buyer',
    companyID: 'walk-in-customers',
    firstName: 'Guest',
    lastName: 'Shopper',
    email: 'guests@cascade-supply.example',
  },
  {
    id: 'alex-moreau',
    username: 'supplier01',
    password: 'Ridgeline-Supply-1!',
    userType: 'supplier',
    companyID: 'ridgeline-safety',
    firstName: 'Alex',
    lastName: 'Moreau',
    email: 'alex.moreau@ridgelinesafety.example',
    xp: { Title: 'Fulfillment Coordinator' },
  },
];
