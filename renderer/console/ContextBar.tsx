import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import type { Profile, SessionSummary, Tab } from '../../preload/contract';
import { updateTab } from '../workspace/model';
import { updateWorkspace } from '../workspace/store';
import { SessionChip } from './SessionChip';

interface ContextBarProps {
  tab: Tab;
  profile: Profile | undefined;
  session: SessionSummary | undefined;
  onSignIn: () => void;
  onShowSession: () => void;
  onActAs: () => void;
}

/** Which marketplace and perspective this tab speaks as, and the state of that session. */
export function ContextBar({
  tab,
  profile,
  session,
  onSignIn,
  onShowSession,
  onActAs,
}: ContextBarProps) {
  if (!profile) return <div className="context-bar">This tab's marketplace was deleted.</div>;
  return (
    <div className="context-bar" style={{ ['--marketplace-color' as string]: profile.color }}>
      <span className="context-marketplace">
        <span className="color-dot" aria-hidden="true" />
        {profile.name}
      </span>
      <Select
        className="perspective-select"
        selectedKey={tab.perspectiveId ?? null}
        onSelectionChange={(key) =>
          updateWorkspace((workspace) =>
            updateTab(workspace, tab.id, { perspectiveId: String(key) }),
          )
        }
        placeholder="Choose a perspective"
      >
        <Label className="visually-hidden">Perspective</Label>
        <Button className="select-button">
          <SelectValue />
          <span aria-hidden="true">▾</span>
        </Button>
        <Popover className="select-popover">
          <ListBox items={profile.perspectives}>
            {(perspective) => (
              <ListBoxItem
                id={perspective.id}
                textValue={perspective.label}
                className="select-item"
              >
                {perspective.label}
                {perspective.username && <span className="muted"> · {perspective.username}</span>}
              </ListBoxItem>
            )}
          </ListBox>
        </Popover>
      </Select>
      {session?.state === 'signed-in' && !session.impersonating && !session.anonymousOrderId && (
        <button type="button" className="secondary-button" onClick={onActAs}>
          Act as…
        </button>
      )}
      {session?.impersonating && (
        <span className="impersonation-banner" role="status">
          Impersonating {session.username} ({session.impersonating.userType} of{' '}
          {session.impersonating.orgId}) through{' '}
          {profile.perspectives.find((p) => p.id === session.impersonating?.viaPerspectiveId)
            ?.label ?? 'another perspective'}
        </span>
      )}
      <SessionChip
        session={session}
        canSignIn={!!tab.perspectiveId}
        onSignIn={onSignIn}
        onShowSession={onShowSession}
      />
    </div>
  );
}
