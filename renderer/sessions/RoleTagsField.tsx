import { useId, useState, type KeyboardEvent } from 'react';
import {
  Button,
  ComboBox,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Tag,
  TagGroup,
  TagList,
  type Key,
} from 'react-aria-components';
import { API_ROLES, isApiRole } from './api-roles';
import { canonicalRole } from './roles';

interface RoleOption {
  id: string;
  label: string;
}

interface RoleTagsFieldProps {
  label: string;
  roles: readonly string[];
  onChange: (roles: string[]) => void;
  /** The picker's placeholder while there are no roles: what having none means. */
  emptyText: string;
  autoFocus?: boolean;
}

/**
 * The API roles matching what was typed, then the typed text itself as a custom role. Nothing
 * while the input is empty, so the list closes once a role is added.
 */
function roleOptions(typed: string, taken: readonly string[]): RoleOption[] {
  const query = typed.trim();
  if (!query) return [];
  const lower = query.toLowerCase();
  const matches = API_ROLES.filter(
    (role) => !taken.includes(role) && role.toLowerCase().includes(lower),
  ).map((role) => ({ id: role, label: role }));
  const custom = canonicalRole(query);
  if (isApiRole(custom) || taken.includes(custom)) return matches;
  return [...matches, { id: custom, label: `“${custom}” as a custom role` }];
}

/** Roles as removable tags, added from OrderCloud's API roles or typed as custom roles. */
export function RoleTagsField({
  label,
  roles,
  onChange,
  emptyText,
  autoFocus,
}: RoleTagsFieldProps) {
  const [typed, setTyped] = useState('');
  const labelId = useId();

  const add = (text: string) => {
    const role = canonicalRole(text);
    if (role && !roles.includes(role)) onChange([...roles, role]);
    setTyped('');
  };
  const remove = (keys: Set<Key>) => onChange(roles.filter((role) => !keys.has(role)));
  // Enter adds the text as typed unless a suggestion is highlighted (ComboBox picks that one).
  const addTypedOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    const suggestionHighlighted = event.currentTarget.hasAttribute('aria-activedescendant');
    if (event.key !== 'Enter' || suggestionHighlighted || !typed.trim()) return;
    event.preventDefault();
    add(typed);
  };

  return (
    <div className="form-field role-tags" role="group" aria-labelledby={labelId}>
      <span className="form-label" id={labelId}>
        {label}
      </span>
      <div className="role-tags-box">
        <TagGroup aria-label={label} onRemove={remove} className="role-tag-group">
          <TagList className="role-tag-list" items={roles.map((role) => ({ id: role }))}>
            {({ id }) => (
              <Tag
                id={id}
                textValue={id}
                className="role-tag"
                data-custom={!isApiRole(id) || undefined}
              >
                {id}
                {!isApiRole(id) && <span className="role-tag-kind">custom</span>}
                <Button slot="remove" className="role-tag-remove" aria-label="Remove">
                  ×
                </Button>
              </Tag>
            )}
          </TagList>
        </TagGroup>
        <ComboBox
          aria-label={`Add role to ${label.toLowerCase()}`}
          className="role-picker"
          inputValue={typed}
          onInputChange={setTyped}
          selectedKey={null}
          onSelectionChange={(key) => key !== null && add(String(key))}
          items={roleOptions(typed, roles)}
          defaultFilter={() => true}
          allowsCustomValue
        >
          <Input
            className="role-picker-input"
            placeholder={roles.length > 0 ? 'Add a role…' : emptyText}
            autoFocus={autoFocus}
            onKeyDown={addTypedOnEnter}
          />
          <Popover className="form-popover role-popover" placement="bottom start">
            <ListBox<RoleOption> className="form-listbox">
              {(option) => (
                <ListBoxItem className="form-option" id={option.id} textValue={option.id}>
                  {option.label}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      </div>
    </div>
  );
}
