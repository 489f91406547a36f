import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { DialogFrame } from '../../marketplaces/form/DialogFrame';
import { TextInput } from '../../marketplaces/form/fields';
import { importProfiles, type DropOutcome } from './run-import';

export interface SealedExport {
  fileName: string;
  text: string;
  names: string[];
}

interface SealedSecretsDialogProps {
  file: SealedExport;
  onDone: (outcome: DropOutcome | undefined) => void;
}

/**
 * A dropped export carries secrets sealed with the passphrase chosen at export. Ask for it, or
 * import without the secrets; a wrong passphrase keeps the dialog open and imports nothing.
 */
export function SealedSecretsDialog({ file, onDone }: SealedSecretsDialogProps) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const run = async (withSecrets: boolean) => {
    setBusy(true);
    setProblem(undefined);
    const outcome = await importProfiles(
      file.fileName,
      file.text,
      withSecrets ? passphrase : undefined,
    );
    setBusy(false);
    if (outcome.tone === 'error' && withSecrets) return setProblem(outcome.message);
    onDone(outcome);
  };

  const subtitle = file.names.length ? `${file.fileName}: ${file.names.join(', ')}` : file.fileName;
  return (
    <DialogFrame title="Import marketplaces" subtitle={subtitle} onCancel={() => onDone(undefined)}>
      <Form
        className="dialog-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (passphrase && !busy) void run(true);
        }}
      >
        <div className="dialog-content">
          <p className="form-note">
            This export carries saved client secrets and passwords, sealed with the passphrase
            chosen when it was exported. Enter it to import them too, or import the marketplaces
            without them.
          </p>
          <TextInput
            label="Export passphrase"
            type="password"
            autoComplete="off"
            value={passphrase}
            onChange={setPassphrase}
            autoFocus
          />
          {problem && (
            <p className="form-alert" role="alert">
              {problem}
            </p>
          )}
        </div>
        <footer className="dialog-footer">
          <Button className="btn" onPress={() => onDone(undefined)} isDisabled={busy}>
            Cancel
          </Button>
          <span className="footer-spacer" />
          <Button className="btn" onPress={() => void run(false)} isDisabled={busy}>
            Import without secrets
          </Button>
          <Button type="submit" className="btn btn-primary" isDisabled={busy || !passphrase}>
            {busy ? 'Importing…' : 'Import with secrets'}
          </Button>
        </footer>
      </Form>
    </DialogFrame>
  );
}
