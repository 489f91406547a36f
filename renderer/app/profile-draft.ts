import type { Profile, ProfileDraft } from '../../preload/contract';

/** A saved profile as an edit that keeps every secret as it is (absent secret = keep). */
export function profileAsDraft(profile: Profile): ProfileDraft {
  const {
    id: _id,
    builtIn: _builtIn,
    createdAt: _created,
    updatedAt: _updated,
    apiClients,
    perspectives,
    ...rest
  } = profile;
  return {
    ...rest,
    apiClients: apiClients.map(({ hasSecret: _hasSecret, ...client }) => client),
    perspectives: perspectives.map(({ hasPassword: _hasPassword, ...perspective }) => perspective),
  };
}
