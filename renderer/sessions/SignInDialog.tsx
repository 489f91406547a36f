import { useState, type CSSProperties, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import type { Perspective, Profile } from '../../preload/contract/profiles';
import { environmentLabel } from '../marketplaces/environment-label';
import { CheckboxField, TextInput } from '../marketplaces/form/fields';
import { DialogFrame } from '../marketplaces/form/DialogFrame';
import { GRANT_TYPES } from '../marketplaces/grant-types';
import { describeAuthFailure, type SignInFailure } from './auth-messages';
import { RoleTagsField } from './RoleTagsField';
import { requestedScope } from './roles';

export interface SignInRequest {
  /** Only when the perspective's password is not saved. */
  password?: string;
  savePassword: boolean;
  roles: string[];
}

export type SignInResult = { ok: true } | { ok: false; failure: SignInFailure };

export interface SignInDialogProps {
  profile: Profile;
  perspective: Perspective;
  onSignIn: (request: SignInRequest) => Promise<SignInResult>;
  onCancel: () => void;
}

export function SignInDialog({ profile, perspective, onSignIn, onCancel }: SignInDialogProps) {
  const grant = GRANT_TYPES[perspective.grantType];
  const asksPassword = grant.usesPassword && !(perspective.savePassword && perspective.hasPassword);
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
          <span
            className="marketplace-dot"
            aria-hidden="true"
            style={{ '--marketplace-color': profile.color } as CSSProperties}
          />
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
          <p className="form-note">Signs in with the saved password.</p>
        )}
        <RoleTagsField
          label="Requested roles"
          roles={roles}
          onChange={setRoles}
          emptyText="No roles: the token will carry none."
          autoFocus={!asksPassword}
        />
        {failure && <FailureAlert failure={failure} />}
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

function FailureAlert({ failure }: { failure: SignInFailure }) {
  const { title, action } = describeAuthFailure(failure);
  return (
    <div className="failure-alert" role="alert">
      <p className="failure-title">{title}</p>
      <p className="failure-action">{action}</p>
      <p className="failure-detail">
        {failure.message !== title && `${failure.message} `}
        <code>{failure.code}</code>
      </p>
    </div>
  );
}
