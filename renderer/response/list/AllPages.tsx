import { Button, Label, ProgressBar } from 'react-aria-components';
import { formatCount } from '../format';
import type { ListPaging } from '../types';

type AllPagesProps = Pick<ListPaging, 'onAllPages' | 'onCancelAllPages' | 'allPagesProgress'>;

/** Fetch every page through main's paging helper: a button, then progress and Cancel. */
export function AllPages({ onAllPages, onCancelAllPages, allPagesProgress }: AllPagesProps) {
  if (!allPagesProgress) {
    return onAllPages ? (
      <Button className="rv-button" onPress={() => onAllPages()}>
        All pages
      </Button>
    ) : null;
  }
  const { pagesDone, totalPages, itemsDone, totalItems } = allPagesProgress;
  return (
    <div className="all-pages">
      <ProgressBar
        className="rv-progress"
        value={itemsDone}
        maxValue={Math.max(totalItems, 1)}
        valueLabel={`${formatCount(itemsDone)} of ${formatCount(totalItems)} items`}
      >
        {({ percentage, valueText }) => (
          <>
            <Label className="rv-label">Fetching all pages</Label>
            <span className="progress-track" aria-hidden="true">
              <span className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
            </span>
            <span className="progress-text">
              Page {formatCount(pagesDone)} of {formatCount(totalPages)} · {valueText}
            </span>
          </>
        )}
      </ProgressBar>
      {onCancelAllPages && (
        <Button className="rv-button" onPress={() => onCancelAllPages()}>
          Cancel
        </Button>
      )}
    </div>
  );
}
