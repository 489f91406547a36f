import type { Perspective, Profile } from '../../preload/contract/profiles';
import type {
  SessionEvent,
  SessionEventKind,
  SessionKey,
  SessionSummary,
} from '../../preload/contract/sessions';
import type { Authenticator, Credentials } from '../auth/authenticator';
import { canSignInUnattended } from '../auth/authenticator';
import type { IssuedToken } from '../auth/oauth-client';
import { signInRequired } from '../auth/sign-in-failures';
import { decodeClaims } from '../auth/token-claims';
import { isActionable } from '../http/failures';
import type { EndpointResolver } from '../profiles/endpoints';
import { environmentIdentity } from '../profiles/endpoints';
import { profileNotFound } from '../profiles/errors';
import { vaultLocked } from '../vault/errors';
import { secretKeys } from '../vault/secret-keys';
import type { SecretIndex } from '../vault/vault';
import { gatherCredentials } from './credentials';
import { Emitter } from './emitter';
import { LiveSession, type RenewedToken } from './live-session';
import { parseStoredToken, type StoredToken } from './stored-token';
import { summarize } from './summary';

/** What sessions need to know about profiles: never their secret flags. */
export interface ProfileLookup {
  find(id: string): Profile | undefined;
}

export interface SessionManagerDeps {
  profiles: ProfileLookup;
  secrets: SecretIndex;
  auth: Authenticator;
  endpoints: EndpointResolver;
  /** ms since the epoch; injectable so tests can move time. */
  clock?: () => number;
}

/** A token ready to use, and the API it is for. */
export interface Authorization {
  accessToken: string;
  apiUrl: string;
}

const keyOf = ({ profileId, perspectiveId }: SessionKey) => `${profileId}\u0000${perspectiveId}`;

/**
 * Every (profile, perspective) session: signing in and out, renewing tokens, keeping them in
 * the vault across restarts, and telling listeners what changed. Hands out summaries; a token
 * only to the request executor and the clipboard.
 */
export class SessionManager {
  private readonly sessions = new Map<string, LiveSession>();
  /** Sessions being read from the vault: every caller waits for the same load. */
  private readonly loading = new Map<string, Promise<LiveSession>>();
  private readonly events = new Emitter<SessionEvent>();
  private readonly clock: () => number;

  constructor(private readonly deps: SessionManagerDeps) {
    this.clock = deps.clock ?? Date.now;
  }

  onEvent(listener: (event: SessionEvent) => void): () => void {
    return this.events.on(listener);
  }

  /** Loads every session kept in the vault (after it is unlocked). */
  async restoreAll(): Promise<SessionSummary[]> {
    for (const key of this.deps.secrets.keys(secretKeys.sessionPrefix)) {
      const [, profileId = '', perspectiveId = ''] = key.split(':');
      await this.session({ profileId, perspectiveId });
    }
    return this.list();
  }

  list(): SessionSummary[] {
    return [...this.sessions.values()].map((session) => this.summaryOf(session));
  }

  async summary(key: SessionKey): Promise<SessionSummary> {
    return this.summaryOf(await this.session(key));
  }

  async signIn(key: SessionKey, options: { password?: string } = {}): Promise<SessionSummary> {
    if (this.deps.secrets.isLocked()) throw vaultLocked();
    const session = await this.session(key);
    const { profile, perspective } = this.lookup(key);
    try {
      const credentials = await this.credentials(profile, perspective, options.password);
      const { token, claims } = await this.issue(
        key,
        credentials,
        await this.deps.auth.signIn(credentials),
      );
      if (options.password && perspective.savePassword) {
        await this.deps.secrets.set(
          secretKeys.password(key.profileId, key.perspectiveId),
          options.password,
        );
      }
      session.install(token, claims, 'signed-in');
    } catch (error) {
      if (isActionable(error) && error.kind === 'auth') session.signInFailed(error.toFailure());
      throw error;
    }
    return this.summaryOf(session);
  }

  async signOut(key: SessionKey): Promise<SessionSummary> {
    await this.deps.secrets.delete(secretKeys.session(key.profileId, key.perspectiveId));
    const session = await this.session(key);
    session.end();
    return this.summaryOf(session);
  }

  /** A token fresh for at least the renewal margin, for the request executor. */
  async authorize(key: SessionKey): Promise<Authorization> {
    const session = await this.session(key);
    return this.authorization(key, await session.fresh());
  }

  /** After a 401: renew once (or take a renewal someone else made) for a single retry. */
  async reauthorize(key: SessionKey, rejectedToken: string): Promise<Authorization> {
    const session = await this.session(key);
    return this.authorization(key, await session.afterUnauthorized(rejectedToken));
  }

  /** Renews the token now, whatever its age (the user asked), and says how it went. */
  async refresh(key: SessionKey): Promise<SessionSummary> {
    const session = await this.session(key);
    await session.renewNow();
    return this.summaryOf(session);
  }

  /** For the clipboard adapter only: the one way a token leaves the session services. */
  async getAccessTokenForClipboard(key: SessionKey): Promise<string> {
    return (await this.authorize(key)).accessToken;
  }

  /** Forgets sessions in memory (the vault was locked); they come back with restoreAll. */
  suspendAll(): void {
    for (const session of this.sessions.values()) session.dispose();
    this.sessions.clear();
  }

