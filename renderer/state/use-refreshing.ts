import { useEffect, useRef, useState } from 'react';

/**
 * The value of an async load for a key, still showing the last key's value while a new key
 * loads as long as `keep` says the old key is close enough (e.g. the same marketplace).
 * `pending` is true until the current key's answer arrives. A late answer for an old key is
 * ignored.
 */
export function useRefreshing<T>(
  key: string | undefined,
  load: (key: string) => Promise<T>,
  keep: (previousKey: string, key: string) => boolean = () => true,
): { value: T | undefined; pending: boolean } {
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  const [entry, setEntry] = useState<{ key: string; value: T }>();

  useEffect(() => {
    if (key === undefined) return;
    let active = true;
    void loadRef.current(key).then((value) => {
      if (active) setEntry({ key, value });
    });
    return () => {
      active = false;
    };
  }, [key]);

  if (key === undefined || !entry) return { value: undefined, pending: key !== undefined };
  if (entry.key === key) return { value: entry.value, pending: false };
  return { value: keep(entry.key, key) ? entry.value : undefined, pending: true };
}
