import { Button } from 'react-aria-components';
import type { BodyProblem } from '../../preload/contract/catalog';
import { JsonEditor } from './JsonEditor';
import type { BodyStatus, BodyValidationState } from './use-body-validation';

interface BodyPanelProps {
  text: string;
  onChange: (text: string) => void;
  validation: BodyValidationState;
  /** The schema's example, in operation mode. */
  example?: string;
  requiredFields?: readonly string[];
}

const STATUS_TEXT: Record<BodyStatus, string> = {
  none: 'No body',
  checking: 'Checking…',
  valid: 'Valid',
  invalid: 'Invalid',
};

const NO_PROBLEMS: readonly BodyProblem[] = [];

export function BodyPanel({
  text,
  onChange,
  validation,
  example,
  requiredFields = [],
}: BodyPanelProps) {
  const { status, latest } = validation;
  const shown = (status !== 'none' && latest?.errors) || NO_PROBLEMS;
  return (
    <div className="body-panel">
      <div className="body-toolbar">
        <span className="body-kind">JSON</span>
        {requiredFields.length > 0 && (
          <span className="body-required">
            Required:{' '}
            {requiredFields.map((field) => (
              <code key={field}>{field}</code>
            ))}
          </span>
        )}
        <span className="body-status" role="status" data-status={status}>
          {status === 'invalid'
            ? `${shown.length} problem${shown.length === 1 ? '' : 's'}`
            : STATUS_TEXT[status]}
        </span>
        {example !== undefined && (
          <Button className="toolbar-button" onPress={() => onChange(example)}>
            Reset to example
          </Button>
        )}
      </div>
      <JsonEditor
        label="Request body"
        value={text}
        onChange={onChange}
        problems={shown}
        emptyText="No body. Type JSON to send one."
      />
      {shown.length > 0 && (
        <ul className="body-problems" aria-label="Body problems">
          {shown.map((problem, index) => (
            <li key={`${problem.pointer}:${index}`}>
              <code className="problem-field">{problem.field}</code>
              <span className="problem-message">{problem.message}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
