import { useState } from 'react';
import type { Profile } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { useProfiles } from '../app/data';
import { MarketplaceEditor } from '../marketplaces/MarketplaceEditor';
import { MarketplaceList } from '../marketplaces/MarketplaceList';
import { exportMarketplace, saveMarketplace } from './marketplace-actions';

interface MarketplacesSectionProps {
  activeId: string | undefined;
  /** Points the focused tab at a marketplace (its first perspective). */
  onOpen: (profile: Profile) => void;
}

type Editing = { kind: 'new' } | { kind: 'edit'; profile: Profile };

/** The sidebar's marketplaces, and the editor that adds or changes one. */
export function MarketplacesSection({ activeId, onOpen }: MarketplacesSectionProps) {
  const profiles = useProfiles();
  const [editing, setEditing] = useState<Editing>();
  const find = (id: string) => profiles.find((profile) => profile.id === id);

  return (
    <>
      <MarketplaceList
        profiles={profiles}
        activeId={activeId}
        onSelect={(id) => {
          const profile = find(id);
          if (profile) onOpen(profile);
        }}
        onAdd={() => setEditing({ kind: 'new' })}
        onEdit={(id) => {
          const profile = find(id);
          if (profile) setEditing({ kind: 'edit', profile });
        }}
        onDuplicate={(id) => void ocx.profiles.duplicate({ id })}
        onExport={(id) => void exportMarketplace(id)}
        onDelete={(id) => void ocx.profiles.remove({ id })}
      />
      {editing && (
        <MarketplaceEditor
          initial={editing.kind === 'edit' ? editing.profile : undefined}
          onSave={async (input) => {
            const saved = await saveMarketplace(input);
            if (!saved.ok) return saved;
            setEditing(undefined);
            if (editing.kind === 'new') onOpen(saved.profile);
            return { ok: true };
          }}
          onCancel={() => setEditing(undefined)}
        />
      )}
    </>
  );
}
