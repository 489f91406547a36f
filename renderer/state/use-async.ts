import { useEffect, useRef, useState } from 'react';

/**
 * The value of an async load for a key; undefined while the key's load is pending (or the key
 * is undefined). A late answer for an old key is ignored.
 */
export function useAsync<T>(
  key: string | undefined,
  load: (key: string) => Promise<T>,
): T | undefined {
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

  return entry && entry.key === key ? entry.value : undefined;
}
