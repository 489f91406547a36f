import type { UserType } from '../../preload/contract/sessions';

/** Outline icons, 16px, drawn with currentColor. */
const PATHS: Readonly<Record<UserType, string>> = {
  // A shield: the seller's administrators.
  admin: 'M8 1.5 2.5 3.8v3.7c0 3.4 2.3 6 5.5 7 3.2-1 5.5-3.6 5.5-7V3.8L8 1.5Z',
  // A cart: buyers shop.
  buyer: 'M1.5 2h2l1.6 8h7.4l1.5-5.5H4.3M6.5 13.5a.8.8 0 1 0 0 .01M11.5 13.5a.8.8 0 1 0 0 .01',
  // A box: suppliers ship.
  supplier: 'M8 1.8 2 4.6v6.8l6 2.8 6-2.8V4.6L8 1.8ZM2 4.6l6 2.8 6-2.8M8 7.4v6.8',
};

export const USER_TYPE_LABELS: Readonly<Record<UserType, string>> = {
  admin: 'Admin',
  buyer: 'Buyer',
  supplier: 'Supplier',
};

export function UserTypeIcon({ userType }: { userType: UserType }) {
  return (
    <svg className="user-type-icon" viewBox="0 0 16 16" aria-hidden="true">
      <path d={PATHS[userType]} />
    </svg>
  );
}
