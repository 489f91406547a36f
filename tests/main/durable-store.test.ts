import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProfileStore } from '../../main/profiles/profile-store';
import { ProfileService } from '../../main/profiles/profile-service';
import { Vault } from '../../main/vault/vault';
import { removeTempDirs, tempDir } from './support/fixtures';

afterEach(removeTempDirs);

const draft = (name: string) => ({
  name,
  color: '#abcdef',
  environment: { kind: 'region' as const, region: 'us-west' as const, stage: 'sandbox' as const },
  apiClients: [{ id: 'c', clientId: 'client-id' }],
  perspectives: [],
});

function service(dataDir: string) {
  return new ProfileService({ dataDir, secrets: new Vault({ dataDir }) });
}

describe('the profiles store', () => {
  it('recovers a truncated file from the backup, keeps the damaged one, and says so', async () => {
    const dataDir = tempDir();
    await service(dataDir).create(draft('Kept'));
    const file = path.join(dataDir, 'profiles.json');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40));

    const recovered = service(dataDir);

    expect(recovered.list().map((profile) => profile.name)).toEqual(['Kept']);
    const [notice] = recovered.notices();
    expect(notice).toMatchObject({ kind: 'restored-from-backup', file: 'profiles.json' });
    expect(notice?.message).toMatch(/could not be read.*last backup was restored/);
    expect(readFileSync(notice?.movedTo ?? '', 'utf8')).toHaveLength(40);
  });

  it('without a usable backup, starts empty but never deletes the unreadable file', async () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'profiles.json'), '{"profiles": [{"nonsense": true}]}');
    const recovered = service(dataDir);
    expect(recovered.list()).toEqual([]);
    expect(recovered.notices()[0]).toMatchObject({ kind: 'started-empty' });
    expect(readdirSync(dataDir).some((name) => name.startsWith('profiles.unreadable-'))).toBe(true);
  });

  it('migrates an older file after taking a backup of it', async () => {
    const dataDir = tempDir();
    await service(dataDir).create(draft('Old'));
    const store = openProfileStore({
      dataDir,
      version: '2.0.0',
      migrations: {
        '2.0.0': (conf) => {
          const document = conf.get('profiles') as Array<{ name: string }>;
          conf.set(
            'profiles',
            document.map((profile) => ({ ...profile, name: profile.name.toUpperCase() })),
          );
        },
      },
    });
    expect(store.read().profiles.map((profile) => profile.name)).toEqual(['OLD']);
    const backup = path.join(dataDir, 'profiles.before-2.0.0.json');
    expect(existsSync(backup)).toBe(true);
    expect(readFileSync(backup, 'utf8')).toContain('"Old"');
  });
});
