import { Button } from 'react-aria-components';
import { formatBytes } from './format';
import type { RenderDecision } from './size-policy';

export interface BodyGateProps {
  decision: Exclude<RenderDecision, 'render'>;
  size: number;
  onRender: () => void;
  onSave: () => void;
}

/** What stands in for a body that is not rendered yet: a question, or only a way to save it. */
export function BodyGate({ decision, size, onRender, onSave }: BodyGateProps) {
  const shownSize = formatBytes(size);
  const question =
    decision === 'save-only'
      ? `This response is ${shownSize}, too large to show here.`
      : decision === 'ask'
        ? `This response is ${shownSize}. Render it?`
        : `The body (${shownSize}) is not rendered yet.`;
  return (
    <div className="body-gate" role="group" aria-label="Response body">
      <p>{question}</p>
      <div className="body-gate-actions">
        {decision !== 'save-only' && (
          <Button className="rv-button primary" onPress={onRender}>
            Render
          </Button>
        )}
        <Button className="rv-button" onPress={() => onSave()}>
          Save to file
        </Button>
      </div>
    </div>
  );
}
