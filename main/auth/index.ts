export {
  Authenticator,
  canSignInUnattended,
  type Credentials,
  type Endpoints,
} from './authenticator';
export {
  OAuthClient,
  type IssuedToken,
  type TokenGrant,
  type TokenRequest,
  type ImpersonationRequest,
} from './oauth-client';
export { decodeClaims, missingRoles, type TokenClaims } from './token-claims';
export { signInFailure, impersonationFailure, signInRequired } from './sign-in-failures';
