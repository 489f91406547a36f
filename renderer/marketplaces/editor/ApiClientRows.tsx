import { useState } from 'react';
import { Button } from 'react-aria-components';
import { RoleTagsField } from '../../sessions/RoleTagsField';
import { TextInput } from '../form/fields';
import { SavedSecretField } from '../form/SavedSecretField';
import { newApiClientForm, patchRow, type ApiClientForm } from '../marketplace-form';
import { fieldName } from '../validate-form';

interface ApiClientRowsProps {
  apiClients: ApiClientForm[];
  onChange: (apiClients: ApiClientForm[]) => void;
}

export const apiClientName = (client: ApiClientForm, index: number): string =>
  client.label.trim() || client.clientId.trim() || `API client ${index + 1}`;

export function ApiClientRows({ apiClients, onChange }: ApiClientRowsProps) {
  const [addedId, setAddedId] = useState<string>();
  const add = () => {
    const client = newApiClientForm();
    setAddedId(client.id);
    onChange([...apiClients, client]);
  };
  return (
    <>
      {apiClients.map((client, index) => {
        const name = apiClientName(client, index);
        const patch = (changes: Partial<ApiClientForm>) =>
          onChange(patchRow(apiClients, client.id, changes));
        return (
          <section key={client.id} className="row-card" aria-label={name}>
            <div className="form-row">
              <TextInput
                label="Client ID"
                name={fieldName.apiClient(client.id, 'clientId')}
                className="grow wide"
                value={client.clientId}
                onChange={(clientId) => patch({ clientId })}
                autoFocus={client.id === addedId}
                mono
              />
              <TextInput
                label="Label"
                className="grow"
                placeholder="Storefront, Admin app…"
                value={client.label}
                onChange={(label) => patch({ label })}
              />
              <SavedSecretField
                label="Client secret"
                placeholder="Optional"
                saved={client.hasSecret}
                value={client.secret}
                onChange={(secret) => patch({ secret })}
                description="Stored encrypted in the vault."
              />
              <Button
                className="icon-button row-remove"
                aria-label={`Remove ${name}`}
                onPress={() => onChange(apiClients.filter((other) => other.id !== client.id))}
              >
                ✕
              </Button>
            </div>
            <RoleTagsField
              label="Default scope"
              roles={client.defaultScope}
              onChange={(defaultScope) => patch({ defaultScope })}
              emptyText="No roles yet: perspectives must ask for their own."
            />
          </section>
        );
      })}
      <Button className="btn btn-quiet add-row" onPress={add}>
        + Add API client
      </Button>
    </>
  );
}
