import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SandboxHandle } from '../../main/sandbox/index';
import { exportProfiles } from '../../main/profiles/profile-transfer';
import { secretKeys } from '../../main/vault/secret-keys';
import {
  SEED,
  openServices,
  removeTempDirs,
  sandboxProfileDraft,
  seededClients,
  startTestSandbox,
} from './support/fixtures';

let sandbox: SandboxHandle;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.close();
  removeTempDirs();
});

/** Every file under a folder, as bytes decoded leniently: a plain-text secret would show. */
function everyFileText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(path.join(entry.parentPath, entry.name)).toString('latin1'))
    .join('\n');
}

describe('secrets at rest', () => {
  it('leave no access token, refresh token, password or client secret in the data folder, logs or exports', async () => {
    const services = await openServices();
    const events: string[] = [];
    services.sessions.onEvent((event) => events.push(JSON.stringify(event)));
    const profile = await services.profiles.create(sandboxProfileDraft(sandbox));
    const buyer = { profileId: profile.id, perspectiveId: 'buyer' };
    const summaries = [
      await services.sessions.signIn(buyer),
      await services.sessions.signIn({ ...buyer, perspectiveId: 'integration' }),
    ];
    const response = await services.executor.execute({
      requestId: 'r',
      ...buyer,
      method: 'GET',
      path: '/me',
      query: [],
      headers: [],
    });
    expect(response.status).toBe(200);

    const accessToken = await services.sessions.getAccessTokenForClipboard(buyer);
    const stored = JSON.parse(
      (await services.vault.get(secretKeys.session(profile.id, 'buyer'))) ?? '{}',
    ) as { refreshToken?: string };
    const canaries = {
      accessToken,
      accessTokenSignature: accessToken.split('.')[2] ?? '',
      refreshToken: stored.refreshToken ?? '',
      password: SEED.buyer.password,
      clientSecret: seededClients(sandbox).erp.clientSecret ?? '',
    };
    expect(Object.values(canaries).every((canary) => canary.length >= 8)).toBe(true);

    const restarted = await openServices({ dataDir: services.dataDir });
    await restarted.sessions.restoreAll();
    const exported = await exportProfiles(
      { profiles: restarted.profiles, secrets: restarted.vault },
      [profile.id],
      'export pass',
    );
    const failure = await restarted.sessions
      .signIn(buyer, { password: 'wrong-password' })
      .catch((error: unknown) => error);

    const everywhere = {
      dataDir: everyFileText(services.dataDir),
      events: events.join('\n'),
      summaries: JSON.stringify([...summaries, ...restarted.sessions.list()]),
      export: exported.text,
      failure: JSON.stringify(failure) + String(failure),
    };
    expect(everywhere.dataDir).toContain('ocx-p1.'); // the vault's ciphertext was read
    for (const [place, text] of Object.entries(everywhere)) {
      for (const [name, canary] of Object.entries(canaries)) {
        expect(text.includes(canary), `${name} found in ${place}`).toBe(false);
      }
    }
  });
});
