import { z } from 'zod';

/** A session's token as kept (encrypted) in the vault. Times are this computer's clock, in ms. */
export const StoredToken = z.object({
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1).optional(),
  issuedAt: z.number(),
  expiresAt: z.number(),
  requestedRoles: z.array(z.string()),
  /** Which API issued it (see environmentIdentity); if the profile moves, the token is dropped. */
  issuer: z.string(),
});
export type StoredToken = z.infer<typeof StoredToken>;

/** Never renew later than this before expiry. */
export const MIN_RENEWAL_MARGIN_MS = 60_000;

/**
 * Renew ahead of expiry: a tenth of the lifetime but at least a minute, so a clock that runs a
 * little behind the server's does not send expired tokens. Expiry is counted from when the
 * token arrived here (expires_in), never from the server's `exp`, for the same reason. A token
 * too short-lived for the margin is renewed at half its life.
 */
export function renewalDue(token: StoredToken, now: number): boolean {
  const lifetime = token.expiresAt - token.issuedAt;
  const margin = Math.min(Math.max(MIN_RENEWAL_MARGIN_MS, lifetime / 10), lifetime / 2);
  return now >= token.expiresAt - margin;
}

export function parseStoredToken(text: string): StoredToken | undefined {
  try {
    const parsed = StoredToken.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
