import { useState, type ReactNode } from 'react';
import {
  Button,
  Checkbox,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  TextField,
  type Key,
} from 'react-aria-components';

/** The builder's form controls: react-aria-components with our labels and styling. */

interface LabelProps {
  label: string;
  /** Still the accessible name; hidden where a column heading or the row says it already. */
  hideLabel?: boolean;
  className?: string;
}

function FieldLabel({ label, hideLabel }: LabelProps) {
  return <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>;
}

function classes(...names: (string | false | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}

interface TextInputProps extends LabelProps {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  isRequired?: boolean;
  errorMessage?: string;
  autoFocus?: boolean;
  inputMode?: 'text' | 'numeric';
  mono?: boolean;
}

export function TextInput({
  label,
  hideLabel,
  className,
  placeholder,
  errorMessage,
  mono,
  ...field
}: TextInputProps) {
  return (
    <TextField className={classes('field', className)} isInvalid={!!errorMessage} {...field}>
      <FieldLabel label={label} hideLabel={hideLabel} />
      <Input className={classes('field-input', mono && 'mono')} placeholder={placeholder} />
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}

export interface Option<K extends string> {
  id: K;
  label: string;
}

interface PickOneProps<K extends string> extends LabelProps {
  options: readonly Option<K>[];
  value: K;
  onChange: (value: K) => void;
}

export function PickOne<K extends string>({
  label,
  hideLabel,
  className,
  options,
  value,
  onChange,
}: PickOneProps<K>) {
  const choose = (key: Key | null) => {
    const option = options.find((candidate) => candidate.id === key);
    if (option) onChange(option.id);
  };
  return (
    <Select className={classes('field', className)} value={value} onChange={choose}>
      <FieldLabel label={label} hideLabel={hideLabel} />
      <PickerTrigger />
      <OptionList options={options} />
    </Select>
  );
}

interface PickManyProps extends LabelProps {
  options: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  placeholder: string;
}

/** Keeps the order things were picked in: for sortBy, that order is the sort priority. */
export function PickMany({
  label,
  hideLabel,
  className,
  options,
  value,
  onChange,
  placeholder,
}: PickManyProps) {
  const choose = (keys: Key[]) => {
    const picked = keys.map(String);
    onChange([
      ...value.filter((item) => picked.includes(item)),
      ...picked.filter((item) => !value.includes(item)),
    ]);
  };
  // Values the spec does not list (a restored `xp.Color`) stay pickable so they can be removed.
  const all = [...options, ...value.filter((item) => !options.includes(item))];
  return (
    <Select
      className={classes('field', className)}
      selectionMode="multiple"
      value={value}
      onChange={choose}
      placeholder={placeholder}
    >
      <FieldLabel label={label} hideLabel={hideLabel} />
      <PickerTrigger />
      <OptionList options={all.map((item) => ({ id: item, label: item }))} />
    </Select>
  );
}

function PickerTrigger() {
  return (
    <Button className="field-input picker-trigger">
      <SelectValue className="picker-value" />
      <span className="picker-chevron" aria-hidden="true">
        ▾
      </span>
    </Button>
  );
}

function OptionList<K extends string>({ options }: { options: readonly Option<K>[] }) {
  return (
    <Popover className="request-popover" placement="bottom start">
      <ListBox className="request-listbox" items={options}>
        {(option) => (
          <ListBoxItem id={option.id} className="request-option" textValue={option.label}>
            {option.label}
          </ListBoxItem>
        )}
      </ListBox>
    </Popover>
  );
}

interface SuggestInputProps extends LabelProps {
  value: string;
  onChange: (value: string) => void;
  suggestions: readonly string[];
  placeholder?: string;
  autoFocus?: boolean;
  isRequired?: boolean;
}

/** Free text with suggestions: any value goes, the list only helps. */
export function SuggestInput({
  label,
  hideLabel,
  className,
  value,
  onChange,
  suggestions,
  placeholder,
  ...field
}: SuggestInputProps) {
  // RAC leaves filtering to us when it is given the items; the ▾ button shows them all.
  const [showAll, setShowAll] = useState(false);
  const typed = value.toLowerCase();
  const shown = showAll
    ? suggestions
    : suggestions.filter((item) => item.toLowerCase().includes(typed));
  return (
    <ComboBox
      className={classes('field', className)}
      allowsCustomValue
      inputValue={value}
      onInputChange={(next) => {
        setShowAll(false);
        onChange(next);
      }}
      onOpenChange={(isOpen, trigger) => setShowAll(isOpen && trigger === 'manual')}
      items={shown.map((item) => ({ id: item, label: item }))}
      {...field}
    >
      <FieldLabel label={label} hideLabel={hideLabel} />
      <div className="field-input combo-box">
        <Input className="combo-input mono" placeholder={placeholder} />
        {/* RAC appends the field's label to this one: "Show suggestions for direction". */}
        <Button className="combo-button" aria-label="Show suggestions for">
          ▾
        </Button>
      </div>
      <Popover className="request-popover" placement="bottom start">
        <ListBox className="request-listbox">
          {(item: Option<string>) => (
            <ListBoxItem id={item.id} className="request-option mono" textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

interface CheckProps {
  label: string;
  isSelected: boolean;
  onChange: (isSelected: boolean) => void;
}

export function CheckBox({ label, isSelected, onChange }: CheckProps) {
  return (
    <Checkbox
      className="request-checkbox"
      aria-label={label}
      isSelected={isSelected}
      onChange={onChange}
    >
      <span className="checkbox-box" aria-hidden="true">
        <svg viewBox="0 0 12 12">
          <polyline points="2.5 6.5 5 9 9.5 3.5" />
        </svg>
      </span>
    </Checkbox>
  );
}

interface IconButtonProps {
  label: string;
  onPress: () => void;
  children: ReactNode;
  className?: string;
}

export function IconButton({ label, onPress, children, className }: IconButtonProps) {
  return (
    <Button
      className={classes('request-icon-button', className)}
      aria-label={label}
      onPress={onPress}
    >
      <span aria-hidden="true">{children}</span>
    </Button>
  );
}
