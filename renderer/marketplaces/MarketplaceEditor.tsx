import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Button, Form } from 'react-aria-components';
import type { Profile } from '../../preload/contract/profiles';
import { DeleteMarketplaceDialog } from './DeleteMarketplaceDialog';
import { ApiClientRows } from './editor/ApiClientRows';
import { ColorField } from './editor/ColorField';
import { EnvironmentPicker } from './editor/EnvironmentPicker';
import { PerspectiveRows } from './editor/PerspectiveRows';
import { DialogFrame } from './form/DialogFrame';
import { TextInput } from './form/fields';
import {
  marketplaceForm,
  type MarketplaceForm,
  type MarketplaceSaveInput,
  type SaveResult,
} from './marketplace-form';
import { marketplaceSaveInput } from './save-input';
import { validateMarketplaceForm, type FormProblems } from './validate-form';

export interface MarketplaceEditorProps {
  /** The profile to edit; a new marketplace when absent. */
  initial?: Profile;
  /** Secrets travel beside the profile, never inside it. */
  onSave: (input: MarketplaceSaveInput) => Promise<SaveResult>;
  onCancel: () => void;
  onDelete?: () => void;
  onDuplicate?: () => void;
  onExport?: () => void;
}

interface ServerError {
  message: string;
  field?: string;
}

export function MarketplaceEditor({
  initial,
  onSave,
  onCancel,
  onDelete,
  onDuplicate,
  onExport,
}: MarketplaceEditorProps) {
  const [form, setForm] = useState(() => marketplaceForm(initial));
  const [triedToSave, setTriedToSave] = useState(false);
  const [saving, setSaving] = useState(false);
  const [serverError, setServerError] = useState<ServerError>();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // After the first attempt, problems follow the input: each disappears as it is fixed.
  const problems = triedToSave ? validateMarketplaceForm(form) : {};
  const problemCount = Object.keys(problems).length;
  const fieldErrors: FormProblems = serverError?.field
    ? { ...problems, [serverError.field]: serverError.message }
    : problems;

  const change = (patch: Partial<MarketplaceForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    setServerError((current) => current && { message: current.message });
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setServerError(undefined);
    if (Object.keys(validateMarketplaceForm(form)).length > 0) {
      flushSync(() => setTriedToSave(true));
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    setSaving(true);
    try {
      const result = await onSave(marketplaceSaveInput(form));
      if (!result.ok) setServerError({ message: result.message, field: result.field });
    } catch (error) {
      setServerError({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      setSaving(false);
    }
  };

  const title = initial ? `Edit ${initial.name}` : 'Add marketplace';
  return (
    <DialogFrame
      title={title}
      subtitle={
        form.builtIn
          ? 'The built-in sandbox: its name and environment are fixed; everything else is yours.'
          : 'A seller organisation in OrderCloud, how to reach it, and who you sign in as.'
      }
      onCancel={onCancel}
      className="marketplace-editor"
    >
      <Form
        ref={formRef}
        className="editor-form"
        validationBehavior="aria"
        validationErrors={fieldErrors}
        onSubmit={save}
      >
        <div className="editor-scroll">
          {problemCount > 0 && (
            <p className="form-alert" role="alert">
              {problemCount === 1
                ? 'One field needs fixing before saving; it is marked below.'
                : `${problemCount} fields need fixing before saving; they are marked below.`}
            </p>
          )}
          {serverError && (
            <p className="form-alert" role="alert">
              Couldn’t save: {serverError.message}
            </p>
          )}
          <EditorSection title="Marketplace">
            <div className="form-row">
              <TextInput
                label="Name"
                name="name"
                className="grow"
                value={form.name}
                onChange={(name) => change({ name })}
                isReadOnly={form.builtIn}
                autoFocus
              />
              <TextInput
                label="Marketplace ID (optional)"
                name="marketplaceId"
                className="grow"
                value={form.marketplaceId}
                onChange={(marketplaceId) => change({ marketplaceId })}
                mono
              />
            </div>
            <ColorField value={form.color} onChange={(color) => change({ color })} />
          </EditorSection>
          <EditorSection title="Environment">
            <EnvironmentPicker
              value={form.environment}
              onChange={(environment) => change({ environment })}
              isReadOnly={form.builtIn}
            />
          </EditorSection>
          <EditorSection title="API clients">
            <ApiClientRows
              apiClients={form.apiClients}
              onChange={(apiClients) => change({ apiClients })}
            />
          </EditorSection>
          <EditorSection title="Perspectives">
            <PerspectiveRows
              perspectives={form.perspectives}
              apiClients={form.apiClients}
              onChange={(perspectives) => change({ perspectives })}
            />
          </EditorSection>
        </div>
        <footer className="dialog-footer">
          {initial && onDuplicate && (
            <Button className="btn btn-quiet" onPress={onDuplicate}>
              Duplicate
            </Button>
          )}
          {initial && onExport && (
            <Button className="btn btn-quiet" onPress={onExport}>
              Export
            </Button>
          )}
          {initial && onDelete && !initial.builtIn && (
            <Button
              className="btn btn-quiet btn-danger-text"
              onPress={() => setConfirmingDelete(true)}
            >
              Delete
            </Button>
          )}
          <span className="footer-spacer" />
          <Button className="btn" onPress={onCancel}>
            Cancel
          </Button>
          <Button className="btn btn-primary" type="submit" isPending={saving}>
            {saving ? 'Saving…' : 'Save'}
          </Button>
        </footer>
      </Form>
      {confirmingDelete && onDelete && (
        <DeleteMarketplaceDialog
          name={form.name}
          onConfirm={onDelete}
          onCancel={() => setConfirmingDelete(false)}
        />
      )}
    </DialogFrame>
  );
}

function EditorSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="editor-section" aria-label={title}>
      <h3 className="editor-section-title">{title}</h3>
      {children}
    </section>
  );
}
