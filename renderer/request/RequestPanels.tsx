import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import type { OperationDetail } from '../../preload/contract/catalog';
import type { RequestDraft } from '../../preload/contract/request-draft';
import { BodyPanel } from './BodyPanel';
import { HeadersPanel } from './HeadersPanel';
import { QueryPanel } from './QueryPanel';
import type { BodyValidationState } from './use-body-validation';

const PANELS = ['params', 'headers', 'body'] as const;
export type PanelId = (typeof PANELS)[number];

function isPanelId(key: Key): key is PanelId {
  return (PANELS as readonly Key[]).includes(key);
}

interface RequestPanelsProps {
  /** The operation in operation mode; undefined in raw mode. */
  operation: OperationDetail | undefined;
  draft: RequestDraft;
  onDraftChange: (draft: RequestDraft) => void;
  /** The body a send would carry (see bodyText). */
  body: string | undefined;
  validation: BodyValidationState;
  selected: PanelId;
  onSelect: (panel: PanelId) => void;
}

function Count({ of }: { of: RequestDraft['query'] }) {
  const count = of.filter((pair) => pair.enabled && pair.name.trim() !== '').length;
  return count > 0 ? <span className="tab-count">{count}</span> : null;
}

/** Params, Headers and Body. Panels stay mounted, so half-made rows survive a tab switch. */
export function RequestPanels(props: RequestPanelsProps) {
  const { operation, draft, onDraftChange, body, validation } = props;
  const hasBodyPanel = !operation || operation.body !== undefined;
  const selected = props.selected === 'body' && !hasBodyPanel ? 'params' : props.selected;

  return (
    <Tabs
      className="request-tabs"
      selectedKey={selected}
      onSelectionChange={(key) => isPanelId(key) && props.onSelect(key)}
    >
      <TabList className="tab-list" aria-label="Request parts">
        <Tab id="params" className="tab">
          Params <Count of={draft.query} />
        </Tab>
        <Tab id="headers" className="tab">
          Headers <Count of={draft.headers} />
        </Tab>
        {hasBodyPanel && (
          <Tab id="body" className="tab">
            Body
            {validation.status === 'invalid' && (
              <span className="tab-alert" aria-label="(has problems)" role="img" />
            )}
          </Tab>
        )}
      </TabList>
      <TabPanel id="params" className="request-panel" shouldForceMount>
        <QueryPanel
          operation={operation}
          query={draft.query}
          onChange={(query) => onDraftChange({ ...draft, query })}
        />
      </TabPanel>
      <TabPanel id="headers" className="request-panel" shouldForceMount>
        <HeadersPanel
          headers={draft.headers}
          hasBody={body !== undefined}
          onChange={(headers) => onDraftChange({ ...draft, headers })}
        />
      </TabPanel>
      {hasBodyPanel && (
        <TabPanel id="body" className="request-panel body-tab" shouldForceMount>
          <BodyPanel
            text={body ?? draft.body ?? ''}
            onChange={(text) => onDraftChange({ ...draft, body: text })}
            validation={validation}
            example={operation?.body?.sample}
            requiredFields={operation?.body?.requiredFields}
          />
        </TabPanel>
      )}
    </Tabs>
  );
}
