import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { SessionSummary } from '../../preload/contract/sessions';
import { AuthFailureNote } from './AuthFailureNote';
import { formatRemaining, useNow } from './countdown';
import { RoleGrants } from './RoleGrants';
import { USER_TYPE_LABELS, UserTypeIcon } from './UserTypeIcon';

export interface SessionPanelProps {
  session: SessionSummary;
  /** The impersonating perspective's label ("admin01"); its id is shown when absent. */
  viaLabel?: string;
  onRefresh: () => void;
  onSignOut: () => void;
  /** Main writes the token to the clipboard; it never reaches the renderer. */
  onCopyToken: () => Promise<void>;
}

/** Who a session is signed in as, what its token may do, and until when. */
export function SessionPanel({
  session,
  viaLabel,
  onRefresh,
  onSignOut,
  onCopyToken,
}: SessionPanelProps) {
  const live = session.state === 'signed-in' || session.state === 'refreshing';
  const { impersonating, reason } = session;

  return (
    <section className="session-panel" aria-label="Session">
      <header className="session-header">
        <span className="session-avatar" data-user-type={session.userType}>
          {session.userType && <UserTypeIcon userType={session.userType} />}
        </span>
        <div className="session-identity">
          <span className="session-username">{session.username ?? 'Anonymous shopper'}</span>
          <span className="session-user-type">
            {session.userType ? USER_TYPE_LABELS[session.userType] : 'No user'}
          </span>
        </div>
        <SessionStatus session={session} />
      </header>

      {impersonating && (
        <p className="session-banner">
          Acting as {impersonating.userType} user <strong>{impersonating.userId}</strong> of{' '}
          <strong>{impersonating.orgId}</strong>, through{' '}
          <strong>{viaLabel ?? impersonating.viaPerspectiveId}</strong>
        </p>
      )}
      {reason && <AuthFailureNote failure={reason} role="note" className="session-reason" />}

      <dl className="facts">
        <dt>Client ID</dt>
        <dd className="mono">{session.clientId ?? '—'}</dd>
        {session.anonymousOrderId && (
          <>
            <dt>Order</dt>
            <dd className="mono">{session.anonymousOrderId}</dd>
          </>
        )}
      </dl>

      <RoleGrants
        requestedRoles={session.requestedRoles}
        grantedRoles={session.grantedRoles}
        missingRoles={session.missingRoles}
      />

      <footer className="session-actions">
        <Button className="btn" onPress={onRefresh} isDisabled={session.state === 'refreshing'}>
          Refresh
        </Button>
        <Button className="btn" onPress={onSignOut} isDisabled={session.state === 'signed-out'}>
          Sign out
        </Button>
        <CopyTokenButton onCopyToken={onCopyToken} isDisabled={!live} />
      </footer>
    </section>
  );
}

const STATE_LABELS: Readonly<Record<SessionSummary['state'], string>> = {
  'signed-in': 'Signed in',
  refreshing: 'Refreshing…',
  expired: 'Expired',
  'signed-out': 'Signed out',
};

function SessionStatus({ session: { state, expiresAt } }: { session: SessionSummary }) {
  return (
    <span className="session-status" data-state={state}>
      {state === 'signed-in' && expiresAt ? (
        <ExpiryCountdown expiresAt={expiresAt} />
      ) : (
        STATE_LABELS[state]
      )}
    </span>
  );
}

/** Re-renders itself every second, and nothing else. */
function ExpiryCountdown({ expiresAt }: { expiresAt: string }) {
  const now = useNow();
  const remaining = formatRemaining(Date.parse(expiresAt) - now);
  return (
    <span role="timer" className="countdown" data-expired={!remaining || undefined}>
      {remaining ? `expires in ${remaining}` : 'expired'}
    </span>
  );
}

const COPIED_NOTICE_MS = 4000;

function CopyTokenButton({
  onCopyToken,
  isDisabled,
}: {
  onCopyToken: () => Promise<void>;
  isDisabled: boolean;
}) {
  const [notice, setNotice] = useState('');
  const clearTimer = useRef<number>(undefined);
  useEffect(() => () => window.clearTimeout(clearTimer.current), []);

  const copy = async () => {
    window.clearTimeout(clearTimer.current);
    try {
      await onCopyToken();
      setNotice('Copied — main put it on your clipboard');
    } catch {
      setNotice('Couldn’t copy the token. Sign in again and retry.');
    }
    clearTimer.current = window.setTimeout(() => setNotice(''), COPIED_NOTICE_MS);
  };
  return (
    <>
      <Button className="btn" onPress={copy} isDisabled={isDisabled}>
        Copy token
      </Button>
      <span className="copy-notice" role="status">
        {notice}
      </span>
    </>
  );
}
