import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import type { Impersonation, Perspective, Profile } from '../../preload/contract/profiles';
import { environmentLabel } from '../marketplaces/environment-label';
import { CheckboxField, TextInput } from '../marketplaces/form/fields';
import { DialogFrame } from '../marketplaces/form/DialogFrame';
import { GRANT_TYPES } from '../marketplaces/grant-types';
import { MarketplaceDot } from '../marketplaces/MarketplaceDot';
import type { SignInFailure } from './auth-messages';
import { AuthFailureNote } from './AuthFailureNote';
import { RoleTagsField } from './RoleTagsField';
import { requestedScope } from './roles';
import type { SignInRequest, SignInResult } from './sign-in';

export type { SignInRequest, SignInResult };

export interface SignInDialogProps {
  profile: Profile;
  perspective: Perspective;
  onSignIn: (request: SignInRequest) => Promise<SignInResult>;
  onCancel: () => void;
}

export function SignInDialog({ profile, perspective, onSignIn, onCancel }: SignInDialogProps) {
  const grant = GRANT_TYPES[perspective.grantType];
  const hasSavedPassword = perspective.savePassword && perspective.hasPassword;
  const [typingPassword, setTypingPassword] = useState(false);
  const asksPassword = grant.usesPassword && (!hasSavedPassword || typingPassword);
  const [password, setPassword] = useState('');
  const [savePassword, setSavePassword] = useState(perspective.savePassword);
  const [roles, setRoles] = useState(() => requestedScope(profile, perspective));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<SignInFailure>();
  const [passwordMissing, setPasswordMissing] = useState(false);
  const client = profile.apiClients.find((candidate) => candidate.id === perspective.apiClientId);

  const signIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    if (asksPassword && !password) {
      setPasswordMissing(true);
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await onSignIn({
        password: asksPassword ? password : undefined,
        savePassword: grant.usesPassword && savePassword,
        roles,
      });
      if (!result.ok) setFailure(result.failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <DialogFrame
      title={`Sign in as ${perspective.label}`}
      subtitle={
        <span className="marketplace-inline">
          <MarketplaceDot color={profile.color} />
          {profile.name} · {environmentLabel(profile.environment)}
        </span>
      }
      onCancel={onCancel}
      className="sign-in-dialog"
    >
      <Form
        className="sign-in-form"
        validationBehavior="aria"
        validationErrors={passwordMissing && !password ? { password: 'Enter the password.' } : {}}
        onSubmit={signIn}
      >
        <dl className="facts">
          <dt>Grant</dt>
          <dd>{grant.label}</dd>
          {perspective.username && (
            <>
              <dt>Username</dt>
              <dd className="mono">{perspective.username}</dd>
            </>
          )}
          {perspective.impersonation && (
            <ImpersonationFacts profile={profile} impersonation={perspective.impersonation} />
          )}
          <dt>API client</dt>
          <dd>
            {client?.label && <span>{client.label} </span>}
            <span className="mono muted">
              {client?.clientId ?? 'missing: edit the marketplace'}
            </span>
          </dd>
        </dl>
        {asksPassword && (
          <div className="form-row password-row">
            <TextInput
              label="Password"
              name="password"
              type="password"
              className="grow"
              autoComplete="current-password"
              value={password}
              onChange={setPassword}
              autoFocus
            />
            <CheckboxField isSelected={savePassword} onChange={setSavePassword}>
              Save password
            </CheckboxField>
          </div>
        )}
        {grant.usesPassword && !asksPassword && (
          <p className="form-note">
            Signs in with the saved password.{' '}
            <Button className="link-button" onPress={() => setTypingPassword(true)}>
              Use a different password
            </Button>
          </p>
        )}
        <RoleTagsField
          label="Requested roles"
          roles={roles}
          onChange={setRoles}
          emptyText="No roles: the token will carry none."
          autoFocus={!asksPassword}
        />
        {failure && <AuthFailureNote failure={failure} role="alert" className="failure-alert" />}
        <footer className="dialog-footer">
          <span className="footer-spacer" />
          <Button className="btn" onPress={onCancel}>
            Cancel
          </Button>
          <Button className="btn btn-primary" type="submit" isPending={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </footer>
      </Form>
    </DialogFrame>
  );
}

function ImpersonationFacts({
  profile,
  impersonation: { via, userType, orgId, userId },
}: {
  profile: Profile;
  impersonation: Impersonation;
}) {
  const through = profile.perspectives.find((candidate) => candidate.id === via);
  return (
    <>
      <dt>Acting as</dt>
      <dd>
        {userType} user <span className="mono">{userId}</span> of{' '}
        <span className="mono">{orgId}</span>
      </dd>
      <dt>Through</dt>
      <dd>{through?.label ?? via}</dd>
    </>
  );
}
