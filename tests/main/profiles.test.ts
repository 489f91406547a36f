import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_SANDBOX_PROFILE_ID } from '../../preload/contract/profiles';
import type { SandboxHandle } from '../../main/sandbox/index';
import { ensureLocalSandboxProfile, SEED_ADMIN_SCOPE } from '../../main/profiles/builtin-profile';
import { draftOf } from '../../main/profiles/profile-drafts';
import { exportProfiles, importProfiles } from '../../main/profiles/profile-transfer';
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

describe('profiles', () => {
  it('are created, edited, duplicated with their secrets, and deleted with them', async () => {
    const { profiles, vault } = await openServices();
    const created = await profiles.create(sandboxProfileDraft(sandbox));
    expect(created.apiClients.find((client) => client.id === 'erp')?.hasSecret).toBe(true);
    expect(
      created.perspectives.find((perspective) => perspective.id === 'admin')?.hasPassword,
    ).toBe(true);

    const draft = draftOf(created);
    const edited = await profiles.update(created.id, {
      ...draft,
      name: 'Renamed',
      apiClients: draft.apiClients.map((client) =>
        client.id === 'erp' ? { ...client, secret: null } : client,
      ),
    });
    expect(edited.name).toBe('Renamed');
    expect(edited.apiClients.find((client) => client.id === 'erp')?.hasSecret).toBe(false);

    const copy = await profiles.duplicate(created.id);
    expect(copy).toMatchObject({ name: 'Renamed copy', builtIn: false });
    expect(copy.id).not.toBe(created.id);
    expect(await vault.get(`password:${copy.id}:admin`)).toBe(SEED.admin.password);

    await profiles.remove(created.id);
    expect(profiles.get(created.id)).toBeUndefined();
    expect(vault.keys(`password:${created.id}:`)).toEqual([]);
    expect(profiles.get(copy.id)).toBeDefined();
  });

  it('refuses a second profile with the same name, and perspectives pointing nowhere', async () => {
    const { profiles } = await openServices();
    await profiles.create(sandboxProfileDraft(sandbox, { name: 'Twin' }));
    await expect(
      profiles.create(sandboxProfileDraft(sandbox, { name: 'twin' })),
    ).rejects.toMatchObject({ code: 'ProfileNameTaken' });
    const broken = sandboxProfileDraft(sandbox, { name: 'Broken' });
    broken.apiClients = broken.apiClients.filter((client) => client.id !== 'guest');
    await expect(profiles.create(broken)).rejects.toMatchObject({ code: 'ProfileInvalid' });
  });

  it('do not save secrets while the vault is locked', async () => {
    const { profiles } = await openServices({ unlock: false });
    await expect(profiles.create(sandboxProfileDraft(sandbox))).rejects.toMatchObject({
      code: 'VaultLocked',
    });
    expect(profiles.list()).toEqual([]);
  });
});

describe('the built-in Local sandbox profile', () => {
  it('is built from what the sandbox seeded, with its passwords in the vault, and cannot be deleted', async () => {
    const { profiles, vault } = await openServices();
    const profile = await ensureLocalSandboxProfile(profiles, vault, async () => sandbox.info);
    expect(profile).toMatchObject({
      id: LOCAL_SANDBOX_PROFILE_ID,
      builtIn: true,
      environment: { kind: 'local' },
    });
    const admin = profile.perspectives.find((perspective) => perspective.username === 'admin01');
    expect(admin).toMatchObject({
      grantType: 'password',
      roles: SEED_ADMIN_SCOPE,
      hasPassword: true,
    });
    expect(profile.perspectives.map((perspective) => perspective.grantType).sort()).toEqual([
      'anonymous',
      'password',
      'password',
      'password',
    ]);
    expect(new Set(profile.perspectives.map((perspective) => perspective.username))).toEqual(
      new Set([
        'admin01',
        expect.stringMatching(/^buyer/),
        expect.stringMatching(/^supplier/),
        undefined,
      ]),
    );
    await expect(profiles.remove(profile.id)).rejects.toMatchObject({ code: 'ProfileBuiltIn' });
    const again = await ensureLocalSandboxProfile(profiles, vault, () =>
      Promise.reject(new Error('not needed')),
    );
    expect(again.id).toBe(profile.id);
  });
});

describe('export and import', () => {
  it('exports without any secret, and imports as new profiles needing them', async () => {
    const { profiles, vault } = await openServices();
    const original = await profiles.create(sandboxProfileDraft(sandbox));
    const { text, fileName } = await exportProfiles({ profiles, secrets: vault }, [original.id]);
    expect(fileName).toMatch(/^oc-explorer-profiles-\d{4}-\d\d-\d\d\.json$/);
    for (const secret of [
      SEED.admin.password,
      SEED.buyer.password,
      sandbox.info.clients.find((c) => c.clientSecret)?.clientSecret ?? '',
    ]) {
      expect(text).not.toContain(secret);
    }
    const [imported] = await importProfiles({ profiles, secrets: vault }, text);
    expect(imported).toMatchObject({ name: `${original.name} 2`, builtIn: false });
    expect(imported?.perspectives.some((perspective) => perspective.hasPassword)).toBe(false);
  });

  it('carries secrets only sealed with the export passphrase', async () => {
    const source = await openServices();
    const original = await source.profiles.create(sandboxProfileDraft(sandbox));
    const { text } = await exportProfiles(
      { profiles: source.profiles, secrets: source.vault },
      [original.id],
      'export pass',
    );
    expect(text).not.toContain(SEED.admin.password);

    const target = await openServices();
    const deps = { profiles: target.profiles, secrets: target.vault };
    await expect(importProfiles(deps, text, 'wrong pass')).rejects.toMatchObject({
      code: 'ProfileImportPassphrase',
    });
    expect(target.profiles.list()).toEqual([]);
    const [imported] = await importProfiles(deps, text, 'export pass');
    expect(await target.vault.get(`password:${imported?.id}:admin`)).toBe(SEED.admin.password);
    expect(imported?.apiClients.find((client) => client.id === 'erp')?.hasSecret).toBe(true);
  });

  it('explains a file that is not an export', async () => {
    const { profiles, vault } = await openServices();
    await expect(
      importProfiles({ profiles, secrets: vault }, '{"hello": 1}'),
    ).rejects.toMatchObject({ code: 'ProfileImportUnreadable' });
  });
});
