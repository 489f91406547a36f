import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { RequestDraft, SnippetTarget } from '../../preload/contract';
import { useProfile } from '../app/data';
import { ocx } from '../bridge/ocx';
import { useRefreshing } from '../state/use-refreshing';
import { DialogFrame } from '../marketplaces/form/DialogFrame';
import { CheckboxField, SelectField, type Choice } from '../marketplaces/form/fields';

interface SnippetDialogProps {
  draft: RequestDraft;
  /** The API base of the tab's marketplace: `https://sandboxapi.ordercloud.io`. */
  apiUrl: string;
  /** The auth base, for the .NET SDK's configuration; the API base when absent. */
  authUrl?: string;
  /** The signed-in session whose token "Include my access token" puts in the snippet. */
  session?: { profileId: string; perspectiveId: string };
  onClose: () => void;
}

const TARGETS: readonly Choice<SnippetTarget>[] = [
  { id: 'curl', label: 'curl' },
  { id: 'http', label: 'Raw HTTP' },
  { id: 'js-sdk', label: 'JavaScript SDK' },
  { id: 'ts-sdk', label: 'TypeScript SDK' },
  { id: 'dotnet-sdk', label: '.NET SDK' },
  { id: 'fetch', label: 'fetch' },
];

type Generated =
  { ok: true; code: string; language: string; warning?: string } | { ok: false; message: string };

/** Shows the current request as code in a few languages, ready to copy. */
export function SnippetDialog({ draft, apiUrl, authUrl, session, onClose }: SnippetDialogProps) {
  const [target, setTarget] = useState<SnippetTarget>('curl');
  const [includeToken, setIncludeToken] = useState(false);
  const [copied, setCopied] = useState<string>();
  const [copyProblem, setCopyProblem] = useState<string>();

  const profile = useProfile(session?.profileId);
  const perspective = profile?.perspectives.find((p) => p.id === session?.perspectiveId);
  const client = profile?.apiClients.find((c) => c.id === perspective?.apiClientId);

  const request = {
    draft,
    target,
    apiUrl,
    authUrl: authUrl || undefined,
    clientId: client?.clientId,
    roles: perspective ? [...perspective.roles, ...perspective.customRoles] : undefined,
    session,
    includeToken: includeToken && !!session,
  };
  const { value: generated, pending } = useRefreshing(
    JSON.stringify(request),
    async (key): Promise<Generated> => {
      const result = await ocx.snippets.generate(JSON.parse(key) as typeof request);
      return result.ok
        ? { ok: true, ...result.value }
        : { ok: false, message: result.error.message };
    },
  );
  const code = generated?.ok ? generated.code : undefined;

  const copy = async () => {
    if (code === undefined) return;
    try {
      await navigator.clipboard.writeText(code);
      setCopied(code);
      setCopyProblem(undefined);
    } catch {
      setCopyProblem('Could not copy to the clipboard. Select the code and copy it instead.');
    }
  };

  return (
    <DialogFrame
      title="Code snippet"
      subtitle={`${draft.method} ${draft.path}`}
      onCancel={onClose}
      className="snippet-dialog"
    >
      <div className="dialog-content snippet-content">
        <div className="snippet-options">
          <SelectField
            label="Language"
            className="snippet-target"
            choices={TARGETS}
            value={target}
            onChange={setTarget}
          />
          {session && (
            <CheckboxField isSelected={includeToken} onChange={setIncludeToken}>
              Include my access token
            </CheckboxField>
          )}
        </div>
        {includeToken && generated?.ok && generated.warning && (
          <p className="snippet-warning" role="alert">
            {generated.warning}
          </p>
        )}
        {generated && !generated.ok && (
          <p className="form-alert" role="alert">
            {generated.message}
          </p>
        )}
        <pre
          className="snippet-code"
          role="region"
          aria-label="Snippet code"
          aria-busy={pending}
          data-language={generated?.ok ? generated.language : undefined}
          tabIndex={0}
        >
          <code>{code ?? (pending ? 'Generating…' : '')}</code>
        </pre>
      </div>
      <footer className="dialog-footer">
        <span className="snippet-copied" role="status">
          {copied !== undefined && copied === code ? 'Copied' : copyProblem}
        </span>
        <span className="footer-spacer" />
        <Button className="btn" onPress={onClose}>
          Close
        </Button>
        <Button
          className="btn btn-primary"
          isDisabled={code === undefined}
          onPress={() => void copy()}
        >
          Copy
        </Button>
      </footer>
    </DialogFrame>
  );
}
