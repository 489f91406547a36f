// The Local sandbox: an OrderCloud-compatible marketplace on 127.0.0.1, in process or standalone.
import type { AddressInfo } from 'node:net';
import { LoginThrottle } from './auth/login-throttle';
import { TokenIssuer } from './auth/token-issuer';
import { isLoopback } from './http/local-only';
import { buildRouter, Marketplace, sandboxSpec } from './marketplace';
import { createSandboxServer } from './server';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Keep the marketplace in this file (atomic writes) instead of in memory. */
  dataFile?: string;
  /** A millisecond clock, for tests that need tokens to expire. */
  now?: () => number;
}

export interface SandboxReadyInfo {
  url: string;
  /** The "Default access" client. */
  clientId: string;
  clients: Array<{
    clientId: string;
    name: string;
    anonymous: boolean;
    /** Minutes; 0 means the client hands out no refresh tokens. */
    refreshTokenDuration: number;
    clientSecret?: string;
  }>;
  /** The seed's published sign-ins (see README.md). */
  users: Array<{
    username: string;
    password: string;
    userType: 'admin' | 'buyer' | 'supplier';
    buyerId?: string;
    supplierId?: string;
  }>;
}

export interface SandboxRequestRecord {
  method: string;
  path: string;
  status: number;
  grantType?: string;
  username?: string;
  clientId?: string;
  /** The bearer token the request carried, for cross-talk tests. */
  token?: string;
  /** The access token the answer handed out (sign-ins and impersonation), for the same tests. */
  issuedToken?: string;
}

export interface SandboxHandle {
  url: string;
  info: SandboxReadyInfo;
  /** A bounded ring of recent requests, oldest first. */
  requests: SandboxRequestRecord[];
  counters: { tokenRequests: number; apiRequests: number };
  /** Back to the seed. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

const RECENT_REQUESTS = 500;

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const now = options.now ?? Date.now;
  const spec = sandboxSpec();
  const router = buildRouter(spec);
  const marketplace = await Marketplace.open(options.dataFile);
  let url = '';
  const requests: SandboxRequestRecord[] = [];
  const counters = { tokenRequests: 0, apiRequests: 0 };
  const throttle = new LoginThrottle();
  const server = createSandboxServer({
    state: () => marketplace.state,
    spec,
    router,
    issuer: new TokenIssuer(
      () => marketplace.state,
      now,
      () => url,
    ),
    now,
    commit: () => marketplace.commit(),
    throttle,
    localOnly: isLoopback(options.host ?? '127.0.0.1'),
    url: () => url,
    record: (entry, kind) => {
      if (kind === 'token') counters.tokenRequests++;
      if (kind === 'api') counters.apiRequests++;
      requests.push(entry);
      if (requests.length > RECENT_REQUESTS) requests.splice(0, requests.length - RECENT_REQUESTS);
    },
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const readyInfo = (): SandboxReadyInfo => ({
    url,
    clientId: marketplace.defaultClientId(),
    clients: marketplace.clients(),
    users: marketplace.users(),
  });
  const handle: SandboxHandle = {
    url,
    info: readyInfo(),
    requests,
    counters,
    async reset() {
      await marketplace.reset();
      throttle.clear();
      handle.info = readyInfo();
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await marketplace.commit();
    },
  };
  return handle;
}
