import { useRefreshing } from './use-refreshing';

/**
 * The value of an async load for a key; undefined while the key's load is pending (or the key
 * is undefined). A late answer for an old key is ignored.
 */
export function useAsync<T>(
  key: string | undefined,
  load: (key: string) => Promise<T>,
): T | undefined {
  return useRefreshing(key, load, neverKeep).value;
}

const neverKeep = () => false;
