import { OcxError } from '../bridge/errors';

export const ProfileErrorCode = {
  NotFound: 'ProfileNotFound',
  NameTaken: 'ProfileNameTaken',
  BuiltIn: 'ProfileBuiltIn',
  Invalid: 'ProfileInvalid',
  ImportUnreadable: 'ProfileImportUnreadable',
  ImportPassphrase: 'ProfileImportPassphrase',
  SandboxUnavailable: 'LocalSandboxUnavailable',
} as const;

export type ProfileErrorCode = (typeof ProfileErrorCode)[keyof typeof ProfileErrorCode];

export function profileError(code: ProfileErrorCode, message: string): OcxError {
  return new OcxError(code, message);
}

export const profileNotFound = (what: string): OcxError =>
  profileError(ProfileErrorCode.NotFound, `There is no profile ${what}.`);
