import { useMemo, useState } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { BodyPanel, BodyTree } from './BodyViews';
import { useResponseDocument } from './document/use-response-document';
import { bodiesBlob, downloadBlob, fileNameFor } from './download';
import { ErrorsPanel } from './ErrorsPanel';
import { HeadersTable } from './HeadersTable';
import { ItemsTable } from './list/ItemsTable';
import { ListBar } from './list/ListBar';
import { RawView } from './raw/RawView';
import { decideRendering } from './size-policy';
import { StatusLine } from './StatusLine';
import { TimingWaterfall } from './TimingWaterfall';
import { headerValue, type ApiResponse, type ListPaging } from './types';

export interface ResponseViewerProps {
  response: ApiResponse;
  /** The session's granted roles, to explain an InsufficientRoles error. */
  grantedRoles?: readonly string[];
  /** False for responses restored at start-up: the body waits for a Render click. */
  autoRender?: boolean;
  /** For OrderCloud list responses: the pager and "All pages". */
  paging?: ListPaging;
  /** Saves the body through main (a save dialog); without it the browser downloads it. */
  onSaveBody?: () => void;
}

/** A response: status, timing, OrderCloud errors, and the body as a tree, text, or table. */
export function ResponseViewer({
  response,
  grantedRoles,
  autoRender = true,
  paging,
  onSaveBody,
}: ResponseViewerProps) {
  const contentType = headerValue(response.headers, 'content-type');
  const allPages = paging?.allPages;
  const bodies = useMemo(
    () =>
      allPages
        ? [...allPages].sort((a, b) => a.page - b.page).map((page) => page.body)
        : [response.body],
    [allPages, response.body],
  );
  const size = allPages ? bodies.reduce((sum, body) => sum + body.byteLength, 0) : response.size;
  const [renderedBodies, setRenderedBodies] = useState<readonly Uint8Array[]>();
  const decision = renderedBodies === bodies ? 'render' : decideRendering(size, autoRender);
  const parsed = useResponseDocument(bodies, contentType, decision === 'render');
  const [chosenTab, setChosenTab] = useState<Key>();

  const ready = parsed.status === 'ready' ? parsed : undefined;
  const list = ready?.summary.list;
  const defaultTab = ready?.summary.format === 'text' ? 'raw' : 'body';
  const tab = chosenTab === 'table' && !list ? defaultTab : (chosenTab ?? defaultTab);

  const saveBody =
    onSaveBody ??
    (() =>
      downloadBlob(bodiesBlob(bodies, contentType), fileNameFor(response.requestId, contentType)));
  const gate =
    decision === 'render'
      ? undefined
      : { decision, size, onRender: () => setRenderedBodies(bodies), onSave: saveBody };

  return (
    <section className="response-viewer" aria-label="Response">
      <header className="response-header">
        <StatusLine response={response} />
        <TimingWaterfall phases={response.timings} total={response.timings.total} />
      </header>
      {response.errors && response.errors.length > 0 && (
        <ErrorsPanel errors={response.errors} grantedRoles={grantedRoles} />
      )}
      {list && paging && <ListBar list={list} paging={paging} />}
      <Tabs className="response-tabs" selectedKey={tab} onSelectionChange={setChosenTab}>
        <TabList className="response-tab-list" aria-label="Response views">
          <Tab id="body" className="response-tab">
            Body
          </Tab>
          <Tab id="raw" className="response-tab">
            Raw
          </Tab>
          <Tab id="headers" className="response-tab">
            Headers
          </Tab>
          {list && (
            <Tab id="table" className="response-tab">
              Table
            </Tab>
          )}
        </TabList>
        <TabPanel id="body" className="response-panel">
          <BodyPanel gate={gate} document={parsed}>
            {(loaded) => <BodyTree document={loaded} onShowRaw={() => setChosenTab('raw')} />}
          </BodyPanel>
        </TabPanel>
        <TabPanel id="raw" className="response-panel">
          <BodyPanel gate={gate} document={parsed}>
            {(loaded) => <RawView client={loaded.client} summary={loaded.summary} />}
          </BodyPanel>
        </TabPanel>
        <TabPanel id="headers" className="response-panel scrolls">
          <HeadersTable headers={response.headers} />
        </TabPanel>
        {list && ready && (
          <TabPanel id="table" className="response-panel">
            <ItemsTable
              client={ready.client}
              list={list}
              fileBaseName={`items-${response.requestId}`}
            />
          </TabPanel>
        )}
      </Tabs>
    </section>
  );
}
