import { z } from 'zod';
import { ApiClient, Perspective, Profile } from './profiles';

// Channel specs are written as plain `{ input, output }` / `{ payload }` objects (the shape
// define.ts builds) so this file depends on nothing but zod and the profile schemas.

const Id = z.string().min(1).max(100);
/** A secret the user types (password, client secret, passphrase). It only ever travels to main. */
const TypedSecret = z.string().min(1).max(4096);

export const SessionKey = z.object({ profileId: Id, perspectiveId: Id });
export type SessionKey = z.infer<typeof SessionKey>;

export const SessionState = z.enum(['signed-in', 'signed-out', 'expired', 'refreshing']);
export type SessionState = z.infer<typeof SessionState>;

export const UserType = z.enum(['admin', 'buyer', 'supplier']);
export type UserType = z.infer<typeof UserType>;

/** Why something failed, and what the user can do about it. */
export const AuthFailure = z.object({
  /** OrderCloud's ErrorCode (InvalidGrant, Auth.LockedOut, ...) or one of OC Explorer's. */
  code: z.string(),
  message: z.string(),
  hint: z.string(),
});
export type AuthFailure = z.infer<typeof AuthFailure>;

export const ImpersonationSummary = z.object({
  viaPerspectiveId: Id,
  userType: z.enum(['buyer', 'supplier']),
  orgId: z.string(),
  userId: z.string(),
});
export type ImpersonationSummary = z.infer<typeof ImpersonationSummary>;

/** What the UI may know about a session. Never a token. */
export const SessionSummary = z.object({
  profileId: Id,
  perspectiveId: Id,
  state: SessionState,
  username: z.string().optional(),
  userType: UserType.optional(),
  clientId: z.string().optional(),
  grantedRoles: z.array(z.string()),
  requestedRoles: z.array(z.string()),
  /** Requested but not granted: the user lacks them (OrderCloud drops them silently). */
  missingRoles: z.array(z.string()),
  /** ISO 8601, by this computer's clock. */
  expiresAt: z.string().optional(),
  /** Set for an anonymous shopper: the one order the token may use. */
  anonymousOrderId: z.string().optional(),
  impersonating: ImpersonationSummary.optional(),
  /** Why the session was signed out, or why its last renewal failed. */
  reason: AuthFailure.optional(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const SessionEventKind = z.enum([
  'signed-in',
  'refreshing',
  'refreshed',
  /** A sign-in or renewal failed while the session kept its token; see `reason`. */
  'failed',
  'expired',
  'signed-out',
]);
export type SessionEventKind = z.infer<typeof SessionEventKind>;

export const SessionEvent = z.object({ kind: SessionEventKind, session: SessionSummary });
export type SessionEvent = z.infer<typeof SessionEvent>;

export const VaultStatus = z.object({
  locked: z.boolean(),
  /** Null until first unlocked: the user chooses how secrets are protected. */
  sealedWith: z.enum(['safe-storage', 'passphrase']).nullable(),
  secretCount: z.number().int(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

/** A store file OC Explorer had to repair at start, for the app to tell the user about. */
export const StoreNotice = z.object({
  file: z.string(),
  kind: z.enum(['restored-from-backup', 'started-empty']),
  movedTo: z.string(),
  message: z.string(),
  at: z.string(),
});
export type StoreNotice = z.infer<typeof StoreNotice>;

/** An API client as edited: `secret` sets a new one, null removes it, absent keeps it. */
export const ApiClientDraft = ApiClient.omit({ hasSecret: true }).extend({
  secret: TypedSecret.nullable().optional(),
});
export type ApiClientDraft = z.input<typeof ApiClientDraft>;

/** A perspective as edited: `password` sets a saved one, null removes it, absent keeps it. */
export const PerspectiveDraft = Perspective.omit({ hasPassword: true }).extend({
  password: TypedSecret.nullable().optional(),
});
export type PerspectiveDraft = z.input<typeof PerspectiveDraft>;

export const ProfileDraft = Profile.omit({
  id: true,
  builtIn: true,
  createdAt: true,
  updatedAt: true,
  apiClients: true,
  perspectives: true,
}).extend({
  apiClients: z.array(ApiClientDraft).max(50),
  perspectives: z.array(PerspectiveDraft).max(200),
});
export type ProfileDraft = z.input<typeof ProfileDraft>;
export type ParsedProfileDraft = z.output<typeof ProfileDraft>;

export const PROFILE_EXPORT_FORMAT = 'oc-explorer-profiles';
export const PROFILE_EXPORT_VERSION = 1;
/** The longest export text `profiles.import` accepts. */
export const MAX_PROFILE_IMPORT_LENGTH = 5 * 1024 * 1024;

/** What "Export profiles" writes. Secrets appear only sealed with the export's own passphrase. */
export const ProfileExportFile = z.object({
  format: z.literal(PROFILE_EXPORT_FORMAT),
  version: z.literal(PROFILE_EXPORT_VERSION),
  exportedAt: z.string(),
  profiles: z.array(Profile).max(500),
  sealedSecrets: z.string().optional(),
});
export type ProfileExportFile = z.infer<typeof ProfileExportFile>;

const Ok = z.object({ ok: z.literal(true) });

export const profileChannels = {
  'profiles.list': { input: z.void(), output: z.array(Profile) },
  'profiles.create': { input: ProfileDraft, output: Profile },
  'profiles.update': { input: z.object({ id: Id, draft: ProfileDraft }), output: Profile },
  'profiles.duplicate': { input: z.object({ id: Id }), output: Profile },
  /** The built-in Local sandbox cannot be removed. */
  'profiles.remove': { input: z.object({ id: Id }), output: Ok },
  /** JSON text for the renderer to save; secrets are included only sealed with `passphrase`. */
  'profiles.export': {
    input: z.object({ ids: z.array(Id).min(1).max(500), passphrase: TypedSecret.optional() }),
    output: z.object({ fileName: z.string(), text: z.string() }),
  },
  'profiles.import': {
    input: z.object({
      text: z.string().max(MAX_PROFILE_IMPORT_LENGTH),
      passphrase: TypedSecret.optional(),
    }),
    output: z.array(Profile),
  },
  'profiles.notices': { input: z.void(), output: z.array(StoreNotice) },
};

export const vaultChannels = {
  'vault.status': { input: z.void(), output: VaultStatus },
  'vault.unlock': { input: z.object({ passphrase: TypedSecret }), output: VaultStatus },
  'vault.lock': { input: z.void(), output: VaultStatus },
  /** Deletes every saved secret and session: the way out of a forgotten passphrase. */
  'vault.forget': { input: z.void(), output: VaultStatus },
};

export const sessionChannels = {
  'sessions.list': { input: z.void(), output: z.array(SessionSummary) },
  /** `password` is for a perspective that asks each time; it is used once and not kept. */
  'sessions.signIn': {
    input: SessionKey.extend({ password: TypedSecret.optional() }),
    output: SessionSummary,
  },
  'sessions.signOut': { input: SessionKey, output: SessionSummary },
  /** Renews the token now (refresh token, or a new sign-in with the saved password). */
  'sessions.refresh': { input: SessionKey, output: SessionSummary },
  /** Main writes the access token to the clipboard; the token never reaches the renderer. */
  'sessions.copyToken': { input: SessionKey, output: z.object({ copied: z.boolean() }) },
};

export const sessionEvents = {
  'sessions.changed': { payload: SessionEvent },
  'vault.changed': { payload: VaultStatus },
  'profiles.changed': { payload: z.array(Profile) },
};
