import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { HistoryPerspective, RequestDraft, SavedCollection } from '../../preload/contract';
import { useProfile } from '../app/data';
import { ocx } from '../bridge/ocx';
import { DialogFrame } from '../marketplaces/form/DialogFrame';
import { SelectField, TextInput, type Choice } from '../marketplaces/form/fields';
import { useRefreshing } from '../state/use-refreshing';

interface SaveRequestDialogProps {
  profileId: string;
  draft: RequestDraft;
  /** The perspective the request is sent as: kept with it as a hint. */
  perspectiveId?: string;
  onClose: () => void;
}

const NEW = '__new__';

type Loaded = { ok: true; collections: SavedCollection[] } | { ok: false; message: string };

async function loadCollections(profileId: string): Promise<Loaded> {
  const result = await ocx.history['collections.list']({ profileId });
  return result.ok
    ? { ok: true, collections: result.value }
    : { ok: false, message: result.error.message };
}

/** Saves the current request under a name in a collection, picked or created here. */
export function SaveRequestDialog({
  profileId,
  draft,
  perspectiveId,
  onClose,
}: SaveRequestDialogProps) {
  const profile = useProfile(profileId);
  const { value: loaded } = useRefreshing(profileId, loadCollections);
  const collections = loaded?.ok ? loaded.collections : [];
  const [picked, setPicked] = useState<string>('');
  const [newCollection, setNewCollection] = useState('');
  const [name, setName] = useState(`${draft.method} ${draft.path}`);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string>();

  // Until the user picks, the first collection (or a new one when there is none).
  const collectionId = picked || collections[0]?.id || NEW;
  const creating = collectionId === NEW;
  const choices: Choice<string>[] = [
    ...collections.map((collection) => ({ id: collection.id, label: collection.name })),
    { id: NEW, label: 'New collection…' },
  ];

  const found = profile?.perspectives.find((candidate) => candidate.id === perspectiveId);
  const perspective: HistoryPerspective | undefined = found
    ? { perspectiveId: found.id, label: found.label, username: found.username }
    : undefined;

  const canSave =
    !saving && name.trim() !== '' && (!creating || newCollection.trim() !== '') && !!loaded;

  const save = async () => {
    if (!canSave) return;
    setSaving(true);
    setProblem(undefined);
    let targetId = collectionId;
    if (creating) {
      const created = await ocx.history['collections.create']({
        profileId,
        name: newCollection.trim(),
      });
      if (!created.ok) {
        setSaving(false);
        setProblem(created.error.message);
        return;
      }
      targetId = created.value.id;
      setPicked(targetId);
    }
    const saved = await ocx.history['saved.add']({
      profileId,
      collectionId: targetId,
      name: name.trim(),
      draft,
      perspective,
    });
    setSaving(false);
    if (!saved.ok) {
      setProblem(saved.error.message);
      return;
    }
    onClose();
  };

  return (
    <DialogFrame
      title="Save request"
      subtitle={`${draft.method} ${draft.path}`}
      onCancel={onClose}
      className="save-request-dialog"
    >
      <Form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="dialog-content save-request-fields">
          {loaded && !loaded.ok && (
            <p className="form-alert" role="alert">
              {loaded.message}
            </p>
          )}
          <TextInput label="Request name" value={name} onChange={setName} autoFocus isRequired />
          <SelectField
            label="Collection"
            choices={choices}
            value={collectionId}
            onChange={setPicked}
            isDisabled={!loaded}
          />
          {creating && (
            <TextInput
              label="New collection name"
              value={newCollection}
              onChange={setNewCollection}
              placeholder="e.g. Checkout flow"
              isRequired
            />
          )}
          <p className="form-note">Tokens and passwords are never saved with the request.</p>
          {problem && (
            <p className="form-alert" role="alert">
              {problem}
            </p>
          )}
        </div>
        <footer className="dialog-footer">
          <span className="footer-spacer" />
          <Button className="btn" onPress={onClose}>
            Cancel
          </Button>
          <Button type="submit" className="btn btn-primary" isDisabled={!canSave}>
            {saving ? 'Saving…' : 'Save'}
          </Button>
        </footer>
      </Form>
    </DialogFrame>
  );
}
