import { regionApiUrl, type Environment } from '../../preload/contract/environments';
import type { Endpoints } from '../auth/authenticator';
import { normalizeApiBase } from '../http/api-url';
import { ProfileErrorCode, profileError } from './errors';
import type { LocalSandbox } from './local-sandbox';

/** Where a profile's API and OAuth server are: the region table, a custom URL, or the local sandbox. */
export class EndpointResolver {
  constructor(private readonly localSandbox?: Pick<LocalSandbox, 'url'>) {}

  async resolve(environment: Environment): Promise<Endpoints> {
    switch (environment.kind) {
      case 'local': {
        if (!this.localSandbox) {
          throw profileError(
            ProfileErrorCode.SandboxUnavailable,
            'The local sandbox is not available here; choose a region or a custom API URL.',
          );
        }
        const url = normalizeApiBase(await this.localSandbox.url());
        return { apiUrl: url, authUrl: url };
      }
      case 'region': {
        const url = regionApiUrl(environment.region, environment.stage);
        return { apiUrl: url, authUrl: url };
      }
      case 'custom': {
        const apiUrl = normalizeApiBase(environment.apiUrl);
        return {
          apiUrl,
          authUrl: environment.authUrl ? normalizeApiBase(environment.authUrl) : apiUrl,
        };
      }
    }
  }
}

/**
 * What a session's token is bound to. The local sandbox keeps its marketplace (and signing key)
 * across restarts but gets a new port each time, so it is named, not addressed.
 */
export function environmentIdentity(environment: Environment, endpoints: Endpoints): string {
  return environment.kind === 'local' ? 'local' : endpoints.apiUrl;
}
