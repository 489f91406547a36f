import { Button } from 'react-aria-components';
import type { RequestProblem } from './draft-rules';

/** The message names its field already ("Name is required"); otherwise say which one. */
function describe(problem: RequestProblem): string {
  return problem.message.includes(problem.field)
    ? problem.message
    : `${problem.field}: ${problem.message}`;
}

interface SendRefusalProps {
  problems: readonly [RequestProblem, ...RequestProblem[]];
  onSendAnyway: () => void;
}

export function SendRefusal({ problems, onSendAnyway }: SendRefusalProps) {
  const [first, ...others] = problems;
  return (
    <div className="send-refusal" role="alert">
      <p>
        <strong>Not sent.</strong> {describe(first)}
        {others.length > 0 && (
          <span className="refusal-more">
            {' '}
            and {others.length} more problem{others.length === 1 ? '' : 's'}
          </span>
        )}
      </p>
      <Button className="toolbar-button" onPress={onSendAnyway}>
        Send anyway
      </Button>
    </div>
  );
}
