import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../../preload/contract';
import { ocx } from '../bridge/ocx';

const FALLBACK: Settings = { theme: 'system' };

/** Settings live in main; this mirrors them and follows changes made elsewhere. */
export function useSettings(): [Settings, (patch: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>(FALLBACK);

  useEffect(() => {
    let active = true;
    void ocx.settings.get().then((result) => {
      if (active && result.ok) setSettings(result.value);
    });
    const unsubscribe = ocx.settings.onChanged(setSettings);
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);

  const update = useCallback((patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    void ocx.settings.update(patch);
  }, []);

  return [settings, update];
}
