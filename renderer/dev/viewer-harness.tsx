import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ResponseViewer, type ResponseViewerProps } from '../response/ResponseViewer';
import type { ListPaging } from '../response/types';
import '../styles/base.css';
import '../styles/response.css';
import './viewer-harness.css';
import { auditPage, startAuditing, takeLongTasks } from './viewer-audit';
import { benchResponse, createBench } from './viewer-bench';
import { encodeJson, itemCountForMegabytes, productList } from './viewer-fixtures';
import type { HarnessBody, HarnessCall, HarnessSpec, ViewerHarness } from './viewer-harness-api';

/**
 * The response viewer alone, for its end-to-end tests and benchmarks: they drive it through
 * `window.viewerHarness` (see viewer-harness-api.ts). Built by tests/bench/viewer-harness.ts.
 */

declare global {
  interface Window {
    viewerHarness: ViewerHarness;
  }
}

const container = document.getElementById('root');
if (!container) throw new Error('viewer-harness.html has no #root element');
const root = createRoot(container);
const prepared: { bytes: Uint8Array<ArrayBuffer> | undefined } = { bytes: undefined };
let calls: HarnessCall[] = [];
/** Each mount gets a fresh viewer, as the host's key={requestId} gives it. */
let mountCount = 0;
let current:
  | {
      spec: HarnessSpec;
      response: ResponseViewerProps['response'];
      allPages: ListPaging['allPages'];
    }
  | undefined;

function bytesOf(body: HarnessBody): Uint8Array<ArrayBuffer> {
  switch (body.kind) {
    case 'text':
      return new TextEncoder().encode(body.text);
    case 'json':
      return encodeJson(body.value);
    case 'products':
      return encodeJson(productList(body.count, body));
    case 'sized':
      return encodeJson(productList(itemCountForMegabytes(body.megabytes)));
    case 'prepared':
      if (!prepared.bytes) throw new Error('Nothing prepared.');
      return prepared.bytes;
  }
}

function record(name: HarnessCall['name']) {
  return (...args: unknown[]) => void calls.push({ name, args });
}

function pagesOf(spec: HarnessSpec): ListPaging['allPages'] {
  if (!spec.allPages) return undefined;
  const { pages, perPage } = spec.allPages;
  const totalCount = pages * perPage;
  return Array.from({ length: pages }, (_, index) => ({
    page: index + 1,
    body: encodeJson(productList(perPage, { page: index + 1, pageSize: perPage, totalCount })),
  })).reverse();
}

function propsOf(
  spec: HarnessSpec,
  response: ResponseViewerProps['response'],
  allPages: ListPaging['allPages'],
): ResponseViewerProps {
  return {
    response,
    grantedRoles: spec.grantedRoles,
    autoRender: spec.autoRender,
    onSaveBody: spec.hostSave ? record('onSaveBody') : undefined,
    paging: spec.paging
      ? {
          onPage: record('onPage'),
          onAllPages: record('onAllPages'),
          onCancelAllPages: record('onCancelAllPages'),
          allPagesProgress: spec.allPagesProgress,
          allPages,
        }
      : undefined,
  };
}

function render(props: ResponseViewerProps | undefined) {
  root.render(
    <StrictMode>
      <div className="harness-frame">{props && <ResponseViewer key={mountCount} {...props} />}</div>
    </StrictMode>,
  );
}

window.viewerHarness = {
  async mount(spec) {
    const body = bytesOf(spec.body);
    const headers = spec.headers ?? {
      'content-type': spec.contentType ?? 'application/json; charset=utf-8',
    };
    const response = {
      ...benchResponse(body),
      requestId: 'harness-1',
      status: spec.status ?? 200,
      statusText: spec.statusText ?? 'OK',
      headers,
      size: spec.size ?? body.byteLength,
      timings: { total: 184, dns: 4, tcp: 11, tls: 28, firstByte: 96, download: 45 },
      errors: spec.errors,
    };
    const allPages = pagesOf(spec);
    // Making the body is the harness's work, not the viewer's: let its long task be counted, and dropped.
    await new Promise((resolve) => setTimeout(resolve, 0));
    takeLongTasks();
    calls = [];
    mountCount += 1;
    current = { spec, response, allPages };
    render(propsOf(spec, response, current.allPages));
  },
  async update(patch) {
    if (!current) throw new Error('Mount first.');
    const spec = { ...current.spec, ...patch };
    const allPages = 'allPages' in patch ? pagesOf(spec) : current.allPages;
    current = { ...current, spec, allPages };
    render(propsOf(spec, current.response, allPages));
  },
  unmount() {
    current = undefined;
    render(undefined);
  },
  calls: () => calls,
  setTheme(theme) {
    document.documentElement.dataset.theme = theme;
  },
  longTasks: takeLongTasks,
  audit: () => auditPage(container),
  injectHtml(markup) {
    container.insertAdjacentHTML('beforeend', markup);
  },
  clipboardText: () => navigator.clipboard.readText(),
  bench: createBench({ container, render, prepared }),
};
document.documentElement.dataset.theme = 'light';
startAuditing();
