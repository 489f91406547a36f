import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RequestDraft } from '../../preload/contract/request-draft';
import { RequestBuilder } from '../request/RequestBuilder';
import type { BuilderMode } from '../request/draft-rules';
import { fakeValidateBody } from './fake-body-validator';
import { OPERATIONS } from './request-harness-fixtures';
import '../styles/base.css';
import '../styles/catalog.css';
import '../styles/request.css';

/**
 * The request builder alone, for its end-to-end tests: ?op=Products.List|Products.Create|
 * Products.Save|none, &theme=dark, &latency=ms (how long a send stays in flight), &draft=<json>.
 */

interface HarnessRecord {
  sent: RequestDraft[];
  cancelled: number;
}

declare global {
  interface Window {
    requestHarness: HarnessRecord;
  }
}

const params = new URLSearchParams(location.search);
const operation = OPERATIONS[params.get('op') ?? 'Products.List'];
const latency = Number(params.get('latency') ?? 60_000);
document.documentElement.dataset.theme = params.get('theme') === 'dark' ? 'dark' : 'light';
window.requestHarness = { sent: [], cancelled: 0 };

function initialDraft(): RequestDraft {
  const restored = params.get('draft');
  if (restored) return RequestDraft.parse(JSON.parse(restored));
  if (!operation) return { method: 'GET', path: '/me', query: [], headers: [] };
  return {
    method: operation.method,
    path: operation.path,
    query: [],
    headers: [],
    operationId: operation.id,
  };
}

function Harness() {
  const [draft, setDraft] = useState(initialDraft);
  const [mode, setMode] = useState<BuilderMode>(operation ? 'operation' : 'raw');
  const [sending, setSending] = useState(false);
  const inFlight = useRef<number>(undefined);

  const send = (sent: RequestDraft) => {
    window.requestHarness.sent.push(sent);
    setSending(true);
    inFlight.current = window.setTimeout(() => setSending(false), latency);
  };
  const cancel = () => {
    window.clearTimeout(inFlight.current);
    window.requestHarness.cancelled += 1;
    setSending(false);
  };
  const validateBody = async (body: string) => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return operation ? fakeValidateBody(operation, body) : { valid: true, errors: [] };
  };

  return (
    <main style={{ height: '100vh' }}>
      <RequestBuilder
        operation={operation}
        draft={draft}
        onDraftChange={setDraft}
        mode={mode}
        onModeChange={setMode}
        validateBody={validateBody}
        onSend={send}
        onCancel={cancel}
        sending={sending}
        apiBaseLabel="http://127.0.0.1:4010/v1"
      />
    </main>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('request-harness.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
