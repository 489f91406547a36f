import type { BodyComparison, Change, ItemRef, ListComparison } from './body-diff';

interface DifferencesViewProps {
  diff: BodyComparison;
  leftName: string;
  rightName: string;
}

/** The structural differences: items by ID for lists, changed paths for any other JSON. */
export function DifferencesView({ diff, leftName, rightName }: DifferencesViewProps) {
  return (
    <div className="differences">
      {diff.kind === 'list' && (
        <ListDifferences diff={diff} leftName={leftName} rightName={rightName} />
      )}
      {diff.kind === 'document' &&
        (diff.changes.length === 0 ? (
          <p className="empty-note">The two bodies are identical.</p>
        ) : (
          <ChangesTable
            caption="Differences"
            changes={diff.changes}
            leftName={leftName}
            rightName={rightName}
          />
        ))}
      {diff.kind === 'text' && (
        <p className="empty-note">
          The bodies are not JSON; they are {diff.identical ? 'identical' : 'different'}.
        </p>
      )}
      {diff.kind !== 'text' && diff.truncated > 0 && (
        <p className="empty-note">{diff.truncated} more differences are not shown.</p>
      )}
    </div>
  );
}

function ListDifferences({
  diff,
  leftName,
  rightName,
}: { diff: ListComparison } & Omit<DifferencesViewProps, 'diff'>) {
  const count = (side: 'left' | 'right', items: number) =>
    diff.unavailable === side ? 'no list (an error)' : `${items} item${items === 1 ? '' : 's'}`;
  return (
    <>
      <p className="differences-summary">
        On this page, {leftName} got {count('left', diff.leftCount)} and {rightName} got{' '}
        {count('right', diff.rightCount)}. {diff.identical} item
        {diff.identical === 1 ? ' is' : 's are'} the same for both.
      </p>
      <ItemList title={`Only ${leftName} sees`} items={diff.onlyLeft} kind="removed" />
      <ItemList title={`Only ${rightName} sees`} items={diff.onlyRight} kind="added" />
      <section className="differences-section" aria-label={`Both see, with differences`}>
        <h3>
          Both see, with differences <span className="count">{diff.differing.length}</span>
        </h3>
        {diff.differing.length === 0 ? (
          <p className="muted">None.</p>
        ) : (
          diff.differing.map((item) => (
            <ChangesTable
              key={item.id}
              caption={`${item.id}${item.label ? ` · ${item.label}` : ''}`}
              changes={item.changes}
              leftName={leftName}
              rightName={rightName}
            />
          ))
        )}
      </section>
      {diff.meta.length > 0 && (
        <ChangesTable
          caption="Meta"
          changes={diff.meta}
          leftName={leftName}
          rightName={rightName}
        />
      )}
    </>
  );
}

function ItemList({
  title,
  items,
  kind,
}: {
  title: string;
  items: ItemRef[];
  kind: Change['kind'];
}) {
  return (
    <section className="differences-section" aria-label={title}>
      <h3>
        {title} <span className="count">{items.length}</span>
      </h3>
      {items.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="item-refs" aria-label={title} data-kind={kind}>
          {items.map((item) => (
            <li key={item.id}>
              <code className="mono">{item.id}</code>
              {item.label && <span className="muted"> {item.label}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChangesTable({
  caption,
  changes,
  leftName,
  rightName,
}: {
  caption: string;
  changes: Change[];
  leftName: string;
  rightName: string;
}) {
  return (
    <table className="changes-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Path</th>
          <th scope="col">Change</th>
          <th scope="col">{leftName}</th>
          <th scope="col">{rightName}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change, index) => (
          <tr key={index} data-kind={change.kind}>
            <th scope="row" className="mono">
              {change.path || '(whole body)'}
            </th>
            <td>{changeLabel(change, leftName, rightName)}</td>
            <td className="mono">{change.left ?? ''}</td>
            <td className="mono">{change.right ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function changeLabel(change: Change, leftName: string, rightName: string): string {
  if (change.kind === 'added') return `only ${rightName}`;
  if (change.kind === 'removed') return `only ${leftName}`;
  return 'changed';
}
