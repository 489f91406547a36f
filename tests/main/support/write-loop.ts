// Writes profiles and secrets as fast as it can until killed: the crash-safety test's victim.
import { ProfileService } from '../../../main/profiles/profile-service';
import { PassphraseCipher } from '../../../main/vault/passphrase-cipher';
import { Vault } from '../../../main/vault/vault';

const [dataDir = ''] = process.argv.slice(2);
const vault = new Vault({ dataDir });
await vault.unlock(new PassphraseCipher('crash-test', { logCost: 10 }));
const profiles = new ProfileService({ dataDir, secrets: vault });
const draft = (name: string) => ({
  name,
  color: '#abcdef',
  environment: { kind: 'region' as const, region: 'us-west' as const, stage: 'sandbox' as const },
  apiClients: [{ id: 'c', clientId: 'client-id', secret: `secret ${name}` }],
  perspectives: [],
});
const existing = profiles.findByName('Crash test') ?? (await profiles.create(draft('Crash test')));
for (let round = 0; ; round++) {
  await profiles.update(existing.id, { ...draft('Crash test'), marketplaceId: `round-${round}` });
  await vault.set('password:crash:test', `value-${round}`);
  if (round === 0) process.stdout.write('ready\n');
}
