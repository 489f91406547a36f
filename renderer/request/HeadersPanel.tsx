import type { RequestDraft } from '../../preload/contract/request-draft';
import { hasHeader, JSON_CONTENT_TYPE } from './draft-rules';
import { KeyValueRows } from './KeyValueRows';

interface HeadersPanelProps {
  headers: RequestDraft['headers'];
  onChange: (headers: RequestDraft['headers']) => void;
  /** Whether a body goes out, and so a Content-Type with it. */
  hasBody: boolean;
}

export function HeadersPanel({ headers, onChange, hasBody }: HeadersPanelProps) {
  return (
    <div className="headers-panel">
      <ul className="managed-headers" aria-label="Headers the app sets">
        <li>
          <span className="mono">Authorization: Bearer</span>
          <span className="managed-note">· managed by the session</span>
        </li>
        {hasBody && !hasHeader(headers, 'Content-Type') && (
          <li>
            <span className="mono">Content-Type: {JSON_CONTENT_TYPE}</span>
            <span className="managed-note">
              · default for JSON bodies; add a header to change it
            </span>
          </li>
        )}
      </ul>
      <KeyValueRows rows={headers} noun="Header" namePlaceholder="Header" onChange={onChange} />
    </div>
  );
}
