import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { TextInput } from './fields';

interface SavedSecretFieldProps {
  label: string;
  name?: string;
  /** A secret is already in the vault: show that, and type a new one only to replace it. */
  saved: boolean;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  placeholder?: string;
}

/** A password or client secret. A saved one never comes back from main, so it shows as dots. */
export function SavedSecretField({
  label,
  name,
  saved,
  value,
  onChange,
  description,
  placeholder,
}: SavedSecretFieldProps) {
  const [replacing, setReplacing] = useState(false);
  const labelId = useId();

  if (saved && !replacing) {
    return (
      <div className="form-field" role="group" aria-labelledby={labelId}>
        <span className="form-label" id={labelId}>
          {label}
        </span>
        <div className="saved-secret">
          <span className="saved-secret-dots">•••• saved</span>
          <Button
            className="link-button"
            aria-label={`Replace ${label.toLowerCase()}`}
            onPress={() => setReplacing(true)}
          >
            replace
          </Button>
        </div>
      </div>
    );
  }

  const keepSaved = () => {
    onChange('');
    setReplacing(false);
  };
  return (
    <div className="secret-input">
      <TextInput
        label={label}
        name={name}
        type="password"
        autoComplete="new-password"
        value={value}
        onChange={onChange}
        description={description}
        placeholder={placeholder}
        autoFocus={replacing}
      />
      {replacing && (
        <Button className="link-button" onPress={keepSaved}>
          Keep saved
        </Button>
      )}
    </div>
  );
}
