import { useEffect, useState } from 'react';
import type { SessionSummary } from '../../preload/contract';

interface SessionChipProps {
  session: SessionSummary | undefined;
  canSignIn: boolean;
  onSignIn: () => void;
  onShowSession: () => void;
}

/** The session at a glance: who, as what, for how long; or the way to sign in. */
export function SessionChip({ session, canSignIn, onSignIn, onShowSession }: SessionChipProps) {
  const now = useNow(session?.state === 'signed-in');
  if (!session || session.state === 'signed-out' || session.state === 'expired') {
    return (
      <span className="session-chip" data-state={session?.state ?? 'signed-out'}>
        {session?.reason && <span className="session-reason">{session.reason.message}</span>}
        <button type="button" className="primary-button" disabled={!canSignIn} onClick={onSignIn}>
          Sign in
        </button>
      </span>
    );
  }
  const left = session.expiresAt ? Date.parse(session.expiresAt) - now : undefined;
  return (
    <button
      type="button"
      className="session-chip"
      data-state={session.state}
      onClick={onShowSession}
      aria-label={`Session details: ${session.username ?? 'signed in'}`}
    >
      <span className="user-type" data-user-type={session.userType}>
        {session.userType ?? 'user'}
      </span>
      <strong>{session.username}</strong>
      {session.impersonating && <span className="impersonating">impersonating</span>}
      <span className="muted">
        {session.state === 'refreshing'
          ? 'refreshing…'
          : left !== undefined
            ? `expires in ${formatDuration(left)}`
            : ''}
      </span>
      {session.missingRoles.length > 0 && (
        <span className="warning-pill" title={`Not granted: ${session.missingRoles.join(', ')}`}>
          {session.missingRoles.length} role{session.missingRoles.length === 1 ? '' : 's'} not
          granted
        </span>
      )}
    </button>
  );
}

export function formatDuration(ms: number): string {
  if (ms <= 0) return '0:00';
  const total = Math.floor(ms / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

function useNow(ticking: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [ticking]);
  return now;
}
