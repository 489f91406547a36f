import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../preload/contract/sessions';
import type { SandboxHandle } from '../../main/sandbox/index';
import { startSandbox } from '../../main/sandbox/index';
import { secretKeys } from '../../main/vault/secret-keys';
import { TestClock } from './support/clock';
import { fakeJwt, json, startFakeServer, type FakeServer } from './support/fake-server';
import { openServices, removeTempDirs, sandboxProfileDraft } from './support/fixtures';

const MINUTE = 60_000;
const cleanups: Array<() => Promise<void>> = [];
/** One sandbox for the file, on a clock the tests move; `serverAhead` makes the server's run fast. */
const clock = new TestClock();
const serverAhead = { ms: 0 };
let sandbox: SandboxHandle;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, now: () => clock.now() + serverAhead.ms });
});

afterEach(async () => {
  serverAhead.ms = 0;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

afterAll(async () => {
  await sandbox.close();
  removeTempDirs();
});

/** Fresh services (a new data folder) on the shared clock, with the sandbox profile. */
async function setUp(options: { savePasswords?: boolean; apiUrl?: string } = {}) {
  const services = await openServices({ clock });
  const profile = await services.profiles.create(sandboxProfileDraft(sandbox, options));
  const events: SessionEvent[] = [];
  services.sessions.onEvent((event) => events.push(event));
  return { services, profile, events };
}

const getMe = (profileId: string, perspectiveId: string, index: number) => ({
  requestId: `me-${index}`,
  profileId,
  perspectiveId,
  method: 'GET',
  path: index % 2 ? '/me' : '/v1/me',
  query: [],
  headers: [],
});

function tokenRequestsSince(sandbox: SandboxHandle, before: number): number {
  return sandbox.counters.tokenRequests - before;
}

describe('token renewal', () => {
  it('100 concurrent requests on an expired token make exactly one token request, and all succeed', async () => {
    const { services, profile, events } = await setUp();
    await services.sessions.signIn({ profileId: profile.id, perspectiveId: 'buyer' });
    clock.advance(61 * MINUTE);
    const before = sandbox.counters.tokenRequests;

    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        services.executor.execute(getMe(profile.id, 'buyer', index)),
      ),
    );

    expect(responses.map((response) => response.status)).toEqual(Array(100).fill(200));
    expect(tokenRequestsSince(sandbox, before)).toBe(1);
    expect(sandbox.requests.filter((record) => record.grantType).at(-1)).toMatchObject({
      grantType: 'refresh_token',
    });
    expect(events.map((event) => event.kind)).toEqual(['signed-in', 'refreshing', 'refreshed']);
  });

  it('renews at once when asked, whatever the token’s age', async () => {
    const { services, profile, events } = await setUp();
    const key = { profileId: profile.id, perspectiveId: 'buyer' };
    await services.sessions.signIn(key);
    const before = sandbox.counters.tokenRequests;
    const summary = await services.sessions.refresh(key);
    expect(summary.state).toBe('signed-in');
    expect(tokenRequestsSince(sandbox, before)).toBe(1);
    expect(events.map((event) => event.kind)).toEqual(['signed-in', 'refreshing', 'refreshed']);
  });

  it('renews ahead of expiry, at least a minute early', async () => {
    const { services, profile } = await setUp();
    await services.sessions.signIn({ profileId: profile.id, perspectiveId: 'buyer' });
    const before = sandbox.counters.tokenRequests;
    clock.advance(53 * MINUTE);
    await services.executor.execute(getMe(profile.id, 'buyer', 1));
    expect(tokenRequestsSince(sandbox, before)).toBe(0);
    clock.advance(6 * MINUTE + 30_000);
    await services.executor.execute(getMe(profile.id, 'buyer', 2));
    expect(tokenRequestsSince(sandbox, before)).toBe(1);
  });

  it('after 401s on a token the server thinks expired, renews once and retries each request once', async () => {
    const { services, profile } = await setUp();
    await services.sessions.signIn({ profileId: profile.id, perspectiveId: 'buyer' });
    serverAhead.ms = 61 * MINUTE; // this computer's clock is behind the server's
    const before = sandbox.counters.tokenRequests;

    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        services.executor.execute(getMe(profile.id, 'buyer', index)),
      ),
    );

    expect(
      responses.every((response) => response.status === 200 && response.retriedAfterRenewal),
    ).toBe(true);
    expect(tokenRequestsSince(sandbox, before)).toBe(1);
  });

  it('never loops: an API that always answers 401 is tried twice, then its answer returned', async () => {
    const alwaysUnauthorized = await startFakeServer(() =>
      json(401, {
        Errors: [{ ErrorCode: 'InvalidToken', Message: 'Access token is invalid or expired.' }],
      }),
    );
    cleanups.push(() => alwaysUnauthorized.close());
    const { services, profile } = await setUp({ apiUrl: alwaysUnauthorized.url });
    await services.sessions.signIn({ profileId: profile.id, perspectiveId: 'buyer' });
    const before = sandbox.counters.tokenRequests;

    const response = await services.executor.execute(getMe(profile.id, 'buyer', 1));

    expect(response).toMatchObject({ status: 401, retriedAfterRenewal: true });
    expect(response.errors?.[0]?.ErrorCode).toBe('InvalidToken');
    expect(alwaysUnauthorized.hits).toHaveLength(2);
    expect(tokenRequestsSince(sandbox, before)).toBe(1);
  });

  it('without a refresh token or a saved password, an expired session signs out and says why', async () => {
    const { services, profile, events } = await setUp({ savePasswords: false });
    const key = { profileId: profile.id, perspectiveId: 'admin' };
    await services.sessions.signIn(key, { password: 'Marketplace-Admin-1!' });
    clock.advance(601 * MINUTE);
    expect((await services.sessions.summary(key)).state).toBe('expired');

    await expect(services.executor.execute(getMe(profile.id, 'admin', 1))).rejects.toMatchObject({
      kind: 'auth',
      code: 'SignInRequired',
    });
    const summary = await services.sessions.summary(key);
    expect(summary.state).toBe('signed-out');
    expect(summary.reason?.message).toMatch(/no refresh token or saved password/i);
    expect(summary.reason?.hint).toBe('Sign in again.');
    expect(events.at(-1)?.kind).toBe('signed-out');
  });

  it('with a saved password, an expired session without refresh token signs in again by itself', async () => {
    const { services, profile } = await setUp();
    await services.sessions.signIn({ profileId: profile.id, perspectiveId: 'admin' });
    clock.advance(601 * MINUTE);
    const before = sandbox.counters.tokenRequests;
    expect((await services.executor.execute(getMe(profile.id, 'admin', 1))).status).toBe(200);
    expect(tokenRequestsSince(sandbox, before)).toBe(1);
    expect(sandbox.requests.filter((record) => record.grantType).at(-1)).toMatchObject({
      grantType: 'password',
    });
  });
});

