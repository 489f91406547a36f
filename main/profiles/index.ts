export { ProfileService, type ProfileServiceOptions } from './profile-service';
export {
  openProfileStore,
  PROFILES_VERSION,
  PROFILE_MIGRATIONS,
  type ProfilesDocument,
} from './profile-store';
export { applyDraft, draftOf, type SecretChange } from './profile-drafts';
export { exportProfiles, importProfiles, type ProfileTransferDeps } from './profile-transfer';
export {
  ensureBuiltInProfile,
  ensureLocalSandboxProfile,
  localSandboxDraft,
  SEED_ADMIN_SCOPE,
} from './builtin-profile';
export { EndpointResolver, environmentIdentity } from './endpoints';
export { LocalSandbox, type LocalSandboxOptions, type StartSandbox } from './local-sandbox';
export { ProfileErrorCode, profileError } from './errors';
