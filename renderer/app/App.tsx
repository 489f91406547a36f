import { useEffect, useState } from 'react';
import { LOCAL_SANDBOX_PROFILE_ID, type AppInfo } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { Console } from '../console/Console';
import { Frame } from '../frame/Frame';
import { useAppliedTheme } from '../frame/theme';
import { initialWorkspace } from '../workspace/model';
import { loadWorkspace, useWorkspace } from '../workspace/store';
import { connectAppData, profilesStore } from './data';
import { DropImport } from './drop-import/DropImport';
import { useSettings } from './use-settings';

/** First start opens on the Local sandbox, on its first perspective, ready to sign in. */
function firstWorkspace() {
  const profiles = profilesStore.get();
  const local = profiles.find((profile) => profile.id === LOCAL_SANDBOX_PROFILE_ID) ?? profiles[0];
  return initialWorkspace(local?.id ?? LOCAL_SANDBOX_PROFILE_ID, local?.perspectives[0]?.id);
}

export function App() {
  const [info, setInfo] = useState<AppInfo>();
  const [settings, updateSettings] = useSettings();
  const workspace = useWorkspace();
  useAppliedTheme(settings.theme);

  useEffect(() => {
    void ocx.app.info().then((result) => result.ok && setInfo(result.value));
    void connectAppData().then(() => loadWorkspace(firstWorkspace));
  }, []);

  const frame = (sidebar?: React.ReactNode, main?: React.ReactNode) => (
    <Frame
      info={info}
      theme={settings.theme}
      onThemeChange={(theme) => updateSettings({ theme })}
      sidebar={sidebar}
    >
      {main}
    </Frame>
  );

  return (
    <>
      {workspace ? (
        <Console workspace={workspace} renderFrame={({ sidebar, main }) => frame(sidebar, main)} />
      ) : (
        frame(
          undefined,
          <p className="empty-note" role="status">
            Opening your workspace…
          </p>,
        )
      )}
      <DropImport workspace={workspace} />
    </>
  );
}
