import { ocx } from '../bridge/ocx';
import { useAsync } from '../state/use-async';

export interface Endpoints {
  apiUrl: string;
  authUrl: string;
}

const resolved = new Map<string, Promise<Endpoints | undefined>>();

/** Where a marketplace's API answers. The local sandbox's port is only known to main. */
export function useEndpoints(
  profileId: string | undefined,
  environmentKey: string,
): Endpoints | undefined {
  const key = profileId ? `${profileId}|${environmentKey}` : undefined;
  return useAsync(key, (cacheKey) => {
    let pending = resolved.get(cacheKey);
    if (!pending) {
      pending = ocx.profiles
        .endpoints({ id: profileId! })
        .then((result) => (result.ok ? result.value : undefined));
      resolved.set(cacheKey, pending);
    }
    return pending;
  });
}
