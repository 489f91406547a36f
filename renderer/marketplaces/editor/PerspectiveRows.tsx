import { useState } from 'react';
import { Button } from 'react-aria-components';
import {
  newPerspectiveForm,
  patchRow,
  type ApiClientForm,
  type PerspectiveForm,
} from '../marketplace-form';
import { apiClientName } from './ApiClientRows';
import { PerspectiveCard } from './PerspectiveCard';

interface PerspectiveRowsProps {
  perspectives: PerspectiveForm[];
  apiClients: readonly ApiClientForm[];
  onChange: (perspectives: PerspectiveForm[]) => void;
}

const perspectiveName = (perspective: PerspectiveForm, index: number): string =>
  perspective.label.trim() || `Perspective ${index + 1}`;

export function PerspectiveRows({ perspectives, apiClients, onChange }: PerspectiveRowsProps) {
  const [addedId, setAddedId] = useState<string>();
  const apiClientChoices = apiClients.map((client, index) => ({
    id: client.id,
    label: apiClientName(client, index),
  }));
  const add = () => {
    const perspective = newPerspectiveForm(apiClients);
    setAddedId(perspective.id);
    onChange([...perspectives, perspective]);
  };

  return (
    <>
      {perspectives.length === 0 && (
        <p className="form-note">No perspectives yet. Add one for each user you sign in as.</p>
      )}
      {perspectives.map((perspective, index) => (
        <PerspectiveCard
          key={perspective.id}
          perspective={perspective}
          name={perspectiveName(perspective, index)}
          apiClientChoices={apiClientChoices}
          viaChoices={perspectives
            .map((other, otherIndex) => ({
              id: other.id,
              label: perspectiveName(other, otherIndex),
            }))
            .filter((other) => other.id !== perspective.id)}
          onChange={(patch) => onChange(patchRow(perspectives, perspective.id, patch))}
          onRemove={() => onChange(perspectives.filter((other) => other.id !== perspective.id))}
          autoFocus={perspective.id === addedId}
        />
      ))}
      <Button className="btn btn-quiet add-row" onPress={add}>
        + Add perspective
      </Button>
    </>
  );
}
