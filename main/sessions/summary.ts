import type { Perspective } from '../../preload/contract/profiles';
import type { SessionSummary } from '../../preload/contract/sessions';
import { missingRoles } from '../auth/token-claims';
import type { LiveSession } from './live-session';

/** What the UI may see of a session: who, which roles, until when. No token. */
export function summarize(
  session: LiveSession,
  perspective: Perspective | undefined,
): SessionSummary {
  const { token, claims, failure } = session.current;
  const requestedRoles = token?.requestedRoles ?? [];
  const grantedRoles = claims?.roles ?? [];
  const impersonation =
    perspective?.grantType === 'impersonation' ? perspective.impersonation : undefined;
  return {
    ...session.key,
    state: session.state,
    username: claims?.username ?? perspective?.username,
    userType: claims?.userType,
    clientId: claims?.clientId,
    grantedRoles,
    requestedRoles,
    missingRoles: token ? missingRoles(requestedRoles, grantedRoles) : [],
    expiresAt: token ? new Date(token.expiresAt).toISOString() : undefined,
    anonymousOrderId: claims?.anonymousOrderId,
    impersonating: impersonation && {
      viaPerspectiveId: impersonation.via,
      userType: impersonation.userType,
      orgId: impersonation.orgId,
      userId: impersonation.userId,
    },
    reason: failure,
  };
}
