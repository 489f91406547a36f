import type { OperationDetail } from '../../preload/contract/catalog';
import type { RequestDraft } from '../../preload/contract/request-draft';
import { listOptionProblems } from './list-query';
import { fillPath, readPathValues } from './path-template';
import { valueOf } from './query-pairs';

export type BuilderMode = 'operation' | 'raw';

/** What stops a send; a BodyProblem is one too. */
export interface RequestProblem {
  field: string;
  message: string;
}

export const JSON_CONTENT_TYPE = 'application/json';

/**
 * The body a send would carry. In operation mode the schema's example stands in until the user
 * writes a body of their own; in raw mode a blank editor means no body.
 */
export function bodyText(
  draft: RequestDraft,
  mode: BuilderMode,
  operation: OperationDetail | undefined,
): string | undefined {
  if (mode === 'operation')
    return operation?.body ? (draft.body ?? operation.body.sample) : undefined;
  return draft.body?.trim() ? draft.body : undefined;
}

export function hasHeader(headers: RequestDraft['headers'], name: string): boolean {
  const wanted = name.toLowerCase();
  return headers.some((header) => header.enabled && header.name.trim().toLowerCase() === wanted);
}

/** The draft as sent: its body (if any) with a JSON Content-Type unless the user set one. */
export function outgoingDraft(draft: RequestDraft, body: string | undefined): RequestDraft {
  const { body: _unused, ...withoutBody } = draft;
  if (body === undefined) return withoutBody;
  const headers = hasHeader(draft.headers, 'Content-Type')
    ? draft.headers
    : [...draft.headers, { name: 'Content-Type', value: JSON_CONTENT_TYPE, enabled: true }];
  return { ...draft, body, headers };
}

/** An empty path, empty required path parameters, paging out of range; not the body. */
export function requestProblems(
  draft: RequestDraft,
  mode: BuilderMode,
  operation: OperationDetail | undefined,
): RequestProblem[] {
  if (mode !== 'operation' || !operation) {
    return draft.path.trim() ? [] : [{ field: 'Path', message: 'Path is required' }];
  }
  const values = readPathValues(operation.path, draft.path) ?? {};
  const missing = operation.pathParams
    .filter((param) => param.required && !values[param.name])
    .map((param) => ({ field: param.name, message: `${param.name} is required` }));
  const paging = listOptionProblems({
    page: valueOf(draft.query, 'page'),
    pageSize: valueOf(draft.query, 'pageSize'),
  });
  return [...missing, ...paging];
}

/** Brings a draft (say, edited in raw mode) back to the operation's method and path template. */
export function fitToOperation(draft: RequestDraft, operation: OperationDetail): RequestDraft {
  const fits = readPathValues(operation.path, draft.path) !== undefined;
  return {
    ...draft,
    method: operation.method,
    path: fits ? draft.path : fillPath(operation.path, {}),
    operationId: operation.id,
  };
}
