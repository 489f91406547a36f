import type { ReactNode } from 'react';
import {
  Button,
  Checkbox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextField,
  type Key,
} from 'react-aria-components';

/**
 * The form controls of the marketplace and sign-in dialogs. Errors come from the enclosing
 * Form's `validationErrors`, matched by each field's `name`.
 */

export function classNames(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

interface FieldProps {
  label: string;
  /** Also the key of this field's error in the Form's validationErrors. */
  name?: string;
  description?: ReactNode;
  className?: string;
}

interface TextInputProps extends FieldProps {
  value: string;
  onChange?: (value: string) => void;
  type?: 'text' | 'password' | 'url';
  placeholder?: string;
  autoComplete?: string;
  autoFocus?: boolean;
  isReadOnly?: boolean;
  isRequired?: boolean;
  mono?: boolean;
}

export function TextInput({
  label,
  description,
  className,
  placeholder,
  mono,
  ...field
}: TextInputProps) {
  return (
    <TextField className={classNames('form-field', className)} spellCheck="false" {...field}>
      <Label className="form-label">{label}</Label>
      <Input className={classNames('form-input', mono && 'mono')} placeholder={placeholder} />
      {description && (
        <Text slot="description" className="form-hint">
          {description}
        </Text>
      )}
      <FieldError className="form-error" />
    </TextField>
  );
}

export interface Choice<K extends string> {
  id: K;
  label: string;
}

interface SelectFieldProps<K extends string> extends FieldProps {
  choices: readonly Choice<K>[];
  /** Empty until the user picks one. */
  value: K | '';
  onChange: (value: K) => void;
  placeholder?: string;
  isDisabled?: boolean;
}

export function SelectField<K extends string>({
  label,
  name,
  description,
  className,
  choices,
  value,
  onChange,
  placeholder = 'Choose…',
  isDisabled,
}: SelectFieldProps<K>) {
  const choose = (key: Key | null) => {
    const choice = choices.find((candidate) => candidate.id === key);
    if (choice) onChange(choice.id);
  };
  return (
    <Select
      className={classNames('form-field', className)}
      name={name}
      value={value || null}
      onChange={choose}
      placeholder={placeholder}
      isDisabled={isDisabled}
    >
      <Label className="form-label">{label}</Label>
      <Button className="form-input select-trigger">
        <SelectValue className="select-value" />
        <span className="select-chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      {description && (
        <Text slot="description" className="form-hint">
          {description}
        </Text>
      )}
      <FieldError className="form-error" />
      <Popover className="form-popover" placement="bottom start">
        <ListBox className="form-listbox" items={choices}>
          {(choice) => (
            <ListBoxItem className="form-option" id={choice.id} textValue={choice.label}>
              {choice.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

interface CheckboxFieldProps {
  children: ReactNode;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  className?: string;
}

export function CheckboxField({ children, className, ...checkbox }: CheckboxFieldProps) {
  return (
    <Checkbox className={classNames('form-checkbox', className)} {...checkbox}>
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 12 12">
          <path d="M2.5 6.2 5 8.6l4.5-5" />
        </svg>
      </span>
      {children}
    </Checkbox>
  );
}
