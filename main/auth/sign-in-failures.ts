import type { OrderCloudError } from '../../preload/contract/requests';
import { ActionableError } from '../http/failures';

interface Explanation {
  message: string;
  hint: string;
}

/** OrderCloud's sign-in error codes (documents_authentication.mdx), each with its next step. */
const EXPLANATIONS: Record<string, Explanation> = {
  InvalidGrant: {
    message:
      'OrderCloud refused the API client (InvalidGrant): it does not exist, is not active, is not available to this user, or needs its client secret.',
    hint: 'Check the Client ID, that the client allows this kind of user (seller, buyer or supplier), and enter the client secret if it has one.',
  },
  InvalidCredentials: {
    message: 'The username or password is wrong (InvalidCredentials).',
    hint: 'Check both and sign in again. OrderCloud does not say which one is wrong.',
  },
  'Auth.InvalidUsernameOrPassword': {
    message: 'The username or password is wrong.',
    hint: 'Check both and sign in again.',
  },
  'Auth.UsernameAndPasswordRequired': {
    message: 'A username and a password are both required.',
    hint: 'Fill in the one that is missing.',
  },
  'Auth.PasswordExpired': {
    message: "This user's password has expired under the marketplace's security profile.",
    hint: 'Reset the password, then sign in with the new one.',
  },
  'Auth.InsecurePassword': {
    message: "This user's password no longer meets the marketplace's password rules.",
    hint: 'Reset the password, then sign in with the new one.',
  },
  'Auth.InsufficientRole': {
    message: 'One or more of the requested roles are not allowed for this user.',
    hint: "Remove them from the perspective's roles, or ask an administrator to grant them.",
  },
  'Auth.SellerNotActive': {
    message: 'This marketplace is not active, so nobody can sign in to it.',
    hint: 'An administrator of the marketplace must activate it.',
  },
  'Auth.UserNotActive': {
    message: 'This user is not active.',
    hint: 'An administrator must activate the user (or the user must finish setting up).',
  },
  'Auth.CompanyNotActive': {
    message: "This user's company (buyer or supplier) is not active.",
    hint: 'An administrator must activate the company.',
  },
  'Auth.LockedOut': {
    message: 'This user is locked out after too many failed sign-ins.',
    hint: 'Wait for the lockout to end (30 minutes by default) or ask an administrator to unlock the user.',
  },
  UnsupportedGrantType: {
    message: 'The server does not support this way of signing in.',
    hint: 'Choose another grant type for this perspective.',
  },
};

/** The sign-in failure for an OrderCloud error, with our words where we know the code. */
export function signInFailure(error: OrderCloudError | undefined, status: number): ActionableError {
  const code = error?.ErrorCode ?? `HTTP${status}`;
  const known = EXPLANATIONS[code];
  if (known) return new ActionableError('auth', code, known.message, known.hint);
  return new ActionableError(
    'auth',
    code,
    `OrderCloud refused the sign-in (${code}${error?.Message ? `: ${error.Message}` : ''}).`,
    'Check the profile and perspective settings, then sign in again.',
  );
}

/** Impersonation is an API call: its refusals come as API errors. */
export function impersonationFailure(
  error: OrderCloudError | undefined,
  status: number,
  userType: 'buyer' | 'supplier',
): ActionableError {
  const code = error?.ErrorCode ?? `HTTP${status}`;
  const detail = error?.Message ? ` ${error.Message}` : '';
  const role = userType === 'buyer' ? 'BuyerImpersonation' : 'SupplierUserAdmin';
  return new ActionableError(
    'auth',
    code,
    `OrderCloud refused to issue the impersonation token (${code}).${detail}`,
    `The impersonating perspective needs the ${role} role, and an impersonation config must allow it for this user and API client.`,
  );
}

export const signInRequired = (why: string): ActionableError =>
  new ActionableError('auth', 'SignInRequired', why, 'Sign in again.');
