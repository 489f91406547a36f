import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../main/sandbox/index';
import { startSandbox } from '../../main/sandbox/index';
import type { AccountServices } from '../../main/sessions/account-services';
import { secretKeys } from '../../main/vault/secret-keys';
import { TestClock } from './support/clock';
import { json, startFakeServer, type FakeServer } from './support/fake-server';
import {
  openServices,
  removeTempDirs,
  sandboxProfileDraft,
  startTestSandbox,
} from './support/fixtures';

const TIMEOUT_MS = 300;
let sandbox: SandboxHandle;
let services: AccountServices & { dataDir: string };
let servers: Record<'hanging' | 'html' | 'failing', FakeServer>;
let refusingUrl: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  services = await openServices({ http: { timeoutMs: TIMEOUT_MS } });
  servers = {
    hanging: await startFakeServer(() => 'hang'),
    html: await startFakeServer(() => ({
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<html><body>Sign in to the proxy</body></html>',
    })),
    failing: await startFakeServer(() =>
      json(500, { Errors: [{ ErrorCode: 'InternalServerError', Message: 'Oops' }] }),
    ),
  };
  refusingUrl = await closedPortUrl();
});

afterAll(async () => {
  await Promise.all([sandbox.close(), ...Object.values(servers).map((server) => server.close())]);
  removeTempDirs();
});

async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** A profile whose OAuth server (and optionally API) is `url`, and a sign-in attempt to it. */
async function signInAgainst(name: string, url: string) {
  const draft = sandboxProfileDraft(sandbox, { name });
  draft.environment = { kind: 'custom', apiUrl: url };
  const profile = await services.profiles.create(draft);
  const error = await services.sessions
    .signIn({ profileId: profile.id, perspectiveId: 'admin' })
    .catch((thrown: unknown) => thrown);
  return { profile, error };
}

describe('servers that fail', () => {
  const cases = [
    {
      name: 'hangs',
      url: () => servers.hanging.url,
      code: 'NetworkTimeout',
      message: /did not answer within 0\.3 s/,
    },
    {
      name: 'refuses',
      url: () => refusingUrl,
      code: 'NetworkConnectionRefused',
      message: /refused the connection/,
    },
    {
      name: 'answers HTML',
      url: () => servers.html.url,
      code: 'UnexpectedResponse',
      message: /an HTML page .* where OrderCloud sends JSON/,
    },
    {
      name: 'answers 500',
      url: () => servers.failing.url,
      code: 'ServerError',
      message: /server error \(HTTP 500\)/,
    },
  ];

  it.each(cases)(
    'a server that $name gives its own clear message and loses nothing',
    async ({ name, url, code, message }) => {
      const good =
        (await services.profiles.list()).find((profile) => profile.name === 'Good') ??
        (await services.profiles.create(sandboxProfileDraft(sandbox, { name: 'Good' })));
      const goodKey = { profileId: good.id, perspectiveId: 'admin' };
      if ((await services.sessions.summary(goodKey)).state !== 'signed-in')
        await services.sessions.signIn(goodKey);
      const tokenRequests = sandbox.counters.tokenRequests;

      const { profile, error } = await signInAgainst(`Server that ${name}`, url());

      expect(error).toMatchObject({ kind: 'network', code });
      expect((error as Error).message).toMatch(message);
      expect((error as { hint: string }).hint.length).toBeGreaterThan(10);
      expect(
        services.profiles.get(profile.id)?.perspectives.find((p) => p.id === 'admin')?.hasPassword,
      ).toBe(true);
      expect(services.vault.has(secretKeys.session(good.id, 'admin'))).toBe(true);
      const response = await services.executor.execute({
        requestId: `after-${name}`,
        ...goodKey,
        method: 'GET',
        path: '/me',
        query: [],
        headers: [],
      });
      expect(response.status).toBe(200);
      expect(sandbox.counters.tokenRequests).toBe(tokenRequests);
    },
  );

  it('a request to an API that hangs times out with the same clear message', async () => {
    const draft = sandboxProfileDraft(sandbox, {
      name: 'Hanging API',
      apiUrl: servers.hanging.url,
    });
    const profile = await services.profiles.create(draft);
    const key = { profileId: profile.id, perspectiveId: 'admin' };
    await services.sessions.signIn(key);
    await expect(
      services.executor.execute({
        requestId: 'hang',
        ...key,
        method: 'GET',
        path: '/me',
        query: [],
        headers: [],
        timeoutMs: 200,
      }),
    ).rejects.toMatchObject({
      kind: 'network',
      code: 'NetworkTimeout',
      message: expect.stringMatching(/within 0\.2 s/),
    });
  });

  it('a renewal that cannot reach the server keeps the session and says why', async () => {
    const clock = new TestClock();
    const ownSandbox = await startSandbox({ port: 0, now: clock.now });
    const own = await openServices({ clock, http: { timeoutMs: TIMEOUT_MS } });
    const profile = await own.profiles.create(sandboxProfileDraft(ownSandbox));
    const key = { profileId: profile.id, perspectiveId: 'buyer' };
    await own.sessions.signIn(key);
    await ownSandbox.close();
    clock.advance(61 * 60_000);

    // Refused, or reset if a kept-alive socket to the closed server is tried first.
    const unreachable = expect.stringMatching(/^NetworkConnection(Refused|Reset)$/);
    await expect(own.sessions.authorize(key)).rejects.toMatchObject({
      kind: 'network',
      code: unreachable,
    });
    const summary = await own.sessions.summary(key);
    expect(summary).toMatchObject({ state: 'expired', reason: { code: unreachable } });
    expect(own.vault.has(secretKeys.session(profile.id, 'buyer'))).toBe(true);
  });
});
