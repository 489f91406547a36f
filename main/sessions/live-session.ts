import type {
  AuthFailure,
  SessionEventKind,
  SessionKey,
  SessionState,
} from '../../preload/contract/sessions';
import { signInRequired } from '../auth/sign-in-failures';
import type { TokenClaims } from '../auth/token-claims';
import { isActionable } from '../http/failures';
import { renewalDue, type StoredToken } from './stored-token';

export interface RenewedToken {
  token: StoredToken;
  claims: TokenClaims;
}

export interface LiveSessionDeps {
  clock: () => number;
  /** Obtains and stores a new token: refresh, or sign in again without asking anyone. */
  renew: (current: StoredToken | undefined) => Promise<RenewedToken>;
  onChange: (kind: SessionEventKind) => void;
}

/** setTimeout's ceiling (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One (profile, perspective) token lifecycle. However many requests wait for a renewal, one
 * happens (single flight); a sign-in or sign-out during a renewal wins over its result.
 */
export class LiveSession {
  private token: StoredToken | undefined;
  private tokenClaims: TokenClaims | undefined;
  private failure: AuthFailure | undefined;
  private renewal: Promise<StoredToken> | undefined;
  private renewing = false;
  /** Bumped by every sign-in and sign-out, so a renewal can tell it was overtaken. */
  private generation = 0;
  private expiryTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly key: SessionKey,
    private readonly deps: LiveSessionDeps,
  ) {}

  get state(): SessionState {
    if (this.renewing) return 'refreshing';
    if (!this.token) return 'signed-out';
    return this.deps.clock() >= this.token.expiresAt ? 'expired' : 'signed-in';
  }

  get current(): { token?: StoredToken; claims?: TokenClaims; failure?: AuthFailure } {
    return { token: this.token, claims: this.tokenClaims, failure: this.failure };
  }

  /** A token good for at least the renewal margin, renewing first if needed. */
  async fresh(): Promise<StoredToken> {
    const token = this.token;
    if (token && !renewalDue(token, this.deps.clock())) return token;
    return this.renewOnce();
  }

  /** A renewal now, joining one already under way. */
  renewNow(): Promise<StoredToken> {
    return this.renewal ?? this.renewOnce();
  }

  /** After the API answered 401 to `rejected`: renew unless someone already has. */
  async afterUnauthorized(rejected: string): Promise<StoredToken> {
    if (this.renewal) return this.renewal;
    if (this.token && this.token.accessToken !== rejected) return this.token;
    return this.renewOnce();
  }

  /** A new token from a sign-in (`signed-in`), or one restored at start (no event). */
  install(token: StoredToken, claims: TokenClaims, kind?: SessionEventKind): void {
    if (kind === 'signed-in') this.generation++;
    this.token = token;
    this.tokenClaims = claims;
    this.failure = undefined;
    this.scheduleExpiryNotice(token);
    if (kind) this.deps.onChange(kind);
  }

  /** A sign-in was refused: a session that had a token keeps it; one that had none says why. */
  signInFailed(reason: AuthFailure): void {
    this.failure = reason;
    this.deps.onChange(this.token ? 'failed' : 'signed-out');
  }

  end(reason?: AuthFailure): void {
    this.generation++;
    this.token = undefined;
    this.tokenClaims = undefined;
    this.failure = reason;
    this.clearTimer();
    this.deps.onChange('signed-out');
  }

  dispose(): void {
    this.clearTimer();
  }

  private renewOnce(): Promise<StoredToken> {
    this.renewal ??= this.runRenewal().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async runRenewal(): Promise<StoredToken> {
    const generation = this.generation;
    this.renewing = true;
    this.deps.onChange('refreshing');
    let renewed: RenewedToken;
    try {
      renewed = await this.deps.renew(this.token);
    } catch (error) {
      this.renewing = false;
      if (generation === this.generation) this.renewalFailed(error);
      throw error;
    }
    this.renewing = false;
    if (generation !== this.generation) return this.overtaken();
    this.token = renewed.token;
    this.tokenClaims = renewed.claims;
    this.failure = undefined;
    this.scheduleExpiryNotice(renewed.token);
    this.deps.onChange('refreshed');
    return renewed.token;
  }

  private renewalFailed(error: unknown): void {
    if (isActionable(error) && error.kind === 'auth') {
      this.end(error.toFailure());
      return;
    }
    // The network failed: keep the token (it may still work) and say why renewal did not.
    this.failure = isActionable(error) ? error.toFailure() : undefined;
    this.deps.onChange('failed');
  }

  private overtaken(): StoredToken {
    if (this.token) return this.token;
    throw signInRequired('The session was signed out while its token was being renewed.');
  }

  private scheduleExpiryNotice(token: StoredToken): void {
    this.clearTimer();
    const delay = Math.min(Math.max(token.expiresAt - this.deps.clock(), 0), MAX_TIMER_MS);
    this.expiryTimer = setTimeout(() => {
      if (this.token === token && this.state === 'expired') this.deps.onChange('expired');
    }, delay);
    this.expiryTimer.unref();
  }

  private clearTimer(): void {
    if (this.expiryTimer) clearTimeout(this.expiryTimer);
    this.expiryTimer = undefined;
  }
}
