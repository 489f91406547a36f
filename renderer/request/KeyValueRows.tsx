import { useState } from 'react';
import { Button } from 'react-aria-components';
import { CheckBox, IconButton, TextInput } from './controls';
import type { QueryPair } from './list-query';

interface KeyValueRowsProps {
  rows: readonly QueryPair[];
  onChange: (rows: QueryPair[]) => void;
  /** Names each control: "Header 2 value", "Remove header 2". */
  noun: string;
  namePlaceholder?: string;
  emptyNote?: string;
}

/** Name / value / enabled rows, as for headers and raw query parameters. */
export function KeyValueRows({
  rows,
  onChange,
  noun,
  namePlaceholder = 'Name',
  emptyNote,
}: KeyValueRowsProps) {
  const [addedIndex, setAddedIndex] = useState<number>();
  const lower = noun.toLowerCase();

  const update = (index: number, change: Partial<QueryPair>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const add = () => {
    setAddedIndex(rows.length);
    onChange([...rows, { name: '', value: '', enabled: true }]);
  };

  return (
    <div className="key-value-rows">
      {rows.length === 0 && emptyNote && <p className="empty-note">{emptyNote}</p>}
      {rows.map((row, index) => {
        const label = `${noun} ${index + 1}`;
        return (
          <div className="key-value-row" key={index} data-disabled={!row.enabled || undefined}>
            <CheckBox
              label={`${label} enabled`}
              isSelected={row.enabled}
              onChange={(enabled) => update(index, { enabled })}
            />
            <TextInput
              label={`${label} name`}
              hideLabel
              mono
              value={row.name}
              placeholder={namePlaceholder}
              autoFocus={index === addedIndex}
              onChange={(name) => update(index, { name })}
            />
            <TextInput
              label={`${label} value`}
              hideLabel
              mono
              value={row.value}
              placeholder="Value"
              onChange={(value) => update(index, { value })}
            />
            <IconButton
              label={`Remove ${lower} ${index + 1}`}
              onPress={() => onChange(rows.filter((_, i) => i !== index))}
            >
              ✕
            </IconButton>
          </div>
        );
      })}
      <Button className="add-button" onPress={add}>
        + Add {lower}
      </Button>
    </div>
  );
}
