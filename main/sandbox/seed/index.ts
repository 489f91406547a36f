// The Local sandbox's marketplace as it starts: Cascade Industrial Supply and its trading partners.
import { randomBytes } from 'node:crypto';
import { hashPassword, PASSWORD_COST } from '../auth/passwords';
import { partyKey } from '../store/parties';
import { SandboxState } from '../store/state';
import { seedAccess } from './access';
import { seedCatalog } from './catalog';
import { DEVELOPER, SEED_USERS, SELLER } from './credentials';
import { SEED_DATE, seedOrganization } from './organization';

let passwordHashes: Promise<Map<string, string>> | undefined;

/** Hashed once per process, in parallel, so every fresh or reset sandbox starts quickly. */
function seedPasswordHashes(): Promise<Map<string, string>> {
  passwordHashes ??= Promise.all(
    [DEVELOPER, ...SEED_USERS].flatMap((user) =>
      user.password
        ? [
            hashPassword(user.password, PASSWORD_COST.seed).then(
              (hash) => [user.username, hash] as const,
            ),
          ]
        : [],
    ),
  ).then((entries) => new Map(entries));
  return passwordHashes;
}

export async function buildSeedState(): Promise<SandboxState> {
  const hashes = await seedPasswordHashes();
  const state = new SandboxState(
    { ...SELLER, SigningKey: randomBytes(32).toString('base64url') },
    {
      Username: DEVELOPER.username,
      PasswordHash: hashes.get(DEVELOPER.username)!,
      // The "Default User" the owner acts as (learn_getting-started_accessing-the-api-console.mdx).
      DefaultUser: {
        ID: '348D36CF-C5FB-45A3-A50D-04962AA26702',
        Username: '24E98C61-3D28-45B4-8A98-9D91DB449E4C',
        Password: null,
        FirstName: 'Default User',
        LastName: 'Default User',
        Email: null,
        Phone: null,
        TermsAccepted: SEED_DATE,
        Active: true,
        xp: null,
        DateCreated: SEED_DATE,
        PasswordLastSetDate: SEED_DATE,
      },
    },
  );
  seedOrganization(state);
  seedAccess(state);
  seedCatalog(state);
  for (const seed of SEED_USERS) {
    const hash = hashes.get(seed.username);
    if (!hash) continue;
    const companyID = seed.companyID ?? state.seller.ID;
    state.passwords.set(
      partyKey({ userType: seed.userType, companyID, user: { ID: seed.id } }),
      hash,
    );
  }
  return state;
}
