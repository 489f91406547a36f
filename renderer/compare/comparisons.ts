import type {
  BridgeError,
  ExecutedResponse,
  OperationDetail,
  RequestDraft,
  Tab,
} from '../../preload/contract';
import { profilesStore, sessionKey, sessionsStore } from '../app/data';
import { ocx } from '../bridge/ocx';
import { toExecuteRequest } from '../console/exchanges';
import { bodyText, outgoingDraft } from '../request/draft-rules';
import { createStore, useStore, withEntry } from '../state/store';
import type { BodyComparison } from './body-diff';
import type { CompareTarget } from './targets';
import { diffInWorker } from './diff-client';

/** One side of a comparison: who asked, and what came back (or why nothing did). */
export interface ComparedSide {
  target: CompareTarget;
  response?: ExecutedResponse;
  error?: BridgeError;
}

/** A tab's comparison: the same request sent as two contexts, and their differences. */
export type Comparison =
  | {
      status: 'sending';
      id: string;
      draft: RequestDraft;
      left: CompareTarget;
      right: CompareTarget;
    }
  | {
      status: 'diffing' | 'done';
      id: string;
      draft: RequestDraft;
      left: ComparedSide;
      right: ComparedSide;
      diff?: BodyComparison;
      diffError?: string;
    };

const comparisons = createStore<ReadonlyMap<string, Comparison>>(new Map());

function put(tabId: string, comparison: Comparison | undefined) {
  comparisons.set((current) => withEntry(current, tabId, comparison));
}

/** A newer comparison (or closing it) makes an older one's late answers irrelevant. */
function isCurrent(tabId: string, id: string): boolean {
  return comparisons.get().get(tabId)?.id === id;
}

export function useComparison(tabId: string): Comparison | undefined {
  return useStore(comparisons, (all) => all.get(tabId));
}

export function closeComparison(tabId: string): void {
  put(tabId, undefined);
}

async function sendAs(tab: Tab, target: CompareTarget, draft: RequestDraft): Promise<ComparedSide> {
  const context = { ...tab, profileId: target.profileId, perspectiveId: target.perspectiveId };
  const result = await ocx.requests.send(toExecuteRequest(context, draft, crypto.randomUUID()));
  return result.ok ? { target, response: result.value } : { target, error: result.error };
}

const succeeded = (side: ComparedSide) =>
  !!side.response && side.response.status >= 200 && side.response.status < 300;

const bodyOf = (side: ComparedSide) => ({
  ok: succeeded(side),
  body: side.response?.body ?? new Uint8Array(),
});

/** Names for the targets, from the profiles and sessions the app knows now. */
export const lookups = () => ({
  profiles: profilesStore.get(),
  session: (profileId: string, perspectiveId: string) =>
    sessionsStore.get().get(sessionKey(profileId, perspectiveId)),
});

/** The tab's request as Send would send it: the same path, query, headers and body. */
export function draftToCompare(tab: Tab, operation: OperationDetail | undefined): RequestDraft {
  const mode = operation ? tab.mode : 'raw';
  return outgoingDraft(tab.draft, bodyText(tab.draft, mode, operation));
}

/** Sends the draft as both contexts at once, then diffs the two bodies in a worker. */
export async function compare(
  tab: Tab,
  draft: RequestDraft,
  left: CompareTarget,
  right: CompareTarget,
): Promise<void> {
  const id = crypto.randomUUID();
  // Two perspectives of one user (say, through two API clients) still need two names.
  if (left.label === right.label) left = { ...left, label: `${left.label} (this tab)` };
  put(tab.id, { status: 'sending', id, draft, left, right });
  const [leftSide, rightSide] = await Promise.all([
    sendAs(tab, left, draft),
    sendAs(tab, right, draft),
  ]);
  if (!isCurrent(tab.id, id)) return;
  const answered = { id, draft, left: leftSide, right: rightSide };
  put(tab.id, { status: 'diffing', ...answered });
  try {
    const diff = await diffInWorker(bodyOf(leftSide), bodyOf(rightSide));
    if (isCurrent(tab.id, id)) put(tab.id, { status: 'done', ...answered, diff });
  } catch (error) {
    const diffError = error instanceof Error ? error.message : String(error);
    if (isCurrent(tab.id, id)) put(tab.id, { status: 'done', ...answered, diffError });
  }
}

/** Runs a comparison again with the same two contexts and the tab's current request. */
export function compareAgain(tab: Tab, comparison: Comparison, draft: RequestDraft): Promise<void> {
  if (comparison.status === 'sending')
    return compare(tab, draft, comparison.left, comparison.right);
  return compare(tab, draft, comparison.left.target, comparison.right.target);
}
