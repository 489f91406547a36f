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
  Text,
  type Key,
} from 'react-aria-components';
import { API_ROLES, isApiRole } from './api-roles';
import { canonicalRole } from './roles';

interface RoleOption {
  id: string;
}

interface RoleTagsFieldProps {
  label: string;
  roles: readonly string[];
  onChange: (roles: string[]) => void;
  /** The picker's placeholder while there are no roles: what having none means. */
  emptyText: string;
  autoFocus?: boolean;
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
  const query = typed.trim().toLowerCase();
  const suggestions = API_ROLES.filter(
    (role) => !roles.includes(role) && role.toLowerCase().includes(query),
  ).map((role): RoleOption => ({ id: role }));

  const add = (text: string) => {
    const role = canonicalRole(text);
    if (role && !roles.includes(role)) onChange([...roles, role]);
    setTyped('');
  };
  const remove = (keys: Set<Key>) => onChange(roles.filter((role) => !keys.has(role)));
  // Enter on typed text adds it as is; Enter on a highlighted suggestion is ComboBox's own.
  const addTypedOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    const suggestionHighlighted = event.currentTarget.hasAttribute('aria-activedescendant');
    if (event.key !== 'Enter' || suggestionHighlighted || !query) return;
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
          <TagList className="role-tag-list" items={roles.map((role): RoleOption => ({ id: role }))}>
            {({ id }) => (
              <Tag
                id={id}
                textValue={id}
                className="role-tag"
                data-custom={!isApiRole(id) || undefined}
              >
                {id}
                {!isApiRole(id) && <span className="role-tag-kind">custom</span>}
                <Button slot="remove" className="role-tag-remove" aria-label={`Remove ${id}`}>
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
          items={suggestions}
          allowsCustomValue
          allowsEmptyCollection
          menuTrigger="focus"
        >
          <Input
            className="role-picker-input"
            placeholder={roles.length > 0 ? 'Add a role…' : emptyText}
            autoFocus={autoFocus}
            onKeyDown={addTypedOnEnter}
          />
          <Popover className="form-popover role-popover" placement="bottom start">
            <ListBox<RoleOption>
              className="form-listbox"
              renderEmptyState={() => (
                <Text className="role-popover-note">
                  Press Enter to request “{typed.trim()}” as a custom role.
                </Text>
              )}
            >
              {({ id }) => (
                <ListBoxItem className="form-option" id={id} textValue={id}>
                  {id}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      </div>
    </div>
  );
}
