import { useId, useState } from 'react';
import {
  Button,
  Menu,
  MenuItem,
  MenuTrigger,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import type { Profile } from '../../preload/contract/profiles';
import { DeleteMarketplaceDialog } from './DeleteMarketplaceDialog';
import { environmentLabel } from './environment-label';
import { MarketplaceDot } from './MarketplaceDot';

export interface MarketplaceListProps {
  profiles: readonly Profile[];
  activeId?: string;
  onSelect: (id: string) => void;
  onAdd: () => void;
  onEdit: (id: string) => void;
  onDuplicate: (id: string) => void;
  onExport: (id: string) => void;
  /** Called once the user has confirmed. */
  onDelete: (id: string) => void;
}

type MenuAction = 'edit' | 'duplicate' | 'export' | 'delete';

/** The sidebar's marketplaces: pick one, or manage it from its menu. */
export function MarketplaceList({
  profiles,
  activeId,
  onSelect,
  onAdd,
  onEdit,
  onDuplicate,
  onExport,
  onDelete,
}: MarketplaceListProps) {
  const [deleting, setDeleting] = useState<Profile>();
  const titleId = useId();
  const act = (profile: Profile, action: Key) => {
    if (action === 'edit') onEdit(profile.id);
    if (action === 'duplicate') onDuplicate(profile.id);
    if (action === 'export') onExport(profile.id);
    if (action === 'delete') setDeleting(profile);
  };

  return (
    <nav className="marketplace-list" aria-labelledby={titleId}>
      <h2 className="sidebar-heading" id={titleId}>
        Marketplaces
      </h2>
      <ul className="marketplace-items">
        {profiles.map((profile) => (
          <li key={profile.id} className="marketplace-item">
            <Button
              className="marketplace-select"
              aria-current={profile.id === activeId ? 'true' : undefined}
              onPress={() => onSelect(profile.id)}
            >
              <MarketplaceDot color={profile.color} />
              <span className="marketplace-text">
                <span className="marketplace-name">{profile.name}</span>
                <span className="marketplace-environment">
                  {environmentLabel(profile.environment)}
                </span>
              </span>
            </Button>
            <MarketplaceMenu profile={profile} onAction={(action) => act(profile, action)} />
          </li>
        ))}
      </ul>
      <Button className="btn btn-quiet add-marketplace" onPress={onAdd}>
        + Add marketplace
      </Button>
      {deleting && (
        <DeleteMarketplaceDialog
          name={deleting.name}
          onConfirm={() => {
            setDeleting(undefined);
            onDelete(deleting.id);
          }}
          onCancel={() => setDeleting(undefined)}
        />
      )}
    </nav>
  );
}

const MENU_ITEMS: readonly { id: MenuAction; label: string }[] = [
  { id: 'edit', label: 'Edit…' },
  { id: 'duplicate', label: 'Duplicate' },
  { id: 'export', label: 'Export…' },
  { id: 'delete', label: 'Delete…' },
];

function MarketplaceMenu({
  profile,
  onAction,
}: {
  profile: Profile;
  onAction: (key: Key) => void;
}) {
  return (
    <MenuTrigger>
      <Button
        className="icon-button marketplace-menu-button"
        aria-label={`Actions for ${profile.name}`}
      >
        <span aria-hidden="true">⋯</span>
      </Button>
      <Popover className="form-popover" placement="bottom end">
        <Menu
          className="form-listbox"
          items={MENU_ITEMS}
          onAction={onAction}
          disabledKeys={profile.builtIn ? ['delete'] : []}
        >
          {(item) => (
            <MenuItem
              className="form-option"
              id={item.id}
              textValue={item.label}
              data-danger={item.id === 'delete' || undefined}
            >
              <Text slot="label">{item.label}</Text>
              {item.id === 'delete' && profile.builtIn && (
                <Text slot="description" className="menu-note">
                  The built-in sandbox stays
                </Text>
              )}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
