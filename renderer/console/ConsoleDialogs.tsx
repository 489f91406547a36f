import type { Tab } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { profilesStore, recordSession, useProfile, useSession } from '../app/data';
import { profileAsDraft } from '../app/profile-draft';
import { SessionPanel } from '../sessions/SessionPanel';
import { SignInDialog, type SignInRequest, type SignInResult } from '../sessions/SignInDialog';
import { DialogFrame } from '../marketplaces/form/DialogFrame';
import { updateTab } from '../workspace/model';
import { updateWorkspace } from '../workspace/store';
import { ActAsDialog } from './ActAsDialog';

export type ConsoleDialog = { kind: 'sign-in' | 'session' | 'act-as'; tab: Tab };

interface ConsoleDialogsProps {
  dialog: ConsoleDialog | undefined;
  onClose: () => void;
}

/** The console's modal dialogs, one at a time. */
export function ConsoleDialogs({ dialog, onClose }: ConsoleDialogsProps) {
  if (!dialog?.tab.perspectiveId) return null;
  const key = { profileId: dialog.tab.profileId, perspectiveId: dialog.tab.perspectiveId };
  if (dialog.kind === 'sign-in') return <SignIn sessionKey={key} onClose={onClose} />;
  if (dialog.kind === 'session') return <SessionDetails sessionKey={key} onClose={onClose} />;
  return <ActAs tab={dialog.tab} onClose={onClose} />;
}

function ActAs({ tab, onClose }: { tab: Tab; onClose: () => void }) {
  const profile = useProfile(tab.profileId);
  const via = profile?.perspectives.find((candidate) => candidate.id === tab.perspectiveId);
  if (!profile || !via) return null;
  return (
    <ActAsDialog
      profile={profile}
      via={via}
      onCancel={onClose}
      onActing={(perspectiveId) => {
        updateWorkspace((workspace) => updateTab(workspace, tab.id, { perspectiveId }));
        onClose();
      }}
    />
  );
}

interface SessionKeyProps {
  sessionKey: { profileId: string; perspectiveId: string };
  onClose: () => void;
}

function SignIn({ sessionKey, onClose }: SessionKeyProps) {
  const profile = useProfile(sessionKey.profileId);
  const perspective = profile?.perspectives.find(
    (candidate) => candidate.id === sessionKey.perspectiveId,
  );
  if (!profile || !perspective) return null;

  const signIn = async (request: SignInRequest): Promise<SignInResult> => {
    const changed =
      request.savePassword !== perspective.savePassword ||
      request.roles.join(' ') !== perspective.roles.join(' ');
    if (changed) {
      const latest =
        profilesStore.get().find((candidate) => candidate.id === profile.id) ?? profile;
      const draft = profileAsDraft(latest);
      draft.perspectives = draft.perspectives.map((candidate) =>
        candidate.id === perspective.id
          ? { ...candidate, roles: request.roles, savePassword: request.savePassword }
          : candidate,
      );
      const updated = await ocx.profiles.update({ id: profile.id, draft });
      if (!updated.ok) return { ok: false, failure: updated.error };
    }
    const result = await ocx.sessions.signIn({ ...sessionKey, password: request.password });
    if (!result.ok)
      return { ok: false, failure: { ...result.error, hint: hintOf(result.error.details) } };
    recordSession(result.value);
    onClose();
    return { ok: true };
  };

  return (
    <SignInDialog
      profile={profile}
      perspective={perspective}
      onSignIn={signIn}
      onCancel={onClose}
    />
  );
}

function SessionDetails({ sessionKey, onClose }: SessionKeyProps) {
  const session = useSession(sessionKey.profileId, sessionKey.perspectiveId);
  if (!session) return null;
  return (
    <DialogFrame title="Session" onCancel={onClose}>
      <SessionPanel
        session={session}
        onRefresh={() => void ocx.sessions.refresh(sessionKey)}
        onSignOut={() => {
          void ocx.sessions.signOut(sessionKey);
          onClose();
        }}
        onCopyToken={async () => {
          const result = await ocx.sessions.copyToken(sessionKey);
          if (!result.ok || !result.value.copied)
            throw new Error(
              result.ok ? 'There is no clipboard to write to here.' : result.error.message,
            );
        }}
      />
    </DialogFrame>
  );
}

function hintOf(details: unknown): string | undefined {
  const hint =
    typeof details === 'object' && details !== null
      ? (details as { hint?: unknown }).hint
      : undefined;
  return typeof hint === 'string' ? hint : undefined;
}
