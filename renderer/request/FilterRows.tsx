import { useId, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { IconButton, PickOne, SuggestInput, TextInput } from './controls';
import { FILTER_OPERATORS, type FilterRow } from './list-query';
import { keyed, type KeyedFilterRow } from './use-filter-rows';

interface FilterRowsProps {
  rows: KeyedFilterRow[];
  onChange: (rows: KeyedFilterRow[]) => void;
  /** Suggested field names; any other (xp.Anything) is fine too. */
  fields: readonly string[];
}

const OPERATOR_OPTIONS = FILTER_OPERATORS.map(({ id, label }) => ({ id, label }));

export function FilterRows({ rows, onChange, fields }: FilterRowsProps) {
  const [addedKey, setAddedKey] = useState<number>();
  const addButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();

  const update = (key: number, change: Partial<FilterRow>) =>
    onChange(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const add = () => {
    const row = keyed({ field: '', operator: 'equals', values: [''] });
    setAddedKey(row.key);
    onChange([...rows, row]);
  };
  const remove = (key: number) => {
    onChange(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  return (
    <section className="filters" aria-labelledby={headingId}>
      <h3 className="section-heading" id={headingId}>
        Filters
        <span className="section-hint">Repeat a field to AND; use OR within a row</span>
      </h3>
      {rows.map((row, index) => (
        <FilterRowEditor
          key={row.key}
          row={row}
          number={index + 1}
          fields={fields}
          autoFocus={row.key === addedKey}
          onChange={(change) => update(row.key, change)}
          onRemove={() => remove(row.key)}
        />
      ))}
      <Button className="add-button" ref={addButton} onPress={add}>
        + Add filter
      </Button>
    </section>
  );
}

interface FilterRowEditorProps {
  row: FilterRow;
  number: number;
  fields: readonly string[];
  autoFocus: boolean;
  onChange: (change: Partial<FilterRow>) => void;
  onRemove: () => void;
}

function FilterRowEditor({
  row,
  number,
  fields,
  autoFocus,
  onChange,
  onRemove,
}: FilterRowEditorProps) {
  const name = `Filter ${number}`;
  const setValue = (at: number, value: string) =>
    onChange({ values: row.values.map((old, i) => (i === at ? value : old)) });

  return (
    <div className="filter-row" role="group" aria-label={name}>
      <SuggestInput
        className="filter-field"
        label={`${name} field`}
        hideLabel
        value={row.field}
        suggestions={fields}
        placeholder="Field or xp.Name"
        autoFocus={autoFocus}
        onChange={(field) => onChange({ field })}
      />
      <PickOne
        className="filter-operator"
        label={`${name} operator`}
        hideLabel
        options={OPERATOR_OPTIONS}
        value={row.operator}
        onChange={(operator) => onChange({ operator })}
      />
      <div className="filter-values">
        {row.values.map((value, at) => {
          const justAdded = at > 0 && at === row.values.length - 1 && value === '';
          return (
            <div className="filter-value" key={at}>
              {at > 0 && (
                <span className="or-joiner" aria-hidden="true">
                  or
                </span>
              )}
              <TextInput
                label={at === 0 ? `${name} value` : `${name} value ${at + 1}`}
                hideLabel
                mono
                value={value}
                placeholder="Value"
                autoFocus={justAdded}
                onChange={(next) => setValue(at, next)}
              />
              {at > 0 && (
                <IconButton
                  className="value-remove"
                  label={`Remove value ${at + 1} of filter ${number}`}
                  onPress={() => onChange({ values: row.values.filter((_, i) => i !== at) })}
                >
                  ✕
                </IconButton>
              )}
            </div>
          );
        })}
        <Button
          className="or-button"
          aria-label={`Add OR value to filter ${number}`}
          onPress={() => onChange({ values: [...row.values, ''] })}
        >
          + OR
        </Button>
      </div>
      <IconButton className="filter-remove" label={`Remove filter ${number}`} onPress={onRemove}>
        ✕
      </IconButton>
    </div>
  );
}
