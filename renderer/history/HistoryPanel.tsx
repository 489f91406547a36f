import { useEffect, useState } from 'react';
import { Button, Input, SearchField } from 'react-aria-components';
import type { HistoryPage, HistorySummary, RequestDraft } from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { MethodBadge } from '../catalog/MethodBadge';
import { ConfirmDialog } from '../marketplaces/form/ConfirmDialog';
import { relativeTime, statusClass } from './format';
import { useRefreshing } from '../state/use-refreshing';

interface HistoryPanelProps {
  profileId: string;
  /** Opens a past request: its draft, and the perspective it was sent as. */
  onReplay: (draft: RequestDraft, perspectiveId?: string) => void;
}

const PAGE = 50;
const MAX_SHOWN = 200;

type Loaded = { ok: true; page: HistoryPage; now: number } | { ok: false; message: string };

interface Query {
  profileId: string;
  search: string;
  limit: number;
  version: number;
}

async function loadHistory(key: string): Promise<Loaded> {
  const query = JSON.parse(key) as Query;
  const result = await ocx.history.list({
    profileId: query.profileId,
    search: query.search,
    offset: 0,
    limit: query.limit,
  });
  return result.ok
    ? { ok: true, page: result.value, now: Date.now() }
    : { ok: false, message: result.error.message };
}

const sameProfile = (previous: string, next: string) =>
  (JSON.parse(previous) as Query).profileId === (JSON.parse(next) as Query).profileId;

/** The sidebar's list of a marketplace's sent requests: search, replay, pin, delete, clear. */
export function HistoryPanel({ profileId, onReplay }: HistoryPanelProps) {
  const [search, setSearch] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [version, setVersion] = useState(0);
  const [problem, setProblem] = useState<string>();
  const [confirmClear, setConfirmClear] = useState(false);

  useEffect(
    () =>
      ocx.history.onChanged((payload) => {
        if (payload.profileId === profileId) setVersion((current) => current + 1);
      }),
    [profileId],
  );

  const key = JSON.stringify({ profileId, search: search.trim(), limit, version } satisfies Query);
  const { value: loaded, pending } = useRefreshing(key, loadHistory, sameProfile);
  const refresh = () => setVersion((current) => current + 1);

  const act = async (
    call: Promise<{ ok: true } | { ok: false; error: { message: string } }>,
  ): Promise<boolean> => {
    const result = await call;
    setProblem(result.ok ? undefined : result.error.message);
    refresh();
    return result.ok;
  };

  const replay = async (entry: HistorySummary) => {
    const result = await ocx.history.replay({ profileId, entryId: entry.id });
    if (!result.ok) {
      setProblem(result.error.message);
      return;
    }
    setProblem(undefined);
    onReplay(result.value.draft, result.value.perspective?.perspectiveId);
  };

  const page = loaded?.ok ? loaded.page : undefined;
  const items = page?.items.slice(0, MAX_SHOWN) ?? [];

  return (
    <section className="history-panel" aria-label="History" aria-busy={pending}>
      <header className="history-header">
        <h2 className="sidebar-heading history-title">History</h2>
        <Button
          className="history-clear"
          isDisabled={items.length === 0}
          onPress={() => setConfirmClear(true)}
        >
          Clear history
        </Button>
      </header>
      <SearchField
        className="history-search"
        value={search}
        onChange={(value) => {
          setSearch(value);
          setLimit(PAGE);
        }}
        aria-label="Search history"
      >
        <Input className="history-search-input" placeholder="Search history" />
      </SearchField>

      {problem && (
        <p className="history-problem" role="alert">
          {problem}
        </p>
      )}
      {loaded && !loaded.ok && (
        <p className="history-problem" role="alert">
          {loaded.message}
        </p>
      )}
      {page && items.length === 0 && (
        <p className="history-empty">
          {search.trim() ? 'No request matches.' : 'Requests you send appear here.'}
        </p>
      )}

      {items.length > 0 && (
        <ul className="history-list">
          {items.map((entry) => (
            <HistoryItem
              key={entry.id}
              entry={entry}
              now={loaded?.ok ? loaded.now : 0}
              onReplay={() => void replay(entry)}
              onPin={() =>
                void act(ocx.history.pin({ profileId, entryId: entry.id, pinned: !entry.pinned }))
              }
              onDelete={() => void act(ocx.history.delete({ profileId, entryId: entry.id }))}
            />
          ))}
        </ul>
      )}

      {page?.nextOffset !== undefined && limit < MAX_SHOWN && (
        <Button
          className="history-more"
          isDisabled={pending}
          onPress={() => setLimit((current) => Math.min(MAX_SHOWN, current + PAGE))}
        >
          Load more
        </Button>
      )}
      {page && page.total > items.length && limit >= MAX_SHOWN && (
        <p className="history-empty">
          Showing the latest {items.length} of {page.total}. Search to find older requests.
        </p>
      )}

      {confirmClear && (
        <ConfirmDialog
          title="Clear history?"
          confirmLabel="Clear history"
          onCancel={() => setConfirmClear(false)}
          onConfirm={() => {
            setConfirmClear(false);
            void act(ocx.history.clear({ profileId, includePinned: false }));
          }}
        >
          <p>
            This forgets the requests sent to this marketplace. Pinned requests stay; saved requests
            are not affected.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

interface HistoryItemProps {
  entry: HistorySummary;
  now: number;
  onReplay: () => void;
  onPin: () => void;
  onDelete: () => void;
}

function HistoryItem({ entry, now, onReplay, onPin, onDelete }: HistoryItemProps) {
  const label = `${entry.method} ${entry.path}`;
  const who = entry.perspective?.username ?? entry.perspective?.label;
  const when = relativeTime(entry.timestamp, now);
  return (
    <li className="history-item" data-pinned={entry.pinned || undefined}>
      <div className="history-line">
        <MethodBadge method={entry.method} />
        <span className="history-path" title={entry.path}>
          {entry.path}
        </span>
      </div>
      <div className="history-meta">
        <span
          className="history-status"
          data-status={statusClass(entry.status)}
          title={entry.error}
        >
          {entry.status ?? 'Failed'}
        </span>
        {who && (
          <span className="history-who" title={entry.perspective?.label}>
            {who}
          </span>
        )}
        <time className="history-time" dateTime={entry.timestamp} title={entry.timestamp}>
          {when}
        </time>
        {entry.pinned && (
          <span className="history-pin-mark" aria-label="Pinned" role="img">
            ★
          </span>
        )}
      </div>
      <div className="history-actions">
        <Button className="history-action" aria-label={`Replay ${label}`} onPress={onReplay}>
          Replay
        </Button>
        <Button
          className="history-action"
          aria-label={`${entry.pinned ? 'Unpin' : 'Pin'} ${label}`}
          onPress={onPin}
        >
          {entry.pinned ? 'Unpin' : 'Pin'}
        </Button>
        <Button
          className="history-action history-action-danger"
          aria-label={`Delete ${label}`}
          onPress={onDelete}
        >
          Delete
        </Button>
      </div>
    </li>
  );
}
