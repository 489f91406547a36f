import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../main/sandbox/index';
import type { AccountServices } from '../../main/sessions/account-services';
import type { ActionableError } from '../../main/http/failures';
import {
  SEED,
  openServices,
  removeTempDirs,
  sandboxProfileDraft,
  startTestSandbox,
} from './support/fixtures';

let sandbox: SandboxHandle;
let services: AccountServices;
let profileId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  services = await openServices();
  profileId = (await services.profiles.create(sandboxProfileDraft(sandbox))).id;
});

afterAll(async () => {
  await sandbox.close();
  removeTempDirs();
});

const signIn = (perspectiveId: string, password?: string) =>
  services.sessions.signIn({ profileId, perspectiveId }, { password });

async function failure(promise: Promise<unknown>): Promise<ActionableError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!error) throw new Error('expected a failure');
  return error as ActionableError;
}

describe('every grant type signs in against the sandbox', () => {
  it('password: admin01 with the seed scope', async () => {
    const session = await signIn('admin');
    expect(session).toMatchObject({ state: 'signed-in', username: 'admin01', userType: 'admin' });
    expect(session.grantedRoles).toEqual(SEED.adminScope);
    expect(session.missingRoles).toEqual([]);
    expect(sandbox.requests.at(-1)).toMatchObject({ grantType: 'password', status: 200 });
  });

  it('elevated password: password plus the client secret', async () => {
    const session = await signIn('elevated');
    expect(session).toMatchObject({ state: 'signed-in', username: 'admin01' });
  });

  it('client credentials: the client secret as its default context user', async () => {
    const session = await signIn('integration');
    expect(session).toMatchObject({ state: 'signed-in', username: 'erp-integration' });
    expect(sandbox.requests.at(-1)).toMatchObject({ grantType: 'client_credentials', status: 200 });
  });

  it('anonymous: client credentials without a secret, bound to one order', async () => {
    const session = await signIn('guest');
    expect(session.state).toBe('signed-in');
    expect(session.anonymousOrderId).toEqual(expect.any(String));
  });

  it('refresh token: a forced renewal uses the stored refresh token', async () => {
    await signIn('buyer');
    const key = { profileId, perspectiveId: 'buyer' };
    const tokenRequests = sandbox.counters.tokenRequests;
    await services.sessions.reauthorize(key, (await services.sessions.authorize(key)).accessToken);
    expect(sandbox.counters.tokenRequests).toBe(tokenRequests + 1);
    expect(sandbox.requests.at(-1)).toMatchObject({ grantType: 'refresh_token', status: 200 });
    expect(await services.sessions.summary(key)).toMatchObject({
      state: 'signed-in',
      username: SEED.buyer.username,
    });
  });

  it('impersonation: a buyer user, through the admin perspective', async () => {
    await signIn('impersonator');
    const session = await signIn('as-buyer');
    expect(session).toMatchObject({
      state: 'signed-in',
      username: SEED.buyer.username,
      userType: 'buyer',
      impersonating: {
        viaPerspectiveId: 'impersonator',
        userType: 'buyer',
        userId: SEED.buyer.userId,
      },
    });
  });
});

describe('impersonating a supplier user', () => {
  it('uses the supplier twin of the accesstoken endpoint', async () => {
    await signIn('impersonator');
    const session = await signIn('as-supplier');
    expect(session).toMatchObject({
      state: 'signed-in',
      username: SEED.supplier.username,
      userType: 'supplier',
    });
    expect(sandbox.requests.at(-1)?.path).toMatch(
      /^\/v1\/suppliers\/ridgeline-safety\/users\/alex-moreau\/accesstoken/i,
    );
  });
});

describe('sign-in failures say what to do', () => {
  it('a wrong password gives the InvalidCredentials message', async () => {
    const error = await failure(signIn('buyer', 'not-the-password'));
    expect(error).toMatchObject({ kind: 'auth', code: 'InvalidCredentials' });
    expect(error.message).toMatch(/username or password is wrong/i);
    expect(error.hint).toMatch(/sign in again/i);
  });

  it('an unknown client gives the InvalidGrant message', async () => {
    const draft = sandboxProfileDraft(sandbox, { name: 'Unknown client' });
    draft.apiClients = draft.apiClients.map((client) => ({
      ...client,
      clientId: 'no-such-client',
    }));
    const other = await services.profiles.create(draft);
    const error = await failure(
      services.sessions.signIn({ profileId: other.id, perspectiveId: 'admin' }),
    );
    expect(error).toMatchObject({ kind: 'auth', code: 'InvalidGrant' });
    expect(error.hint).toMatch(/Client ID/);
  });

  it('roles the user lacks are left out of the token, and listed as missing', async () => {
    const profile = services.profiles.require(profileId);
    const { draftOf } = await import('../../main/profiles/profile-drafts');
    const draft = draftOf(profile);
    draft.perspectives = draft.perspectives.map((perspective) =>
      perspective.id === 'buyer'
        ? { ...perspective, roles: ['Shopper', 'MeAdmin', 'ProductAdmin', 'BuyerAdmin'] }
        : perspective,
    );
    await services.profiles.update(profileId, draft);
    const session = await signIn('buyer');
    expect(session.requestedRoles).toEqual(['Shopper', 'MeAdmin', 'ProductAdmin', 'BuyerAdmin']);
    expect(session.grantedRoles).toEqual(expect.arrayContaining(['Shopper', 'MeAdmin']));
    expect(session.grantedRoles).not.toContain('ProductAdmin');
    expect(session.missingRoles).toEqual(['ProductAdmin', 'BuyerAdmin']);
  });
});
