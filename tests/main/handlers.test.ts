import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileChannels, sessionChannels, vaultChannels } from '../../preload/contract/sessions';
import { requestChannels } from '../../preload/contract/requests';
import { createRequestHandlers } from '../../main/http/handlers';
import { createProfileHandlers } from '../../main/profiles/handlers';
import type { SandboxHandle } from '../../main/sandbox/index';
import { createSessionHandlers } from '../../main/sessions/handlers';
import { createVaultHandlers } from '../../main/vault/handlers';
import {
  SEED,
  openServices,
  removeTempDirs,
  sandboxProfileDraft,
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

const context = { callerId: 'test' };

describe('the channels of profiles, vault, sessions and requests', () => {
  it('answer inside their schemas, and no answer or event carries a token or secret', async () => {
    const services = await openServices({ unlock: false });
    const clipboard: string[] = [];
    const pushed: unknown[] = [];
    const emit = (event: string, payload: unknown) => void pushed.push({ event, payload });
    services.sessions.onEvent((event) => emit('sessions.changed', event));
    const profiles = createProfileHandlers(services);
    const vault = createVaultHandlers(services, {
      onChanged: (status) => emit('vault.changed', status),
    });
    const sessions = createSessionHandlers(services, {
      writeClipboard: (text) => void clipboard.push(text),
    });
    const requests = createRequestHandlers(services, emit);
    const answers: unknown[] = [];
    const answer = async <T>(schema: { parse(value: unknown): T }, value: Promise<T> | T) => {
      const parsed = schema.parse(await value);
      answers.push(parsed);
      return parsed;
    };

    await answer(
      vaultChannels['vault.unlock'].output,
      vault['vault.unlock']({ passphrase: 'handler pass' }, context),
    );
    const input = profileChannels['profiles.create'].input.parse(sandboxProfileDraft(sandbox));
    const profile = await answer(
      profileChannels['profiles.create'].output,
      profiles['profiles.create'](input, context),
    );
    const key = { profileId: profile.id, perspectiveId: 'buyer' };
    const signedIn = await answer(
      sessionChannels['sessions.signIn'].output,
      sessions['sessions.signIn'](key, context),
    );
    expect(signedIn).toMatchObject({ state: 'signed-in', username: SEED.buyer.username });
    const send = requestChannels['requests.send'].input.parse({
      requestId: 'r1',
      ...key,
      method: 'get',
      path: '/me',
    });
    const response = await answer(
      requestChannels['requests.send'].output,
      requests['requests.send'](send, context),
    );
    expect(response.status).toBe(200);
    await answer(
      sessionChannels['sessions.list'].output,
      sessions['sessions.list'](undefined, context),
    );
    await answer(
      profileChannels['profiles.list'].output,
      profiles['profiles.list'](undefined, context),
    );
    const copied = await answer(
      sessionChannels['sessions.copyToken'].output,
      sessions['sessions.copyToken'](key, context),
    );
    expect(copied).toEqual({ copied: true });
    await answer(vaultChannels['vault.lock'].output, vault['vault.lock'](undefined, context));
    await expect(sessions['sessions.signIn'](key, context)).rejects.toMatchObject({
      code: 'VaultLocked',
    });
    const unlocked = await answer(
      vaultChannels['vault.unlock'].output,
      vault['vault.unlock']({ passphrase: 'handler pass' }, context),
    );
    expect(unlocked).toMatchObject({ locked: false, sealedWith: 'passphrase' });
    expect(services.sessions.list()).toEqual([
      expect.objectContaining({ perspectiveId: 'buyer', state: 'signed-in' }),
    ]);

    const [token = ''] = clipboard;
    expect(token.split('.')).toHaveLength(3);
    const crossed = JSON.stringify([answers.filter((value) => value !== response), pushed]);
    for (const secret of [token, SEED.buyer.password, SEED.admin.password])
      expect(crossed).not.toContain(secret);
  });

  it('forget everything deletes every secret and session, and a wrong passphrase changes nothing', async () => {
    const services = await openServices({ unlock: false });
    const vault = createVaultHandlers(services, { onChanged: () => undefined });
    await vault['vault.unlock']({ passphrase: 'first' }, context);
    await services.profiles.create(sandboxProfileDraft(sandbox));
    vault['vault.lock'](undefined, context);
    await expect(vault['vault.unlock']({ passphrase: 'second' }, context)).rejects.toMatchObject({
      code: 'VaultWrongPassphrase',
    });
    expect(services.vault.status().secretCount).toBeGreaterThan(0);
    expect(await vault['vault.forget'](undefined, context)).toEqual({
      locked: true,
      sealedWith: null,
      secretCount: 0,
    });
    expect((await vault['vault.unlock']({ passphrase: 'second' }, context)).locked).toBe(false);
    expect(
      services.profiles.list()[0]?.perspectives.some((perspective) => perspective.hasPassword),
    ).toBe(false);
  });
});
