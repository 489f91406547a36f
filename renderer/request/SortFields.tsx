import { ToggleButton } from 'react-aria-components';
import { PickMany } from './controls';
import type { SortField } from './list-query';

interface SortFieldsProps {
  options: readonly string[];
  value: readonly SortField[];
  onChange: (value: SortField[]) => void;
}

/** sortBy: fields in priority order, each ascending or descending (`!Name`). */
export function SortFields({ options, value, onChange }: SortFieldsProps) {
  const pick = (fields: string[]) =>
    onChange(
      fields.map(
        (field) => value.find((sort) => sort.field === field) ?? { field, descending: false },
      ),
    );
  const setDescending = (field: string, descending: boolean) =>
    onChange(value.map((sort) => (sort.field === field ? { ...sort, descending } : sort)));

  return (
    <div className="sort-fields">
      <PickMany
        label="Sort by"
        options={options}
        value={value.map((sort) => sort.field)}
        placeholder="Default order"
        onChange={pick}
      />
      {value.length > 0 && (
        <div className="sort-directions" role="group" aria-label="Sort directions">
          {value.map(({ field, descending }) => (
            <ToggleButton
              key={field}
              className="sort-direction"
              aria-label={`${field} descending`}
              isSelected={descending}
              onChange={(selected) => setDescending(field, selected)}
            >
              <span className="mono">{field}</span>
              <span className="sort-arrow" aria-hidden="true">
                {descending ? '↓ desc' : '↑ asc'}
              </span>
            </ToggleButton>
          ))}
        </div>
      )}
    </div>
  );
}