describe('sessions survive a restart', () => {
  it('a new process reuses the stored session without signing in', async () => {
    const { services, profile } = await setUp();
    await services.sessions.signIn({ profileId: profile.id, perspectiveId: 'admin' });
    await services.sessions.signIn({ profileId: profile.id, perspectiveId: 'guest' });
    const before = sandbox.counters.tokenRequests;

    const restarted = await openServices({ dataDir: services.dataDir, clock });
    const restored = await restarted.sessions.restoreAll();

    expect(restored.map((summary) => [summary.perspectiveId, summary.state]).sort()).toEqual([
      ['admin', 'signed-in'],
      ['guest', 'signed-in'],
    ]);
    expect((await restarted.executor.execute(getMe(profile.id, 'admin', 1))).status).toBe(200);
    expect(tokenRequestsSince(sandbox, before)).toBe(0);
  });

  it('signing out forgets the stored token', async () => {
    const { services, profile } = await setUp();
    const key = { profileId: profile.id, perspectiveId: 'admin' };
    await services.sessions.signIn(key);
    await services.sessions.signOut(key);
    expect(services.vault.has(secretKeys.session(profile.id, 'admin'))).toBe(false);
    const restarted = await openServices({ dataDir: services.dataDir });
    expect(await restarted.sessions.restoreAll()).toEqual([]);
  });
});

describe('refresh token rotation', () => {
  let oauth: FakeServer;

  it('keeps the rotated refresh token, and falls back to the saved password when one is refused', async () => {
    let issued = 0;
    oauth = await startFakeServer((request) => {
      const form = new URLSearchParams(request.body);
      if (
        form.get('grant_type') === 'refresh_token' &&
        form.get('refresh_token') !== `refresh-${issued}`
      ) {
        return json(400, {
          error: 'invalid_grant',
          Errors: [{ ErrorCode: 'InvalidGrant', Message: 'Refresh token expired.' }],
        });
      }
      issued++;
      const claims = {
        usr: 'buyer01',
        cid: 'client',
        usrtype: 'buyer',
        role: 'Shopper',
        exp: Math.floor(clock.now() / 1000) + 600,
      };
      return json(200, {
        access_token: fakeJwt(claims),
        expires_in: 600,
        refresh_token: `refresh-${issued}`,
      });
    });
    cleanups.push(() => oauth.close());
    const services = await openServices({ clock });
    const profile = await services.profiles.create({
      name: 'Rotating',
      color: '#000000',
      environment: { kind: 'custom', apiUrl: oauth.url },
      apiClients: [{ id: 'c', clientId: 'client' }],
      perspectives: [
        {
          id: 'p',
          label: 'P',
          grantType: 'password',
          apiClientId: 'c',
          username: 'buyer01',
          savePassword: true,
          password: 'pw',
        },
      ],
    });
    const key = { profileId: profile.id, perspectiveId: 'p' };
    const storedRefreshToken = async () =>
      JSON.parse((await services.vault.get(secretKeys.session(profile.id, 'p'))) ?? '{}')
        .refreshToken as string;

    await services.sessions.signIn(key);
    clock.advance(10 * MINUTE);
    await services.sessions.authorize(key);
    expect(await storedRefreshToken()).toBe('refresh-2');

    issued = 10; // the server forgets the refresh token it issued
    clock.advance(10 * MINUTE);
    await services.sessions.authorize(key);
    const grants = oauth.hits.map((hit) => new URLSearchParams(hit.body).get('grant_type'));
    expect(grants).toEqual(['password', 'refresh_token', 'refresh_token', 'password']);
    expect((await services.sessions.summary(key)).state).toBe('signed-in');
  });
});
