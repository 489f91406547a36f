import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProfileDraft } from '../../../preload/contract/sessions';
import { startSandbox, type SandboxHandle } from '../../../main/sandbox/index';
import {
  createAccountServices,
  type AccountServices,
} from '../../../main/sessions/account-services';
import type { HttpSettings } from '../../../main/http/transport';
import { PassphraseCipher } from '../../../main/vault/passphrase-cipher';
import type { TestClock } from './clock';

/** A cheaper scrypt than the default: these tests seal many values; the format is the same. */
export const TEST_LOG_COST = 12;
export const TEST_PASSPHRASE = 'correct horse battery staple';

/** The seed's accounts (main/sandbox/seed), as the walkthroughs use them. */
export const SEED = {
  admin: { username: 'admin01', password: 'Marketplace-Admin-1!', userId: 'maria-reyes' },
  buyer: {
    username: 'buyer01',
    password: 'Summit-Buyer-1!',
    userId: 'dana-whitfield',
    buyerId: 'summit-facilities',
  },
  supplier: {
    username: 'supplier01',
    password: 'Ridgeline-Supply-1!',
    userId: 'alex-moreau',
    supplierId: 'ridgeline-safety',
  },
  adminScope:
    'CatalogAdmin BuyerReader MeAdmin InventoryAdmin PasswordReset OrderAdmin PriceScheduleAdmin ProductAdmin ProductAssignmentAdmin ShipmentAdmin'.split(
      ' ',
    ),
};

const temporaryDirs: string[] = [];

export function tempDir(prefix = 'ocx-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  temporaryDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function startTestSandbox(clock?: TestClock): Promise<SandboxHandle> {
  return startSandbox({ port: 0, ...(clock && { now: clock.now }) });
}

export interface ServicesOptions {
  dataDir?: string;
  clock?: TestClock;
  http?: HttpSettings;
  unlock?: boolean;
}

/** Account services on a fresh (or given) data folder, unlocked with the test passphrase. */
export async function openServices(
  options: ServicesOptions = {},
): Promise<AccountServices & { dataDir: string }> {
  const dataDir = options.dataDir ?? tempDir();
  const services = createAccountServices({
    dataDir,
    clock: options.clock?.now,
    http: options.http,
  });
  if (options.unlock ?? true)
    await services.vault.unlock(new PassphraseCipher(TEST_PASSPHRASE, { logCost: TEST_LOG_COST }));
  return { ...services, dataDir };
}

type ClientRole = 'default' | 'storefront' | 'erp' | 'guest';

/** Which seeded client is which, by its name. */
export function seededClients(
  sandbox: SandboxHandle,
): Record<ClientRole, { clientId: string; clientSecret?: string }> {
  const byName = (fragment: string) => {
    const client = sandbox.info.clients.find((candidate) =>
      candidate.name.toLowerCase().includes(fragment),
    );
    if (!client) throw new Error(`The sandbox seed has no client named like "${fragment}".`);
    return client;
  };
  return {
    default: byName('default'),
    storefront: byName('storefront'),
    erp: byName('erp'),
    guest: byName('guest'),
  };
}

/**
 * A profile for the sandbox as a custom URL, with a perspective for every grant type. Secrets
 * and passwords are saved unless `savePasswords` is false.
 */
export function sandboxProfileDraft(
  sandbox: SandboxHandle,
  options: { name?: string; savePasswords?: boolean; apiUrl?: string } = {},
): ProfileDraft {
  const clients = seededClients(sandbox);
  const save = options.savePasswords ?? true;
  const password = (value: string) => (save ? { savePassword: true, password: value } : {});
  return {
    name: options.name ?? 'Sandbox over loopback',
    color: '#123456',
    environment: { kind: 'custom', apiUrl: options.apiUrl ?? sandbox.url, authUrl: sandbox.url },
    apiClients: [
      { id: 'default', clientId: clients.default.clientId, label: 'Default' },
      { id: 'storefront', clientId: clients.storefront.clientId, label: 'Storefront' },
      { id: 'erp', clientId: clients.erp.clientId, label: 'ERP', secret: clients.erp.clientSecret },
      { id: 'guest', clientId: clients.guest.clientId, label: 'Guest' },
    ],
    perspectives: [
      {
        id: 'admin',
        label: 'Admin',
        grantType: 'password',
        apiClientId: 'default',
        username: SEED.admin.username,
        roles: SEED.adminScope,
        ...password(SEED.admin.password),
      },
      {
        id: 'impersonator',
        label: 'Impersonator',
        grantType: 'password',
        apiClientId: 'default',
        username: SEED.admin.username,
        roles: ['BuyerImpersonation', 'SupplierUserAdmin', 'MeAdmin'],
        ...password(SEED.admin.password),
      },
      {
        id: 'buyer',
        label: 'Buyer',
        grantType: 'password',
        apiClientId: 'storefront',
        username: SEED.buyer.username,
        roles: ['Shopper', 'MeAdmin'],
        ...password(SEED.buyer.password),
      },
      {
        id: 'elevated',
        label: 'Elevated admin',
        grantType: 'elevated-password',
        apiClientId: 'erp',
        username: SEED.admin.username,
        roles: ['MeAdmin'],
        ...password(SEED.admin.password),
      },
      {
        id: 'integration',
        label: 'ERP integration',
        grantType: 'client-credentials',
        apiClientId: 'erp',
        roles: ['ProductReader'],
      },
      {
        id: 'guest',
        label: 'Guest shopper',
        grantType: 'anonymous',
        apiClientId: 'guest',
        roles: ['Shopper'],
      },
      {
        id: 'as-buyer',
        label: 'As Dana',
        grantType: 'impersonation',
        apiClientId: 'default',
        roles: ['Shopper', 'MeAdmin'],
        impersonation: {
          via: 'impersonator',
          userType: 'buyer',
          orgId: SEED.buyer.buyerId,
          userId: SEED.buyer.userId,
        },
      },
      {
        id: 'as-supplier',
        label: 'As Alex',
        grantType: 'impersonation',
        apiClientId: 'default',
        roles: ['MeAdmin', 'OrderReader'],
        impersonation: {
          via: 'impersonator',
          userType: 'supplier',
          orgId: SEED.supplier.supplierId,
          userId: SEED.supplier.userId,
        },
      },
    ],
  };
}
