import { useCallback, useState } from 'react';
import type {
  OperationDetail,
  Profile,
  RequestDraft,
  SessionSummary,
  Tab,
} from '../../preload/contract';
import { ocx } from '../bridge/ocx';
import { CompareMenu } from '../compare/CompareMenu';
import {
  closeComparison,
  compareAgain,
  draftToCompare,
  useComparison,
} from '../compare/comparisons';
import { ComparisonView } from '../compare/ComparisonView';
import { FollowNoticeBar } from '../linked/FollowNoticeBar';
import { FollowSwitch } from '../linked/FollowSwitch';
import { dismissFollowNotice, publishExchange } from '../linked/follow';
import { SaveRequestDialog } from '../history/SaveRequestDialog';
import { RequestBuilder } from '../request/RequestBuilder';
import { SnippetDialog } from '../snippets/SnippetDialog';
import { ResponseViewer } from '../response/ResponseViewer';
import type { ListPaging } from '../response/types';
import { updateTab } from '../workspace/model';
import { updateWorkspace } from '../workspace/store';
import { cancelAllPages, clearAllPages, fetchAllPages, useAllPages } from './all-pages';
import { cancel, send, useExchange } from './exchanges';
import { ExchangeFailure } from './ExchangeFailure';
import { withPage } from './paging-query';

interface TabViewProps {
  tab: Tab;
  paneId: string;
  profile: Profile | undefined;
  session: SessionSummary | undefined;
  catalogId: string | undefined;
  operation: OperationDetail | undefined;
  apiUrl: string | undefined;
  contextBar: React.ReactNode;
}

/** One tab: its context, the request builder, and the last response. */
export function TabView(props: TabViewProps) {
  const { tab, paneId, session, catalogId, operation, apiUrl, contextBar } = props;
  const exchange = useExchange(tab.id);
  const comparison = useComparison(tab.id);
  const [dialog, setDialog] = useState<'snippet' | 'save'>();
  const allPages = useAllPages(tab.id);
  const sending = exchange?.status === 'sending';

  const setDraft = useCallback(
    (draft: RequestDraft) =>
      updateWorkspace((workspace) => updateTab(workspace, tab.id, { draft })),
    [tab.id],
  );

  const sendDraft = (draft: RequestDraft) => {
    clearAllPages(tab.id);
    dismissFollowNotice(tab.id); // it explained the answer this send replaces
    void send(tab, draft).then((exchange) => publishExchange(tab, paneId, exchange));
  };

  const validateBody = async (body: string) => {
    if (!catalogId || !operation) return { valid: true, errors: [] };
    const result = await ocx.catalog.validateBody({ catalogId, operationId: operation.id, body });
    return result.ok ? result.value : { valid: true, errors: [] };
  };

  const response =
    exchange?.status === 'done'
      ? exchange.response
      : exchange?.status === 'sending'
        ? exchange.previous
        : undefined;
  const paging: ListPaging | undefined =
    response && exchange
      ? {
          onPage: (page, pageSize) => {
            const draft = withPage(exchange.draft, page, pageSize);
            setDraft(draft);
            sendDraft(draft);
          },
          onAllPages: () => void fetchAllPages(tab, exchange.draft),
          onCancelAllPages: () => cancelAllPages(tab.id),
          allPagesProgress: allPages?.status === 'running' ? allPages.progress : undefined,
          allPages: allPages?.status === 'done' ? allPages.pages : undefined,
        }
      : undefined;

  return (
    <div className="tab-view">
      {contextBar}
      <div className="tab-split">
        <section className="tab-request" aria-label="Request">
          <div className="request-extras">
            <FollowSwitch tab={tab} />
            <CompareMenu tab={tab} paneId={paneId} operation={operation} />
            <button type="button" className="secondary-button" onClick={() => setDialog('save')}>
              Save request
            </button>
            <button
              type="button"
              className="secondary-button"
              disabled={!apiUrl}
              onClick={() => setDialog('snippet')}
            >
              Code snippet
            </button>
          </div>
          {dialog === 'save' && (
            <SaveRequestDialog
              profileId={tab.profileId}
              draft={tab.draft}
              perspectiveId={tab.perspectiveId}
              onClose={() => setDialog(undefined)}
            />
          )}
          {dialog === 'snippet' && apiUrl && (
            <SnippetDialog
              draft={tab.draft}
              apiUrl={apiUrl}
              session={
                session?.state === 'signed-in' && tab.perspectiveId
                  ? { profileId: tab.profileId, perspectiveId: tab.perspectiveId }
                  : undefined
              }
              onClose={() => setDialog(undefined)}
            />
          )}
          <RequestBuilder
            key={`${tab.id}|${operation?.id ?? 'raw'}`}
            operation={operation}
            draft={tab.draft}
            onDraftChange={setDraft}
            mode={tab.mode}
            onModeChange={(mode) =>
              updateWorkspace((workspace) => updateTab(workspace, tab.id, { mode }))
            }
            validateBody={validateBody}
            onSend={sendDraft}
            onCancel={() => cancel(tab.id)}
            sending={sending}
            apiBaseLabel={apiUrl ? `${apiUrl}/v1` : undefined}
          />
        </section>
        {comparison && (
          <ComparisonView
            comparison={comparison}
            onCompareAgain={() =>
              void compareAgain(tab, comparison, draftToCompare(tab, operation))
            }
            onClose={() => closeComparison(tab.id)}
          />
        )}
        <section
          className="tab-response"
          aria-label="Response"
          aria-busy={sending}
          // Kept mounted under a comparison, so closing it shows the response at once.
          style={comparison ? { display: 'none' } : undefined}
        >
          <FollowNoticeBar tabId={tab.id} />
          {exchange?.status === 'failed' && <ExchangeFailure error={exchange.error} />}
          {allPages?.status === 'failed' && allPages.error && (
            <ExchangeFailure error={allPages.error} />
          )}
          {response ? (
            <ResponseViewer
              key={response.requestId}
              response={response}
              grantedRoles={session?.grantedRoles}
              paging={paging}
            />
          ) : (
            exchange?.status !== 'failed' && (
              <p className="empty-note">
                {sending ? 'Sending…' : 'Send the request (Ctrl+Enter) to see the response here.'}
              </p>
            )
          )}
        </section>
      </div>
    </div>
  );
}