  /** Ends sessions whose profile or perspective no longer exists. */
  async prune(): Promise<void> {
    for (const [id, session] of this.sessions) {
      if (this.find(session.key)) continue;
      session.end();
      session.dispose();
      this.sessions.delete(id);
      await this.deps.secrets.delete(
        secretKeys.session(session.key.profileId, session.key.perspectiveId),
      );
    }
  }

  private session(key: SessionKey): Promise<LiveSession> {
    const id = keyOf(key);
    const loaded = this.sessions.get(id);
    if (loaded) return Promise.resolve(loaded);
    let pending = this.loading.get(id);
    if (!pending) {
      pending = this.load(key).finally(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }

  private async load(key: SessionKey): Promise<LiveSession> {
    this.lookup(key);
    const session: LiveSession = new LiveSession(key, {
      clock: this.clock,
      renew: (current) => this.renew(key, current),
      onChange: (kind) => this.publish(kind, session),
    });
    await this.restore(session);
    this.sessions.set(keyOf(key), session);
    return session;
  }

  private async restore(session: LiveSession): Promise<void> {
    const { profileId, perspectiveId } = session.key;
    const text = await this.deps.secrets.get(secretKeys.session(profileId, perspectiveId));
    const token = text === undefined ? undefined : parseStoredToken(text);
    if (!token) return;
    const { profile } = this.lookup(session.key);
    const endpoints = await this.deps.endpoints.resolve(profile.environment);
    // A token from before the profile moved to another API is no use there.
    if (token.issuer !== environmentIdentity(profile.environment, endpoints)) return;
    session.install(token, decodeClaims(token.accessToken));
  }

  private async renew(key: SessionKey, current: StoredToken | undefined): Promise<RenewedToken> {
    const { profile, perspective } = this.lookup(key);
    const credentials = await this.credentials(profile, perspective);
    if (current?.refreshToken) {
      try {
        const issued = await this.deps.auth.refresh(credentials, current.refreshToken);
        return await this.issue(key, credentials, issued, current.refreshToken);
      } catch (error) {
        // A refused refresh token (expired, revoked) may still be replaced by a fresh sign-in.
        if (!isActionable(error) || error.kind !== 'auth') throw error;
      }
    }
    if (!canSignInUnattended(credentials)) {
      throw signInRequired(whyNotRenewable(perspective, current));
    }
    return this.issue(key, credentials, await this.deps.auth.signIn(credentials));
  }

  /** Turns an issued token into a stored one and keeps it in the vault before anyone uses it. */
  private async issue(
    key: SessionKey,
    credentials: Credentials,
    issued: IssuedToken,
    previousRefreshToken?: string,
  ): Promise<RenewedToken> {
    const claims = decodeClaims(issued.accessToken);
    const now = this.clock();
    const { profile } = this.lookup(key);
    const token: StoredToken = {
      accessToken: issued.accessToken,
      // A rotated refresh token replaces the old one; otherwise the old one stays valid.
      refreshToken: issued.refreshToken ?? previousRefreshToken,
      issuedAt: now,
      expiresAt: now + issued.lifetimeMs,
      requestedRoles: credentials.scope,
      issuer: environmentIdentity(profile.environment, credentials.endpoints),
    };
    await this.deps.secrets.set(
      secretKeys.session(key.profileId, key.perspectiveId),
      JSON.stringify(token),
    );
    return { token, claims };
  }

  private async credentials(
    profile: Profile,
    perspective: Perspective,
    password?: string,
  ): Promise<Credentials> {
    return gatherCredentials(profile, perspective, {
      endpoints: await this.deps.endpoints.resolve(profile.environment),
      secrets: this.deps.secrets,
      password,
      bearerOf: async (perspectiveId) =>
        (await this.authorize({ profileId: profile.id, perspectiveId })).accessToken,
    });
  }

  private async authorization(key: SessionKey, token: StoredToken): Promise<Authorization> {
    const { profile } = this.lookup(key);
    const { apiUrl } = await this.deps.endpoints.resolve(profile.environment);
    return { accessToken: token.accessToken, apiUrl };
  }

  private find(key: SessionKey): { profile: Profile; perspective: Perspective } | undefined {
    const profile = this.deps.profiles.find(key.profileId);
    const perspective = profile?.perspectives.find(
      (candidate) => candidate.id === key.perspectiveId,
    );
    return profile && perspective ? { profile, perspective } : undefined;
  }

  private lookup(key: SessionKey): { profile: Profile; perspective: Perspective } {
    const found = this.find(key);
    if (!found) throw profileNotFound(`with a perspective ${key.perspectiveId}`);
    return found;
  }

  private summaryOf(session: LiveSession): SessionSummary {
    return summarize(session, this.find(session.key)?.perspective);
  }

  private publish(kind: SessionEventKind, session: LiveSession): void {
    this.events.emit({ kind, session: this.summaryOf(session) });
  }
}

function whyNotRenewable(perspective: Perspective, current: StoredToken | undefined): string {
  const who = perspective.username ?? perspective.label;
  if (!current) return `${who} is not signed in, and no password is saved to sign in with.`;
  return current.refreshToken
    ? 'The session ended: its refresh token was refused, and no password is saved to sign in again.'
    : 'The session expired, and there is no refresh token or saved password to renew it.';
}
