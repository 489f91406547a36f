import { useId } from 'react';
import type { OperationDetail, OperationParameter } from '../../preload/contract/catalog';
import { TextInput } from './controls';
import { KeyValueRows } from './KeyValueRows';
import { isListOptionName, type QueryPair } from './list-query';
import { ListQueryEditor } from './ListQueryEditor';
import { partitionByName, queryString, valueOf, withValue } from './query-pairs';

interface QueryPanelProps {
  /** Absent in raw mode: every parameter is then a free row. */
  operation: OperationDetail | undefined;
  query: QueryPair[];
  onChange: (query: QueryPair[]) => void;
}

/** Plain parameters the operation declares; list options and filters are edited on their own. */
function plainParameters(operation: OperationDetail): OperationParameter[] {
  return operation.queryParams.filter(
    (param) => !isListOptionName(param.name) && param.type !== 'object',
  );
}

export function QueryPanel({ operation, query, onChange }: QueryPanelProps) {
  const previewLabel = useId();
  return (
    <div className="query-panel">
      {operation ? (
        <OperationQuery operation={operation} query={query} onChange={onChange} />
      ) : (
        <KeyValueRows
          rows={query}
          noun="Parameter"
          emptyNote="No query parameters."
          onChange={onChange}
        />
      )}
      <p className="query-preview">
        <span className="preview-label" id={previewLabel}>
          Query
        </span>
        <output className="mono" aria-labelledby={previewLabel} aria-live="off">
          {queryString(query) || '(none)'}
        </output>
      </p>
    </div>
  );
}

function OperationQuery({
  operation,
  query,
  onChange,
}: QueryPanelProps & { operation: OperationDetail }) {
  const plain = plainParameters(operation);
  const [declared, rest] = partitionByName(query, new Set(plain.map((param) => param.name)));
  const setRest = (pairs: QueryPair[]) => onChange([...declared, ...pairs]);

  return (
    <>
      {operation.isList ? (
        <ListQueryEditor operation={operation} pairs={rest} onChange={setRest} />
      ) : (
        rest.length > 0 && <KeyValueRows rows={rest} noun="Extra parameter" onChange={setRest} />
      )}
      {plain.length > 0 && (
        <div className="plain-params">
          <h3 className="section-heading">Parameters</h3>
          <div className="param-grid">
            {plain.map((param) => (
              <TextInput
                key={param.name}
                label={param.name}
                mono
                isRequired={param.required}
                placeholder={param.description || param.type}
                value={valueOf(declared, param.name)}
                onChange={(value) => onChange([...withValue(declared, param.name, value), ...rest])}
              />
            ))}
          </div>
        </div>
      )}
      {!operation.isList && plain.length === 0 && rest.length === 0 && (
        <p className="empty-note">This operation takes no query parameters.</p>
      )}
    </>
  );
}
