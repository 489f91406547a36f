import { Button } from 'react-aria-components';
import { RoleTagsField } from '../../sessions/RoleTagsField';
import { CheckboxField, SelectField, TextInput, type Choice } from '../form/fields';
import { SavedSecretField } from '../form/SavedSecretField';
import { GRANT_TYPES, GRANT_TYPE_CHOICES } from '../grant-types';
import type { ImpersonationForm, PerspectiveForm } from '../marketplace-form';
import { fieldName } from '../validate-form';

interface PerspectiveCardProps {
  perspective: PerspectiveForm;
  /** The card's accessible name. */
  name: string;
  apiClientChoices: readonly Choice<string>[];
  /** Perspectives this one may impersonate through. */
  viaChoices: readonly Choice<string>[];
  onChange: (patch: Partial<PerspectiveForm>) => void;
  onRemove: () => void;
  autoFocus: boolean;
}

const USER_TYPE_CHOICES: readonly Choice<ImpersonationForm['userType']>[] = [
  { id: 'buyer', label: 'Buyer user' },
  { id: 'supplier', label: 'Supplier user' },
];

/** One perspective: a saved way of signing in (who, with which client, asking for which roles). */
export function PerspectiveCard({
  perspective,
  name,
  apiClientChoices,
  viaChoices,
  onChange,
  onRemove,
  autoFocus,
}: PerspectiveCardProps) {
  const grant = GRANT_TYPES[perspective.grantType];
  const field = (key: Parameters<typeof fieldName.perspective>[1]) =>
    fieldName.perspective(perspective.id, key);
  const impersonate = (patch: Partial<ImpersonationForm>) =>
    onChange({ impersonation: { ...perspective.impersonation, ...patch } });

  return (
    <section className="row-card perspective-card" aria-label={name}>
      <div className="form-row">
        <TextInput
          label="Label"
          name={field('label')}
          className="grow"
          placeholder="Buyer on the storefront"
          value={perspective.label}
          onChange={(label) => onChange({ label })}
          autoFocus={autoFocus}
        />
        <SelectField
          label="Grant type"
          choices={GRANT_TYPE_CHOICES}
          value={perspective.grantType}
          onChange={(grantType) => onChange({ grantType })}
        />
        <SelectField
          label="API client"
          name={field('apiClientId')}
          className="grow"
          choices={apiClientChoices}
          value={perspective.apiClientId}
          onChange={(apiClientId) => onChange({ apiClientId })}
        />
        <Button className="icon-button row-remove" aria-label={`Remove ${name}`} onPress={onRemove}>
          ✕
        </Button>
      </div>
      <p className="form-note grant-explanation">{grant.explanation}</p>

      {grant.usesPassword && (
        <div className="form-row">
          <TextInput
            label="Username"
            name={field('username')}
            className="grow"
            autoComplete="off"
            value={perspective.username}
            onChange={(username) => onChange({ username })}
          />
          <CheckboxField
            className="save-password"
            isSelected={perspective.savePassword}
            onChange={(savePassword) => onChange({ savePassword })}
          >
            Save password
          </CheckboxField>
          {perspective.savePassword ? (
            <SavedSecretField
              label="Password"
              name={field('password')}
              saved={perspective.hasPassword}
              value={perspective.password}
              onChange={(password) => onChange({ password })}
            />
          ) : (
            <p className="form-note password-note">Asked at each sign-in, never stored.</p>
          )}
        </div>
      )}

      {perspective.grantType === 'impersonation' && (
        <div className="form-row">
          <SelectField
            label="Through perspective"
            name={field('via')}
            className="grow"
            choices={viaChoices}
            value={perspective.impersonation.via}
            onChange={(via) => impersonate({ via })}
          />
          <SelectField
            label="Acting as"
            choices={USER_TYPE_CHOICES}
            value={perspective.impersonation.userType}
            onChange={(userType) => impersonate({ userType })}
          />
          <div className="field-pair">
            <TextInput
              label={perspective.impersonation.userType === 'buyer' ? 'Buyer ID' : 'Supplier ID'}
              name={field('orgId')}
              className="grow"
              value={perspective.impersonation.orgId}
              onChange={(orgId) => impersonate({ orgId })}
              mono
            />
            <TextInput
              label="User ID"
              name={field('userId')}
              className="grow"
              value={perspective.impersonation.userId}
              onChange={(userId) => impersonate({ userId })}
              mono
            />
          </div>
        </div>
      )}

      <RoleTagsField
        label="Requested roles"
        roles={perspective.roles}
        onChange={(roles) => onChange({ roles })}
        emptyText="None: the API client’s default scope is requested."
      />
    </section>
  );
}
