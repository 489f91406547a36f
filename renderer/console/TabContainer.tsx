import type { Pane, Tab } from '../../preload/contract';
import { useEndpoints } from '../app/endpoints';
import { useProfile, useSession } from '../app/data';
import { useCatalog } from '../catalog/catalog-store';
import { ContextBar } from './ContextBar';
import { useOperation } from './use-operation';
import { TabView } from './TabView';

interface TabContainerProps {
  tab: Tab;
  pane: Pane;
  onSignIn: (tab: Tab) => void;
  onShowSession: (tab: Tab) => void;
  onActAs: (tab: Tab) => void;
}

/** Resolves a tab's context (marketplace, session, API, operation) and shows the tab. */
export function TabContainer({ tab, pane, onSignIn, onShowSession, onActAs }: TabContainerProps) {
  const profile = useProfile(tab.profileId);
  const session = useSession(tab.profileId, tab.perspectiveId);
  const endpoints = useEndpoints(profile?.id, JSON.stringify(profile?.environment));
  const [catalog] = useCatalog(endpoints?.apiUrl);
  const catalogId = catalog.status === 'ready' ? catalog.catalog.catalogId : undefined;
  const operation = useOperation(catalogId, tab.draft.operationId);

  return (
    <TabView
      tab={tab}
      paneId={pane.id}
      profile={profile}
      session={session}
      catalogId={catalogId}
      operation={operation}
      apiUrl={endpoints?.apiUrl}
      contextBar={
        <ContextBar
          tab={tab}
          profile={profile}
          session={session}
          onSignIn={() => onSignIn(tab)}
          onShowSession={() => onShowSession(tab)}
          onActAs={() => onActAs(tab)}
        />
      }
    />
  );
}
