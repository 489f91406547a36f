import { Authenticator } from '../auth/authenticator';
import { OAuthClient } from '../auth/oauth-client';
import { ensureDataDir } from '../data-dir';
import { RequestExecutor } from '../http/executor';
import { HttpTransport, type HttpSettings } from '../http/transport';
import { EndpointResolver } from '../profiles/endpoints';
import type { LocalSandbox } from '../profiles/local-sandbox';
import { ProfileService } from '../profiles/profile-service';
import { Vault } from '../vault/vault';
import { SessionManager } from './session-manager';

export interface AccountServicesOptions {
  dataDir: string;
  /** The built-in marketplace; without it, Local sandbox profiles cannot be reached. */
  localSandbox?: LocalSandbox;
  http?: HttpSettings;
  /** ms since the epoch; injectable so tests can move time. */
  clock?: () => number;
}

/** Profiles, vault, sessions and the request executor, wired together for one data folder. */
export interface AccountServices {
  vault: Vault;
  profiles: ProfileService;
  endpoints: EndpointResolver;
  sessions: SessionManager;
  executor: RequestExecutor;
  localSandbox?: LocalSandbox;
}

export function createAccountServices(options: AccountServicesOptions): AccountServices {
  const dataDir = ensureDataDir(options.dataDir);
  const vault = new Vault({ dataDir });
  const profiles = new ProfileService({ dataDir, secrets: vault });
  const endpoints = new EndpointResolver(options.localSandbox);
  const http = new HttpTransport(options.http);
  const sessions = new SessionManager({
    profiles,
    secrets: vault,
    auth: new Authenticator(new OAuthClient(http)),
    endpoints,
    clock: options.clock,
  });
  const executor = new RequestExecutor(sessions, http);
  return { vault, profiles, endpoints, sessions, executor, localSandbox: options.localSandbox };
}
