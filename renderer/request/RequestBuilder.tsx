import { useRef, useState, type KeyboardEvent } from 'react';
import { ToggleButton, ToggleButtonGroup, type Key } from 'react-aria-components';
import type { BodyValidation, OperationDetail } from '../../preload/contract/catalog';
import type { RequestDraft } from '../../preload/contract/request-draft';
import {
  bodyText,
  fitToOperation,
  outgoingDraft,
  requestProblems,
  type BuilderMode,
  type RequestProblem,
} from './draft-rules';
import { checkJsonSyntax } from './json-syntax';
import { PathParams } from './PathParams';
import { RequestLine } from './RequestLine';
import { RequestPanels, type PanelId } from './RequestPanels';
import { SendRefusal } from './SendRefusal';
import { useBodyValidation } from './use-body-validation';

export interface RequestBuilderProps {
  /** Undefined → raw mode only. */
  operation?: OperationDetail;
  draft: RequestDraft;
  onDraftChange: (draft: RequestDraft) => void;
  mode: BuilderMode;
  onModeChange: (mode: BuilderMode) => void;
  /** Checks a body against the operation's schema (the host calls catalog.validateBody). */
  validateBody: (body: string) => Promise<BodyValidation>;
  onSend: (draft: RequestDraft) => void;
  onCancel: () => void;
  /** A request is in flight: show progress, and Cancel instead of Send. */
  sending: boolean;
  /** Shown before the path, e.g. "http://127.0.0.1:4010/v1". */
  apiBaseLabel?: string;
}

const checkSyntax = async (body: string) => checkJsonSyntax(body);

interface Refusal {
  draft: RequestDraft;
  problems: [RequestProblem, ...RequestProblem[]];
}

export function RequestBuilder(props: RequestBuilderProps) {
  const { operation, draft, onDraftChange, validateBody, onSend, onCancel, sending } = props;
  const mode: BuilderMode = operation ? props.mode : 'raw';
  const bound = mode === 'operation' ? operation : undefined;
  const body = bodyText(draft, mode, operation);
  const validation = useBodyValidation(
    body,
    bound ? validateBody : checkSyntax,
    bound ? `operation ${bound.id}` : 'syntax',
  );
  const [panel, setPanel] = useState<PanelId>(bound?.body ? 'body' : 'params');
  const [refusal, setRefusal] = useState<Refusal>();
  // Set while the pre-send check runs, so a second Ctrl+Enter does not send twice.
  const checking = useRef(false);

  const check = async (): Promise<RequestProblem[]> => {
    const checked = await validation.validateNow().catch(() => undefined);
    if (checked && !checked.valid) setPanel('body');
    return [...requestProblems(draft, mode, operation), ...(checked?.errors ?? [])];
  };

  const send = async (force: boolean) => {
    if (sending || checking.current) return;
    checking.current = true;
    try {
      const [first, ...others] = force ? [] : await check();
      if (first) {
        setRefusal({ draft, problems: [first, ...others] });
        return;
      }
    } finally {
      checking.current = false;
    }
    setRefusal(undefined);
    onSend(outgoingDraft(draft, body));
  };

  const handleShortcuts = (event: KeyboardEvent) => {
    const submit = event.key === 'Enter' && (event.ctrlKey || event.metaKey);
    const cancel = event.key === 'Escape' && sending;
    if (!submit && !cancel) return;
    // Capture phase: ahead of CodeMirror and the pickers, which have their own uses for these keys.
    event.preventDefault();
    event.stopPropagation();
    if (cancel) onCancel();
    else void send(false);
  };

  const changeMode = (keys: Set<Key>) => {
    const next = [...keys][0];
    if (next !== 'operation' && next !== 'raw') return;
    if (next === 'operation' && operation) onDraftChange(fitToOperation(draft, operation));
    props.onModeChange(next);
  };

  // A refusal stands only until the draft changes.
  const refused = refusal?.draft === draft ? refusal.problems : undefined;

  return (
    <section
      className="request-builder"
      aria-label="Request builder"
      aria-busy={sending}
      onKeyDownCapture={handleShortcuts}
    >
      <header className="request-header">
        <p className="operation-title">
          {bound ? (
            <>
              <span className="operation-name">{bound.summary || bound.id}</span>
              <code className="operation-id">{bound.id}</code>
            </>
          ) : (
            <span className="operation-name">Raw request</span>
          )}
        </p>
        <ToggleButtonGroup
          className="mode-switch"
          aria-label="Request mode"
          selectionMode="single"
          disallowEmptySelection
          selectedKeys={[mode]}
          onSelectionChange={changeMode}
        >
          <ToggleButton id="operation" className="mode-option" isDisabled={!operation}>
            Operation
          </ToggleButton>
          <ToggleButton id="raw" className="mode-option">
            Raw
          </ToggleButton>
        </ToggleButtonGroup>
      </header>
      <RequestLine
        operation={bound}
        draft={draft}
        onDraftChange={onDraftChange}
        apiBaseLabel={props.apiBaseLabel}
        sending={sending}
        onSend={() => void send(false)}
        onCancel={onCancel}
      />
      {refused && <SendRefusal problems={refused} onSendAnyway={() => void send(true)} />}
      {bound && bound.pathParams.length > 0 && (
        <PathParams
          operation={bound}
          path={draft.path}
          onPathChange={(path) => onDraftChange({ ...draft, path })}
        />
      )}
      <RequestPanels
        operation={bound}
        draft={draft}
        onDraftChange={onDraftChange}
        body={body}
        validation={validation}
        selected={panel}
        onSelect={setPanel}
      />
    </section>
  );
}
