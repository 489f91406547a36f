import { useEffect, useState } from 'react';
import type { AppInfo } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { Frame } from '../frame/Frame';
import { useAppliedTheme } from '../frame/theme';
import { useSettings } from './use-settings';

export function App() {
  const [info, setInfo] = useState<AppInfo>();
  const [settings, updateSettings] = useSettings();
  useAppliedTheme(settings.theme);

  useEffect(() => {
    void ocx.app.info().then((result) => result.ok && setInfo(result.value));
  }, []);

  return (
    <Frame
      info={info}
      theme={settings.theme}
      onThemeChange={(theme) => updateSettings({ theme })}
    />
  );
}
