export {
  SessionManager,
  type Authorization,
  type ProfileLookup,
  type SessionManagerDeps,
} from './session-manager';
export { LiveSession } from './live-session';
export { StoredToken, renewalDue, MIN_RENEWAL_MARGIN_MS } from './stored-token';
export { requestedRoles, gatherCredentials } from './credentials';
export { Emitter } from './emitter';
export { summarize } from './summary';
