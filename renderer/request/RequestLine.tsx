import { Button, ProgressBar } from 'react-aria-components';
import type { OperationDetail } from '../../preload/contract/catalog';
import { HttpMethod, type RequestDraft } from '../../preload/contract/request-draft';
import { MethodBadge } from '../catalog/MethodBadge';
import { PickOne, TextInput } from './controls';
import { ResolvedPath } from './ResolvedPath';

interface RequestLineProps {
  /** Undefined in raw mode: method and path are then free. */
  operation: OperationDetail | undefined;
  draft: RequestDraft;
  onDraftChange: (draft: RequestDraft) => void;
  apiBaseLabel?: string;
  sending: boolean;
  onSend: () => void;
  onCancel: () => void;
}

const METHOD_OPTIONS = HttpMethod.options.map((method) => ({ id: method, label: method }));

/** Method, URL and the Send button that turns into Cancel while a request is in flight. */
export function RequestLine({
  operation,
  draft,
  onDraftChange,
  apiBaseLabel,
  sending,
  onSend,
  onCancel,
}: RequestLineProps) {
  return (
    <div className="request-line">
      <span className="method-slot" data-method={operation?.method ?? draft.method}>
        {operation ? (
          <MethodBadge method={operation.method} />
        ) : (
          <PickOne
            className="method-picker"
            label="Method"
            hideLabel
            options={METHOD_OPTIONS}
            value={draft.method}
            onChange={(method) => onDraftChange({ ...draft, method })}
          />
        )}
      </span>
      <div className="url-box">
        {apiBaseLabel && (
          <span className="api-base mono" title={apiBaseLabel}>
            {apiBaseLabel}
          </span>
        )}
        {operation ? (
          <ResolvedPath template={operation.path} path={draft.path} />
        ) : (
          <TextInput
            className="raw-path"
            label="Path"
            hideLabel
            mono
            value={draft.path}
            placeholder="/me or /v1/me"
            onChange={(path) => onDraftChange({ ...draft, path })}
          />
        )}
      </div>
      {sending ? (
        <Button className="cancel-button" onPress={onCancel} aria-keyshortcuts="Escape">
          Cancel
        </Button>
      ) : (
        <Button
          className="send-button"
          onPress={onSend}
          aria-label="Send"
          aria-keyshortcuts="Control+Enter"
        >
          Send
          <kbd aria-hidden="true">Ctrl ↵</kbd>
        </Button>
      )}
      {sending && (
        <ProgressBar className="send-progress" isIndeterminate aria-label="Sending request">
          <span className="send-progress-bar" />
        </ProgressBar>
      )}
    </div>
  );
}
