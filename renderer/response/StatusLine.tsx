import { formatBytes, formatDuration } from './format';
import type { ApiResponse } from './types';

/** 2xx success, 3xx redirect, 4xx client error, 5xx server error: each class has its colour. */
function statusClass(status: number): string {
  if (status >= 500) return 'server-error';
  if (status >= 400) return 'client-error';
  if (status >= 300) return 'redirect';
  if (status >= 200) return 'success';
  return 'informational';
}

export function StatusLine({ response }: { response: ApiResponse }) {
  return (
    <div className="response-status" role="group" aria-label="Response status">
      <span className="status-code" data-class={statusClass(response.status)}>
        {response.status} {response.statusText}
      </span>
      <span className="status-metric" title="Total time">
        {formatDuration(response.timings.total)}
      </span>
      <span className="status-metric" title="Body size after decompression">
        {formatBytes(response.size)}
      </span>
    </div>
  );
}
