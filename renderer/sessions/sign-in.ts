import type { SignInFailure } from './auth-messages';

/** What SignInDialog asks its owner to do, and what it expects back. */

export interface SignInRequest {
  /** Only when the perspective's password is not saved. */
  password?: string;
  savePassword: boolean;
  roles: string[];
}

export type SignInResult = { ok: true } | { ok: false; failure: SignInFailure };
