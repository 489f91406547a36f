import { Button } from 'react-aria-components';
import { describeChange, kindLabel } from './entity-change';
import { dismissFollowNotice, useFollowNotice } from './follow';

/** Why a following tab just refreshed, and where the changed entity is in the new answer. */
export function FollowNoticeBar({ tabId }: { tabId: string }) {
  const notice = useFollowNotice(tabId);
  if (!notice) return null;
  const { change, event, status, found } = notice;
  const what = `${describeChange(change)} by ${event.source.label}`;
  const headline =
    status === 'refreshing'
      ? `Refreshing: ${what}.`
      : status === 'failed'
        ? `Could not refresh after ${what}.`
        : `Refreshed: ${what}.`;
  const where =
    status !== 'done'
      ? undefined
      : !found
        ? `It is not on this page (a filter or the paging may hide it).`
        : found.index >= 0
          ? `It is row ${found.index + 1} of this page.`
          : undefined;

  return (
    <div className="follow-notice" data-status={status}>
      <div className="follow-notice-body">
        <div role="status" className="follow-notice-text">
          <p>{headline}</p>
          {where && <p className="muted">{where}</p>}
        </div>
        {found && (
          <dl
            className="follow-found"
            aria-label={`Refreshed ${kindLabel(change.kind)} ${change.id}`}
          >
            <div>
              <dt>ID</dt>
              <dd className="mono">{change.id}</dd>
            </div>
            {found.fields.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
      <Button
        className="icon-button"
        aria-label="Dismiss the refresh notice"
        onPress={() => dismissFollowNotice(tabId)}
      >
        ✕
      </Button>
    </div>
  );
}
