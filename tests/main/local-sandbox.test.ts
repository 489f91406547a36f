import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_SANDBOX_PROFILE_ID } from '../../preload/contract/profiles';
import { ensureBuiltInProfile } from '../../main/profiles/builtin-profile';
import { LocalSandbox } from '../../main/profiles/local-sandbox';
import { createAccountServices } from '../../main/sessions/account-services';
import { PassphraseCipher } from '../../main/vault/passphrase-cipher';
import { TEST_LOG_COST, TEST_PASSPHRASE, removeTempDirs, tempDir } from './support/fixtures';

afterEach(removeTempDirs);

async function servicesWithLocalSandbox(dataDir: string) {
  const localSandbox = new LocalSandbox({ dataFile: path.join(dataDir, 'sandbox.json') });
  const services = createAccountServices({ dataDir, localSandbox });
  await services.vault.unlock(new PassphraseCipher(TEST_PASSPHRASE, { logCost: TEST_LOG_COST }));
  await ensureBuiltInProfile(services);
  return { ...services, localSandbox };
}

describe('the Local sandbox', () => {
  it('starts once on first use, and its sessions outlive a restart on another port', async () => {
    const dataDir = tempDir();
    const first = await servicesWithLocalSandbox(dataDir);
    const profile = first.profiles.require(LOCAL_SANDBOX_PROFILE_ID);
    const admin = profile.perspectives.find((perspective) => perspective.username === 'admin01');
    const key = { profileId: profile.id, perspectiveId: admin?.id ?? '' };
    const [urlA, urlB] = await Promise.all([first.localSandbox.url(), first.localSandbox.url()]);
    expect(urlA).toBe(urlB);

    const summary = await first.sessions.signIn(key);
    expect(summary).toMatchObject({ state: 'signed-in', username: 'admin01', missingRoles: [] });
    await first.localSandbox.close();

    const second = await servicesWithLocalSandbox(dataDir);
    const response = await second.executor.execute({
      requestId: 'me',
      ...key,
      method: 'GET',
      path: '/me',
      query: [],
      headers: [],
    });
    expect(response.status).toBe(200);
    const handle = await second.localSandbox.handle();
    expect(handle.counters.tokenRequests).toBe(0);
    await second.localSandbox.close();
  });
});
