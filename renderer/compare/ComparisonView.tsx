import { useState } from 'react';
import {
  Button,
  ProgressBar,
  ToggleButton,
  ToggleButtonGroup,
  Toolbar,
} from 'react-aria-components';
import { ExchangeFailure } from '../console/ExchangeFailure';
import { explainInsufficientRoles } from '../response/insufficient-roles';
import { ResponseViewer } from '../response/ResponseViewer';
import { StatusLine } from '../response/StatusLine';
import { differenceCount } from './body-diff';
import type { ComparedSide, Comparison } from './comparisons';
import { DifferencesView } from './DifferencesView';

type View = 'differences' | 'side-by-side';

interface ComparisonViewProps {
  comparison: Comparison;
  onCompareAgain: () => void;
  onClose: () => void;
}

/** The same request as two contexts: each side's status, then what differs or both bodies whole. */
export function ComparisonView({ comparison, onCompareAgain, onClose }: ComparisonViewProps) {
  const [view, setView] = useState<View>('differences');
  const answered = comparison.status === 'sending' ? undefined : comparison;
  const [left, right] =
    comparison.status === 'sending'
      ? [comparison.left, comparison.right]
      : [comparison.left.target, comparison.right.target];
  const [leftName, rightName] = [left.label, right.label];

  return (
    <section
      className="comparison"
      aria-label="Comparison"
      aria-busy={comparison.status !== 'done'}
    >
      <header className="comparison-header">
        <h2 className="comparison-title">
          Compare{' '}
          <code className="mono">
            {comparison.draft.method} {comparison.draft.path}
          </code>{' '}
          as <strong>{leftName}</strong> and <strong>{rightName}</strong>
        </h2>
        <Toolbar className="comparison-tools" aria-label="Comparison tools">
          <ToggleButtonGroup
            className="mode-switch"
            aria-label="Comparison view"
            selectionMode="single"
            disallowEmptySelection
            selectedKeys={[view]}
            onSelectionChange={(keys) =>
              setView([...keys][0] === 'side-by-side' ? 'side-by-side' : 'differences')
            }
          >
            <ToggleButton id="differences" className="mode-option">
              Differences
            </ToggleButton>
            <ToggleButton id="side-by-side" className="mode-option">
              Side by side
            </ToggleButton>
          </ToggleButtonGroup>
          <Button
            className="secondary-button"
            onPress={onCompareAgain}
            isDisabled={comparison.status === 'sending'}
          >
            Compare again
          </Button>
          <Button className="secondary-button" onPress={onClose}>
            Close comparison
          </Button>
        </Toolbar>
      </header>
      {answered ? (
        <>
          {view === 'differences' ? (
            <>
              <div className="comparison-sides">
                <SideSummary side={answered.left} />
                <SideSummary side={answered.right} />
              </div>
              {answered.diff ? (
                <DifferencesView diff={answered.diff} leftName={leftName} rightName={rightName} />
              ) : answered.diffError ? (
                <p className="empty-note" role="alert">
                  The bodies could not be compared: {answered.diffError}
                </p>
              ) : (
                <p className="empty-note" role="status">
                  Comparing the bodies…
                </p>
              )}
            </>
          ) : (
            <div className="comparison-bodies">
              <SideBody side={answered.left} />
              <SideBody side={answered.right} />
            </div>
          )}
          {answered.diff && (
            <p className="visually-hidden" role="status">
              {differenceCount(answered.diff)} differences
            </p>
          )}
        </>
      ) : (
        <ProgressBar
          className="send-progress"
          isIndeterminate
          aria-label={`Sending as ${leftName} and ${rightName}`}
        >
          <span className="send-progress-bar" />
        </ProgressBar>
      )}
    </section>
  );
}

/** Who answered and how: the status (or why there was no answer) and OrderCloud's errors. */
function SideSummary({ side }: { side: ComparedSide }) {
  const { response, error, target } = side;
  const failed = !response || response.status >= 400;
  return (
    <section
      className="comparison-side"
      aria-label={`Answer to ${target.label}`}
      data-failed={failed || undefined}
    >
      <h3 className="comparison-side-title">
        {target.label}
        {target.where && <span className="muted"> · {target.where}</span>}
      </h3>
      {response && <StatusLine response={response} />}
      {response?.errors?.map((apiError, index) => (
        <p key={index} className="comparison-error">
          <code className="error-code">{apiError.ErrorCode}</code> {apiError.Message}
          {apiError.ErrorCode === 'InsufficientRoles' && (
            <span className="muted">
              {' '}
              {explainInsufficientRoles(apiError.Data, undefined)?.text}
            </span>
          )}
        </p>
      ))}
      {error && <ExchangeFailure error={error} />}
    </section>
  );
}

function SideBody({ side }: { side: ComparedSide }) {
  return (
    <section className="comparison-body" aria-label={`Body for ${side.target.label}`}>
      <h3 className="comparison-side-title">
        {side.target.label}
        {side.target.where && <span className="muted"> · {side.target.where}</span>}
      </h3>
      {side.response ? (
        <ResponseViewer key={side.response.requestId} response={side.response} />
      ) : (
        side.error && <ExchangeFailure error={side.error} />
      )}
    </section>
  );
}
