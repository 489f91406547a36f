import type { AuthFailure } from '../../preload/contract/sessions';

/** Main's AuthFailure; the hint may be missing when a failure comes from elsewhere. */
export type SignInFailure = Omit<AuthFailure, 'hint'> & { hint?: string };

/** A failure as the user should read it: what went wrong, then what to do about it. */
export interface AuthMessage {
  title: string;
  action: string;
  /** The server's own message says more (which host, which certificate): show it too. */
  showServerMessage?: boolean;
}

const WRONG_PASSWORD: AuthMessage = {
  title: 'The username or password is wrong.',
  action: 'Check them and try again; OrderCloud does not say which one.',
};

const RESET_PASSWORD =
  'Reset the password (or ask an administrator to), then sign in with the new one.';

/**
 * OrderCloud's sign-in error codes (documents_authentication.mdx) and main's network codes.
 * Codes not listed fall back to the server's own message and hint.
 */
const AUTH_MESSAGES: Readonly<Record<string, AuthMessage>> = {
  InvalidCredentials: WRONG_PASSWORD,
  'Auth.InvalidUsernameOrPassword': WRONG_PASSWORD,
  InvalidGrant: {
    title: "This API client can't be used by this user.",
    action:
      "Check the Client ID, that the client is assigned to the user's organisation, and the client secret if it has one.",
  },
  'Auth.UsernameAndPasswordRequired': {
    title: 'A username and a password are both needed.',
    action: 'Fill in the one that is missing and sign in again.',
  },
  'Auth.PasswordExpired': {
    title: "This user's password has expired.",
    action: RESET_PASSWORD,
  },
  'Auth.InsecurePassword': {
    title: "This user's password no longer meets the marketplace's rules.",
    action: RESET_PASSWORD,
  },
  'Auth.InsufficientRole': {
    title: 'This user may not have one of the requested roles.',
    action: 'Remove the roles the user lacks, or ask an administrator to grant them.',
  },
  'Auth.UserNotActive': {
    title: 'This user is not active.',
    action: 'An administrator must activate the user, or the user must finish setting up.',
  },
  'Auth.CompanyNotActive': {
    title: "This user's buyer or supplier organisation is not active.",
    action: 'An administrator must activate the organisation.',
  },
  'Auth.SellerNotActive': {
    title: 'This marketplace is not active, so nobody can sign in.',
    action: 'An administrator of the marketplace must activate it.',
  },
  'Auth.LockedOut': {
    title: 'This user is locked out after too many failed sign-ins.',
    action:
      'Wait for the lockout to end (30 minutes by default) or ask an administrator to unlock it.',
  },
  ClientSecretRequired: {
    title: 'This grant needs the API client’s secret, and none is saved.',
    action: 'Edit the marketplace and enter the client secret on its API client.',
  },
  UnsupportedGrantType: {
    title: 'The server does not support this way of signing in.',
    action: 'Choose another grant type for this perspective.',
  },
  NetworkConnectionRefused: {
    title: 'The server refused the connection.',
    action: 'Check the API URL and port; for a local server, make sure it is running.',
    showServerMessage: true,
  },
  NetworkDnsFailed: {
    title: "The server's name could not be found.",
    action: 'Check the API URL for typos, and that this computer is online.',
    showServerMessage: true,
  },
  NetworkTimeout: {
    title: 'The server did not answer in time.',
    action: 'Try again; if it keeps happening, the server may be unreachable from this network.',
    showServerMessage: true,
  },
  NetworkTlsFailed: {
    title: "The server's certificate is not trusted.",
    action:
      'Check the URL; behind a proxy that inspects TLS, start OC Explorer with NODE_EXTRA_CA_CERTS set to its certificate.',
    showServerMessage: true,
  },
  NetworkConnectionReset: {
    title: 'The server closed the connection unexpectedly.',
    action: 'Try again; if it keeps happening, check any proxy or firewall in between.',
    showServerMessage: true,
  },
  NetworkUnreachable: {
    title: 'The server cannot be reached from this network.',
    action: 'Check that this computer is online.',
    showServerMessage: true,
  },
  UnexpectedResponse: {
    title: 'That address did not answer like an OrderCloud API.',
    action: "Check the marketplace's API URL: it may point at a website or a proxy login page.",
    showServerMessage: true,
  },
  ServerError: {
    title: 'The server had a problem of its own.',
    action: 'Try again in a moment; nothing was changed.',
    showServerMessage: true,
  },
};

const FALLBACK_ACTION = 'Check the marketplace and perspective settings, then try again.';

export function describeAuthFailure(failure: SignInFailure): AuthMessage {
  return (
    AUTH_MESSAGES[failure.code] ?? {
      title: failure.message,
      action: failure.hint || FALLBACK_ACTION,
    }
  );
}
